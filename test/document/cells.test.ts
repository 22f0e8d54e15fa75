// Amounts and counts written with their words inside table cells (`dokumen/terbilang`, `dokumen/bilangan`), as some
// reports print a budget table's "Jumlah" cell: the words are checked as in running text and the finding points at
// the cell.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocCheckResult } from "../../src/document/types.js";
import { docWriter, para, table } from "./docx-helpers.js";

const docs = docWriter("lkip-docx-cells-");
afterAll(docs.cleanup);

describe("words beside figures in table cells", () => {
  let result: DocCheckResult;
  beforeAll(async () => {
    result = await docs.check("sel.docx", [
      para("Tabel 3.2 Sumber Dana Tahun 2025"),
      table([
        ["No", "Sumber Dana", "Jumlah (Rp)", "Keterangan"],
        ["1", "APBD", "Rp 1.250.000.000 (satu miliar dua ratus lima puluh juta rupiah)", "2 (dua) kegiatan"],
        ["2", "DAK", "750.000.000 (tujuh ratus lima juta rupiah)", "3 (empat) kegiatan"], // 705.000.000 in words
        ["", "Jumlah", "2.000.000.000", ""],
      ]),
    ]);
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

describe("a list of counts closed by its total line", () => {
  it("reports a total that is not the sum of the items above it, and leaves a right one alone", async () => {
    const result = await docs.check("daftar.docx", [
      para("Tabel 3.1 Anggaran"),
      table([
        ["Program", "Pagu"],
        ["Program A", "100"],
      ]),
      para("Sumber daya manusia terdiri dari:"), // paragraf 2
      para("a. ASN : 33 Orang"),
      para("b. Non ASN : 38 Orang"),
      para("c. TAGANA : 88 Personil."),
      para("150 Orang"), // paragraf 6: 33 + 38 + 88 = 159
      para("Penerima bantuan:"),
      para("- Lansia : 40 orang"),
      para("- Disabilitas : 25 orang"),
      para("Jumlah : 65 orang"), // paragraf 10: right
    ]);
    expect(result.findings.map((f) => ({ rule: f.rule, lokasi: f.lokasi, expected: f.expected, actual: f.actual, terkait: f.terkait }))).toEqual([
      { rule: "dokumen/jumlah", lokasi: { paragraf: 6 }, expected: "159", actual: "150", terkait: [{ paragraf: 3 }, { paragraf: 4 }, { paragraf: 5 }] },
    ]);
  });
});
