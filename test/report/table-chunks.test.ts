// A data table is made into docx objects and written a chunk of rows at a time (src/report/tables.ts `DataTable`), so
// that a large budget never exists as one tree of docx objects. Written that way it must be the same table: the same
// XML as the whole table made at once, row spans across a chunk's edge included.
import { describe, expect, it } from "vitest";
import { dataTable, ROWS_PER_CHUNK, type Row } from "../../src/report/tables.js";
import "../../src/report/docx-fast.js";

const columns = [
  { header: "No", weight: 1, align: "center" as const },
  { header: "Uraian", weight: 5 },
  { header: "Pagu", weight: 2, align: "right" as const },
  { header: "Realisasi", weight: 2, align: "right" as const },
];

/** Rows in groups of 3 under a cell spanning them, so that some groups straddle the chunks' edges. */
function rows(count: number): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < count; i++) {
    const cells: Row["cells"] = [];
    if (i % 3 === 0) cells.push({ text: String(i / 3 + 1), rowSpan: Math.min(3, count - i) });
    cells.push(`Sub Kegiatan ${i + 1}`, { text: `Rp ${i * 1000}`, bold: i % 7 === 0 }, { text: `${i},5%`, fill: i % 5 === 0 ? "FFF2CC" : undefined });
    out.push({ cells, kind: i % 50 === 0 ? "group" : "data" });
  }
  return out;
}

const formatted = (x: { prepForXml(c: unknown): unknown }) => JSON.stringify(x.prepForXml({ stack: [] }));

describe("a data table written in chunks of rows", () => {
  for (const count of [1, 4, ROWS_PER_CHUNK, ROWS_PER_CHUNK * 2 + 7]) {
    it(`of ${count} rows is the XML of the whole table`, () => {
      const table = dataTable({ columns, rows: rows(count), headerAbove: [{ text: "Anggaran", span: 4 }] });
      const chunked = formatted(table);
      expect(chunked).toBe(formatted(table.whole()));
      expect(chunked.match(/"w:tr"/g)).toHaveLength(count + 2);
      if (count > 1) expect(chunked.match(/"w:vMerge"/g)!.length).toBeGreaterThan(1);
    });
  }

  it("can be written twice, the same each time", () => {
    const table = dataTable({ columns, rows: rows(ROWS_PER_CHUNK + 3) });
    expect(formatted(table)).toBe(formatted(table));
  });
});
