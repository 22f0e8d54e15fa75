// lkip zips the package docx writes with Node's zlib instead of docx's own packer: the .docx must hold exactly the
// parts, with exactly the contents, that docx's packing gives (apart from what docx makes anew each time: the creation
// time in docProps/core.xml, the random relationship ids of the charts, the bookmark numbers docx counts up across
// documents).
import { join } from "node:path";
import { Packer } from "docx";
import { describe, expect, it } from "vitest";
import { computeLkip } from "../../src/engine/index.js";
import { buildDocument, packDocument } from "../../src/report/build.js";
import { readWorkbook } from "../../src/workbook/read.js";
import { partsOf } from "./helpers.js";

const EXAMPLE = join(import.meta.dirname, "..", "..", "examples", "dinas-sosial-kota-bekasi-2025.xlsx");

describe("packDocument", () => {
  it("writes the same parts as docx's packer, in the same order, with the same contents", async () => {
    const model = await readWorkbook(EXAMPLE);
    const computed = computeLkip(model);
    const ours = partsOf(await packDocument(buildDocument(model, computed)));
    const theirs = partsOf(await Packer.toBuffer(buildDocument(model, computed)));
    expect(Object.keys(ours)).toEqual(Object.keys(theirs));
    expect(Object.keys(ours)).toContain("word/document.xml");
    expect(Object.keys(ours).some((p) => p.startsWith("word/charts/"))).toBe(true);
    /** The parts with times blanked, and ids numbered in order of first appearance across the package. */
    const stable = (parts: Record<string, string>) => {
      const ids = new Map<string, string>();
      return Object.values(parts).map((xml) =>
        xml
          .replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, "<dcterms:$1>")
          .replace(/rId\d*[A-Za-z_-][A-Za-z0-9_-]*|_Toc\d+|w:id="\d+"|docPr id="\d+"/g, (id) => ids.get(id) ?? (ids.set(id, `#${ids.size}`), `#${ids.size - 1}`)),
      );
    };
    const a = stable(ours);
    const b = stable(theirs);
    Object.keys(ours).forEach((path, i) => expect(a[i], path).toBe(b[i]));
  });
});
