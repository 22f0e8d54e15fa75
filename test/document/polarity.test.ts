// Polarity stated in the table (`dokumen/persen`): a capaian of a lower-is-better indicator — `Negatif` or `(-)` in a
// Polaritas column, or `(-)` in the indicator's name — must be (2 − realisasi / target) × 100 as src/engine/capaian.ts
// computes it; one stated `Positif` must be realisasi / target × 100. Without a stated polarity either is accepted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocCheckResult } from "../../src/document/types.js";
import { docWriter, para, table } from "./docx-helpers.js";

const docs = docWriter("lkip-docx-polarity-");
afterAll(docs.cleanup);

describe("capaian with the polarity the table states", () => {
  let result: DocCheckResult;
  beforeAll(async () => {
    result = await docs.check("polaritas.docx", [
      para("Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2025"),
      table([
        ["No", "Indikator Kinerja", "Polaritas", "Target", "Realisasi", "Capaian"],
        ["1", "Persentase penduduk miskin", "Negatif", "4,01", "3,94", "98,25%"], // computed as if positive
        ["2", "Angka kematian bayi per 1.000 kelahiran hidup", "(-)", "8,00", "7,50", "106,25%"],
        ["3", "Persentase PPKS yang dilayani", "Positif", "12", "11", "108,33%"], // computed as if negative
        ["4", "Indeks kepuasan masyarakat", "Positif", "80", "88", "110,00%"],
      ]), // tabel 1
      para("Tabel 3.2 Capaian Indikator Program Tahun 2025"),
      table([
        ["No", "Indikator Program", "Target", "Realisasi", "Capaian"],
        ["1", "Prevalensi balita stunting (-)", "14,00", "13,80", "98,57%"], // computed as if positive
        ["2", "Jumlah penduduk miskin yang belum tertangani", "100", "90", "110,00%"], // polarity not stated
      ]), // tabel 2
    ]);
  });

  it("recomputes each capaian with its stated polarity", () => {
    const got = result.findings.map((f) => ({ rule: f.rule, severity: f.severity, lokasi: f.lokasi, expected: f.expected, actual: f.actual }));
    expect(got).toEqual([
      { rule: "dokumen/persen", severity: "error", lokasi: { tabel: 1, baris: 2, kolom: 6 }, expected: "101,75%", actual: "98,25%" },
      { rule: "dokumen/persen", severity: "error", lokasi: { tabel: 1, baris: 4, kolom: 6 }, expected: "91,67%", actual: "108,33%" },
      { rule: "dokumen/persen", severity: "error", lokasi: { tabel: 2, baris: 2, kolom: 5 }, expected: "101,43%", actual: "98,57%" },
    ]);
    expect(result.findings[0]!.message).toContain("polaritas negatif");
  });
});
