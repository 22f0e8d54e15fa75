// Amounts and counts written with their words inside table cells (`dokumen/terbilang`, `dokumen/bilangan`), as some
// reports print a budget table's "Jumlah" cell: the words are checked as in running text and the finding points at
// the cell.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkDocument } from "../../src/document/check.js";
import { readDocx } from "../../src/document/read.js";
import type { DocCheckResult } from "../../src/document/types.js";
import { docWriter, para, table } from "./docx-helpers.js";

const docs = docWriter("lkip-docx-cells-");
afterAll(docs.cleanup);

describe("words beside figures in table cells", () => {
  let result: DocCheckResult;
  beforeAll(async () => {
    const file = await docs.write("sel.docx", [
      para("Tabel 3.2 Sumber Dana Tahun 2025"),
      table([
        ["No", "Sumber Dana", "Jumlah (Rp)", "Keterangan"],
        ["1", "APBD", "Rp 1.250.000.000 (satu miliar dua ratus lima puluh juta rupiah)", "2 (dua) kegiatan"],
        ["2", "DAK", "750.000.000 (tujuh ratus lima juta rupiah)", "3 (empat) kegiatan"], // 705.000.000 in words
        ["", "Jumlah", "2.000.000.000", ""],
      ]),
    ]);
    result = checkDocument(await readDocx(file));
  });

  it("finds the words that disagree with their digits, at the cell", () => {
    const got = result.findings.map((f) => ({ rule: f.rule, lokasi: f.lokasi, expected: f.expected, actual: f.actual }));
    expect(got).toEqual([
      { rule: "dokumen/terbilang", lokasi: { tabel: 1, baris: 3, kolom: 3 }, expected: "750.000.000", actual: "705.000.000" },
      { rule: "dokumen/bilangan", lokasi: { tabel: 1, baris: 3, kolom: 4 }, expected: "tiga", actual: "empat" },
    ]);
    expect(result.findings[0]!.where).toBe("Tabel 3.2 (tabel ke-1)");
    expect(result.findings[0]!.cellWhere).toBe("baris 3, kolom Jumlah (Rp)");
    expect(result.findings[0]!.message).toContain("tujuh ratus lima juta rupiah");
  });
});
