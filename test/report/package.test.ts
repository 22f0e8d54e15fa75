// lkip zips the package docx writes with Node's zlib instead of docx's own packer: the .docx must hold exactly the
// parts, with exactly the contents, that docx's packing gives (apart from what docx makes anew each time: the creation
// time in docProps/core.xml, the random relationship ids of the charts, the bookmark numbers docx counts up across
// documents).
import { join } from "node:path";
import { Packer } from "docx";
import { describe, expect, it } from "vitest";
import { computeLkip } from "../../src/engine/index.js";
import { buildDocument, packDocument } from "../../src/report/build.js";
import { readWorkbook } from "../../src/read.js";
import { partsOf, stableParts } from "./helpers.js";

const EXAMPLE = join(import.meta.dirname, "..", "..", "examples", "dinas-sosial-kota-bekasi-2025.xlsx");

describe("packDocument", () => {
  it("writes the same parts as docx's packer, in the same order, with the same contents", async () => {
    const model = await readWorkbook(EXAMPLE);
    const computed = computeLkip(model);
    const ours = await packDocument(buildDocument(model, computed));
    const theirs = await Packer.toBuffer(buildDocument(model, computed));
    expect(Object.keys(partsOf(ours))).toEqual(Object.keys(partsOf(theirs)));
    const a = stableParts(ours);
    const b = stableParts(theirs);
    expect(a.map(([path]) => path)).toContain("word/document.xml");
    expect(a.some(([path]) => path.startsWith("word/charts/"))).toBe(true);
    expect(a.some(([path]) => path.includes(".xlsx!"))).toBe(true);
    a.forEach(([path, text], i) => expect(text === b[i]![1], path).toBe(true));
  });
});
