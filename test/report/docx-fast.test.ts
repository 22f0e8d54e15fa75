// lkip replaces three of docx's per-element serialization methods with faster ones (src/report/docx-fast.ts). They
// must change nothing in the document: every part of the package, built with docx's own methods and with lkip's, is the
// same text (apart from what docx makes anew for each document, see stableParts).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeWorkload } from "../../bench/workload.js";
import { computeLkip } from "../../src/engine/index.js";
import { buildDocument, packDocument } from "../../src/report/build.js";
import { fastSerialization } from "../../src/report/docx-fast.js";
import { readWorkbook } from "../../src/read.js";
import { stableParts } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "lkip-docx-fast-"));
afterAll(() => {
  fastSerialization(true);
  rmSync(dir, { recursive: true, force: true });
});

async function packed(file: string, fast: boolean): Promise<[string, string][]> {
  const model = await readWorkbook(file);
  expect(fastSerialization(fast)).toBe(fast);
  try {
    return stableParts(await packDocument(buildDocument(model, computeLkip(model))));
  } finally {
    fastSerialization(true);
  }
}

describe("lkip's serialization of docx elements", () => {
  const offices = [
    { name: "the shipped example", file: async () => join(process.cwd(), "examples", "dinas-sosial-kota-bekasi-2025.xlsx") },
    {
      name: "a generated office with 25 indicators and 200 budget rows",
      file: async () => {
        const f = join(dir, "office.xlsx");
        await writeWorkload(f, { indicators: 25, budgetRows: 200, seed: 5 });
        return f;
      },
    },
  ];
  for (const office of offices) {
    it(`writes ${office.name} exactly as docx's own methods do`, async () => {
      const file = await office.file();
      const theirs = await packed(file, false);
      const ours = await packed(file, true);
      expect(ours.map(([path]) => path)).toEqual(theirs.map(([path]) => path));
      expect(ours.find(([path]) => path === "word/document.xml")![1].length).toBeGreaterThan(100_000);
      ours.forEach(([path, text], i) => expect(text === theirs[i]![1], path).toBe(true));
    }, 60_000);
  }
});
