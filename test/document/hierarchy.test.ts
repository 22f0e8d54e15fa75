// Budget hierarchies without codes (`dokumen/hierarki`): told by outline numbering (1, 1.1, 1.1.1), by list markers
// under a numbered parent (1. → a. → 1)), or by the indentation of the Uraian cell. A numbered list whose parents
// are not sums of their children (indicators over sub-indicators) is left alone.
import { Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocCheckResult } from "../../src/document/types.js";
import { docWriter, para, table } from "./docx-helpers.js";

const docs = docWriter("lkip-docx-hierarchy-");
afterAll(docs.cleanup);

/** A row whose Uraian (second cell) is indented by `level` steps of 360 twips. */
const indented = (level: number, label: string, a: string, b: string) =>
  new TableRow({
    children: [
      new TableCell({ children: [new Paragraph({ children: [new TextRun(label)], indent: { left: 360 * level } })] }),
      ...[a, b].map((x) => new TableCell({ children: [new Paragraph({ children: [new TextRun(x)] })] })),
    ],
  });

describe("dokumen/hierarki without codes", () => {
  let result: DocCheckResult;
  beforeAll(async () => {
    result = await docs.check("hierarki.docx", [
      para("Tabel 3.1 Anggaran per Program Tahun 2025"),
      table([
        ["No", "Uraian", "Pagu", "Realisasi"],
        ["1", "Program Rehabilitasi Sosial", "700.000.000", "650.000.000"],
        ["1.1", "Rehabilitasi Sosial Dasar", "700.000.000", "650.000.000"],
        ["1.1.1", "Penyediaan Permakanan", "400.000.000", "380.000.000"],
        ["1.1.2", "Penyediaan Sandang", "300.000.000", "270.000.000"],
        ["2", "Program Penanganan Bencana", "500.000.000", "460.000.000"], // its kegiatan give 520.000.000 pagu
        ["2.1", "Perlindungan Sosial Korban Bencana", "320.000.000", "300.000.000"],
        ["2.2", "Kesiapsiagaan Bencana", "200.000.000", "160.000.000"],
      ]), // tabel 1
      para("Tabel 3.2 Anggaran per Program (daftar)"),
      table([
        ["No", "Uraian", "Pagu", "Realisasi"],
        ["1.", "Program Pemberdayaan Sosial", "300.000.000", "250.000.000"], // realisasi: 100 + 140 = 240 juta
        ["a.", "Pengembangan Potensi PSKS", "200.000.000", "100.000.000"],
        ["b.", "Pengumpulan Sumbangan", "100.000.000", "140.000.000"],
        ["2.", "Program Perlindungan Sosial", "400.000.000", "390.000.000"],
        ["a.", "Pengelolaan Data Fakir Miskin", "400.000.000", "390.000.000"],
      ]), // tabel 2
      para("Tabel 3.3 Anggaran per Kegiatan (bertingkat)"),
      new Table({
        rows: [
          new TableRow({ children: ["Uraian", "Pagu", "Realisasi"].map((x) => new TableCell({ children: [para(x)] })) }),
          indented(0, "Program Penunjang Urusan Pemerintahan Daerah", "900.000.000", "800.000.000"),
          indented(1, "Administrasi Keuangan Perangkat Daerah", "500.000.000", "450.000.000"),
          indented(1, "Administrasi Umum Perangkat Daerah", "400.000.000", "370.000.000"), // 820 ≠ 800 juta
          indented(0, "Program Pengelolaan Taman Makam Pahlawan", "100.000.000", "90.000.000"),
          indented(1, "Pemeliharaan Taman Makam Pahlawan", "100.000.000", "90.000.000"),
        ],
      }), // tabel 3
      para("Tabel 3.4 Target Indikator"),
      table([
        ["No", "Indikator", "Target", "Realisasi"],
        ["1.", "Jumlah PPKS yang dilayani", "580", "653"],
        ["a.", "Jumlah anak terlantar yang dilayani", "120", "130"],
        ["b.", "Jumlah lansia terlantar yang dilayani", "90", "95"],
        ["2.", "Jumlah PSKS yang dibina", "250", "250"],
        ["a.", "Jumlah TKSK yang dibina", "12", "12"],
      ]), // tabel 4: sub-indicators, not parts of a sum
    ]);
  });

  it("sums each parent from its numbered, lettered or indented children", () => {
    const got = result.findings.map((f) => ({ rule: f.rule, lokasi: f.lokasi, expected: f.expected, actual: f.actual }));
    expect(got).toEqual([
      { rule: "dokumen/hierarki", lokasi: { tabel: 1, baris: 6, kolom: 3 }, expected: "520.000.000", actual: "500.000.000" },
      { rule: "dokumen/hierarki", lokasi: { tabel: 2, baris: 2, kolom: 4 }, expected: "240.000.000", actual: "250.000.000" },
      { rule: "dokumen/hierarki", lokasi: { tabel: 3, baris: 2, kolom: 3 }, expected: "820.000.000", actual: "800.000.000" },
    ]);
    expect(result.findings[0]!.terkait).toEqual([
      { tabel: 1, baris: 7, kolom: 3 },
      { tabel: 1, baris: 8, kolom: 3 },
    ]);
  });
});
