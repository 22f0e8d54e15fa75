// lkip's page-number layout against docx's general one, on the shipped examples and on generated offices of several
// sizes: the same page for every heading, table and figure in the tables of contents, and the same number of pages in
// every section. docx's layout measures in exact points, where LibreOffice (which the document's numbers follow) rounds
// line heights to whole twips and lets a kept paragraph's last line overhang the margin: lkip's layout is compared here
// with docx's measures, and the LibreOffice render test holds its own measures to the printed pages.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TableOfContents, TextRun, type EstimatedPageNumbers, type PageNumberEstimator } from "docx";
import { estimatePageNumbers } from "docx/layout";
import { afterAll, describe, expect, it } from "vitest";
import { writeWorkload } from "../../bench/workload.js";
import { computeLkip } from "../../src/engine/index.js";
import { buildDocument, packDocument } from "../../src/report/build.js";
import { layoutPageNumbers, lkipPageNumbers } from "../../src/report/layout/index.js";
import { BodyReader } from "../../src/report/layout/read.js";
import { StyleSheet } from "../../src/report/layout/styles.js";
import type { XmlElement } from "../../src/report/layout/xml.js";
import { documentStyles } from "../../src/report/styles.js";
import { readWorkbook } from "../../src/read.js";
import { partsOf, styled } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "lkip-layout-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sheet = new StyleSheet(documentStyles());

/** Builds the workbook's LKIP, working out its page numbers both ways; gives both and the document's bytes. */
async function bothWays(file: string): Promise<{ ours: EstimatedPageNumbers | undefined; docx: EstimatedPageNumbers; bytes: Buffer; keptWithWhole: Set<string> }> {
  const model = await readWorkbook(file);
  // docx's general layout stops counting at the pohon kinerja's box tables (2.4 Cascading Kinerja), so the comparison
  // is made without the cascade; the LibreOffice render tests hold lkip's numbers to the printed pages with it
  delete model.cascading;
  const computed = computeLkip(model);
  let ours: EstimatedPageNumbers | undefined;
  let docx: EstimatedPageNumbers | undefined;
  const keptWithWhole = new Set<string>();
  const spy: PageNumberEstimator = (body, context) => {
    ours = layoutPageNumbers(body as XmlElement, sheet, "docx");
    docx = estimatePageNumbers(body, context);
    // the bookmarks of paragraphs kept with a table kept whole together with what follows it
    for (const section of new BodyReader(sheet).read(body as XmlElement)) {
      section.blocks.forEach((b, i) => {
        if (b.type !== "table" || !b.rows.every((r) => r.keepNext)) return;
        for (let k = i - 1; k >= 0; k--) {
          const p = section.blocks[k]!;
          if (p.type !== "p" || !p.format.keepNext) break;
          for (const name of p.bookmarks) keptWithWhole.add(name);
        }
      });
    }
    return ours ?? docx;
  };
  const bytes = await packDocument(buildDocument(model, computed, { pageNumbers: spy }));
  return { ours, docx: docx!, bytes, keptWithWhole };
}

const OFFICES = [
  { name: "the shipped example", file: async () => join(process.cwd(), "examples", "dinas-sosial-kota-bekasi-2025.xlsx") },
  { name: "the example with planted mistakes", file: async () => join(process.cwd(), "examples", "dinas-sosial-kota-bekasi-2025-dengan-kesalahan.xlsx") },
  ...[
    { indicators: 3, budgetRows: 10, seed: 11 },
    { indicators: 20, budgetRows: 300, seed: 3 },
    { indicators: 30, budgetRows: 400, seed: 6 },
  ].map((w) => ({
    name: `a generated office with ${w.indicators} indicators and ${w.budgetRows} budget rows`,
    file: async () => {
      const f = join(dir, `office-${w.indicators}-${w.budgetRows}.xlsx`);
      await writeWorkload(f, w);
      return f;
    },
  })),
];

describe("lkip's page-number layout", () => {
  for (const office of OFFICES) {
    it(`gives ${office.name} the page numbers docx's layout gives`, async () => {
      const { ours, docx, bytes, keptWithWhole } = await bothWays(await office.file());
      expect(ours, "lkip's layout follows everything lkip writes").toBeDefined();
      expect(docx.bookmarks.size).toBeGreaterThan(40);
      // One known difference: a table kept whole with the "Sumber:" line below moves to the next page with the heading
      // and caption kept with it in LibreOffice (the render test holds lkip to that), where docx's layout leaves them
      // behind. Such an entry is one page later in lkip's; every other one is the same.
      const docxNumbers = docx.bookmarkPageNumbers!;
      const differing = [...ours!.bookmarks.keys()].filter((name) => ours!.bookmarks.get(name) !== docx.bookmarks.get(name));
      for (const name of differing) {
        expect(keptWithWhole.has(name), `${name}: ${ours!.bookmarks.get(name)} / docx ${docx.bookmarks.get(name)}`).toBe(true);
        expect(ours!.bookmarkPageNumbers!.get(name)).toBe(docxNumbers.get(name)! + 1);
      }
      expect([...ours!.bookmarks.keys()].sort()).toEqual([...docx.bookmarks.keys()].sort());
      expect(ours!.sectionPageCounts).toEqual(docx.sectionPageCounts);
      // and the written tables of contents show them: every Daftar Isi entry ends with its page number
      const xml = partsOf(bytes)["word/document.xml"]!;
      const entries = styled(xml, "TOC1").concat(styled(xml, "TOC2"));
      expect(entries.length).toBeGreaterThan(10);
      for (const e of entries) expect(e).toMatch(/\t([ivxl]+|\d+)$/);
    }, 60_000);
  }
});

describe("what lkip's layout does not follow", () => {
  // a paragraph in a font lkip never writes (its widths are not Arial's), which docx's layout knows
  const doc = (pageNumbers: PageNumberEstimator) =>
    new Document({
      styles: documentStyles(),
      pageNumbers,
      sections: [
        {
          children: [
            new TableOfContents("Daftar Isi", { hyperlink: true, headingStyleRange: "1-3" }),
            new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun("BAB I")] }),
            new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: "Teks dalam huruf lain", font: "Times New Roman" })] }),
          ],
        },
      ],
    });

  it("falls back to docx's layout", async () => {
    const bytes = await Packer.toBuffer(doc(lkipPageNumbers(documentStyles())));
    const toc = styled(partsOf(bytes)["word/document.xml"]!, "TOC1");
    expect(toc).toEqual(["BAB I\t2"]);
  });

  it("leaves the numbers to Word, and says so, when the fallback is off (large documents)", async () => {
    let told = 0;
    const bytes = await Packer.toBuffer(doc(lkipPageNumbers(documentStyles(), { fallback: false, onBlank: () => told++ })));
    const toc = styled(partsOf(bytes)["word/document.xml"]!, "TOC1");
    expect(toc).toEqual(["BAB I\t"]);
    expect(told).toBe(1);
  });
});
