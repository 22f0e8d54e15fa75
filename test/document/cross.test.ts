// The same figure printed twice (`dokumen/antar-tabel`): an indicator's realisasi in BAB III that differs from the one
// in the Ikhtisar table, a program's pagu that differs between the budget tables. Figures printed at a lower precision
// agree; a PK before and after its change (captions and Sumber lines saying `Murni` / `Perubahan`) and another year's
// column are different figures, not contradictions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocCheckResult } from "../../src/document/types.js";
import { docWriter, para, table } from "./docx-helpers.js";

const docs = docWriter("lkip-docx-cross-");
afterAll(docs.cleanup);

const IKU_A = "Persentase PPKS yang mendapatkan pelayanan kesejahteraan sosial";
const IKU_B = "Persentase PSKS yang dibina";
const IKU_C = "Indeks Kepuasan Masyarakat";

const ruleFindings = (r: DocCheckResult, rule: string) =>
  r.findings.filter((f) => f.rule === rule).map((f) => ({ lokasi: f.lokasi, expected: f.expected, actual: f.actual, terkait: f.terkait }));

describe("dokumen/antar-tabel", () => {
  let result: DocCheckResult;
  beforeAll(async () => {
    result = await docs.check("antar-tabel.docx", [
      para("Laporan Kinerja Tahun 2025"), // paragraf 1
      para("Tabel 1.1 Ikhtisar Capaian Kinerja Tahun 2025"), // paragraf 2
      table([
        ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"],
        ["1", IKU_A, "12%", "15,82%", "131,83%"],
        ["2", IKU_B, "100%", "100%", "100%"],
        ["3", IKU_C, "80,50", "92,86", "115,35%"],
      ]), // tabel 1
      para("Tabel 2.3 Perjanjian Kinerja Tahun 2025"),
      table([
        ["No", "Indikator Kinerja", "Target"],
        ["1", IKU_A, "6%"],
        ["2", IKU_B, "100%"],
      ]), // tabel 2: the PK before its change
      para("Sumber: Perjanjian Kinerja Murni 2025"),
      para("Tabel 2.6 Perjanjian Kinerja Tahun 2025"),
      table([
        ["No", "Indikator Kinerja", "Target"],
        ["1", IKU_A, "12%"],
        ["2", IKU_B, "100%"],
      ]), // tabel 3
      para("Sumber: Perjanjian Kinerja Perubahan 2025"),
      para("Tabel 3.3 Capaian Kinerja Tahun 2025"),
      table([
        ["No", "Indikator Sasaran", "Satuan", "Target", "Realisasi", "Capaian"],
        ["1", IKU_A, "%", "12", "15,8", "131,8"], // printed with fewer decimals: agrees
        ["2", IKU_B, "%", "100", "100", "100"],
        ["3", IKU_C, "Nilai", "80,50", "92,68", "115,13"], // 92,68 against 92,86 in Tabel 1.1
      ]), // tabel 4
      para("Tabel 3.8 Realisasi Kinerja 2024 dan 2025"),
      table([
        ["No", "Indikator Kinerja Sasaran", "Realisasi 2024", "Realisasi 2025"],
        ["1", IKU_A, "12", "15,82"], // 2024 is another year
        ["2", IKU_B, "100", "100"],
      ]), // tabel 5
      para("Tabel 3.22 Pagu Anggaran per Program"),
      table([
        ["No", "Program", "Pagu Awal", "Pagu Perubahan"],
        ["1", "Program Rehabilitasi Sosial", "Rp 4.402.800.000", "Rp 4.645.554.625"],
        ["2", "Program Penanganan Bencana", "Rp 2.130.000.000", "Rp 1.876.244.335"],
        ["3", "Program Pemberdayaan Sosial", "Rp 4.524.850.000", "Rp 3.341.258.639"],
        ["", "Jumlah", "Rp 11.057.650.000", "Rp 9.863.057.599"],
      ]), // tabel 6
      para("Tabel 3.23 Pagu dan Realisasi Anggaran setelah APBD-P"),
      table([
        ["No", "Program", "Pagu", "Realisasi"],
        ["1", "Program Rehabilitasi Sosial", "Rp 4.645.554.625", "Rp 4.005.923.311"],
        ["2", "Program Penanganan Bencana", "Rp 1.867.244.335", "Rp 1.578.973.331"], // digits swapped
        ["3", "Program Pemberdayaan Sosial", "Rp 3.341.258.639", "Rp 2.427.542.487"],
        ["", "Jumlah", "Rp 9.854.057.599", "Rp 8.012.439.129"],
      ]), // tabel 7
    ]);
  });

  it("reports the later figure that differs, pointing at the earlier one", () => {
    expect(ruleFindings(result, "dokumen/antar-tabel")).toEqual([
      { lokasi: { tabel: 4, baris: 4, kolom: 5 }, expected: "92,86", actual: "92,68", terkait: [{ tabel: 1, baris: 4, kolom: 4 }] },
      // the capaian computed from the wrong realisasi differs as well
      { lokasi: { tabel: 4, baris: 4, kolom: 6 }, expected: "115,35%", actual: "115,13", terkait: [{ tabel: 1, baris: 4, kolom: 5 }] },
      { lokasi: { tabel: 7, baris: 3, kolom: 3 }, expected: "1.876.244.335", actual: "1.867.244.335", terkait: [{ tabel: 6, baris: 3, kolom: 4 }] },
    ]);
    const f = result.findings.find((x) => x.rule === "dokumen/antar-tabel")!;
    expect(f.severity).toBe("error");
    expect(f.message).toContain("Indeks Kepuasan Masyarakat");
    expect(f.message).toContain("Tabel 1.1 (tabel ke-1) baris 4");
  });

  it("the PK before and after its change, another year and a lower printed precision are not contradictions", () => {
    const places = result.findings.filter((f) => f.rule === "dokumen/antar-tabel").map((f) => JSON.stringify(f.lokasi));
    for (const tabel of [2, 3, 5]) expect(places.some((p) => p.includes(`"tabel":${tabel},`))).toBe(false);
    expect(places).not.toContain(JSON.stringify({ tabel: 4, baris: 2, kolom: 5 }));
  });
});

describe("dokumen/teks-tabel", () => {
  let result: DocCheckResult;
  beforeAll(async () => {
    result = await docs.check("teks-tabel.docx", [
      para("Laporan Kinerja Tahun 2025"), // paragraf 1
      para("Tabel 3.3 Capaian Kinerja Tahun 2025"), // paragraf 2
      table([
        ["No", "Indikator Sasaran", "Target", "Realisasi", "Capaian"],
        ["1", IKU_B, "100%", "100%", "100%"],
        ["2", IKU_C, "80,50", "92,86", "115,35%"],
      ]), // tabel 1
      para("Tabel 3.23 Pagu dan Realisasi Anggaran per Program"), // paragraf 3
      table([
        ["No", "Program", "Pagu", "Realisasi"],
        ["1", "Program Rehabilitasi Sosial", "Rp 4.645.554.625", "Rp 4.005.923.311"],
        ["2", "Program Penanganan Bencana", "Rp 1.876.244.335", "Rp 1.578.973.331"],
        ["", "Jumlah", "Rp 6.521.798.960", "Rp 5.584.896.642"],
      ]), // tabel 2
      para("Realisasi anggaran Program Penanganan Bencana sebesar Rp 1.587.973.331 dari pagunya."), // paragraf 4: digits swapped
      para(`Capaian indikator ${IKU_C} sebesar 115,4%. Realisasi ${IKU_B} sebesar 98% sehingga belum tercapai.`), // paragraf 5
      para("Pagu Program Rehabilitasi Sosial dan Program Penanganan Bencana sebesar Rp 6.000.000.000 seluruhnya."), // paragraf 6: two rows
      para(`Realisasi ${IKU_C} tahun 2024 sebesar 88,10.`), // paragraf 7: another year
      para("Sisa anggaran Program Rehabilitasi Sosial sebesar Rp 639.631.314."), // paragraf 8: another figure
      para(`Realisasi ${IKU_C} 92,86 setara dengan capaian 110% terhadap standar nasional.`), // paragraf 9: another yardstick
    ]);
  });

  it("reports a sentence that repeats a row's figure differently, pointing at the table cell", () => {
    expect(ruleFindings(result, "dokumen/teks-tabel")).toEqual([
      { lokasi: { paragraf: 4 }, expected: "1.578.973.331", actual: "1.587.973.331", terkait: [{ tabel: 2, baris: 3, kolom: 4 }] },
      { lokasi: { paragraf: 5 }, expected: "100%", actual: "98%", terkait: [{ tabel: 1, baris: 2, kolom: 4 }] },
    ]);
    const f = result.findings.find((x) => x.rule === "dokumen/teks-tabel")!;
    expect(f.severity).toBe("error");
    expect(f.message).toContain("Program Penanganan Bencana");
    expect(f.message).toContain("Tabel 3.23 (tabel ke-2) baris 3");
  });

  it("leaves alone a figure printed with fewer decimals, two rows in one sentence, another year, a remainder and a standard", () => {
    expect(result.findings.filter((f) => f.severity !== "info").map((f) => f.rule)).toEqual(["dokumen/teks-tabel", "dokumen/teks-tabel"]);
  });
});

describe("dokumen/teks-tabel: the amount a paragraph details in the table below it", () => {
  it("must be on the table's total row", async () => {
    const result = await docs.check("rincian.docx", [
      para("Pada tahun 2025 pagu anggaran sebesar Rp 2.000.000.000 dengan realisasi Rp 1.700.000.000, dengan rincian sebagai berikut:"), // paragraf 1
      para("Tabel 3.22"),
      para("Pagu dan Realisasi per Program"),
      table([
        ["No", "Program", "Pagu", "Realisasi"],
        ["1", "Program Rehabilitasi Sosial", "Rp 1.250.000.000", "Rp 1.000.000.000"],
        ["2", "Program Penanganan Bencana", "Rp 850.000.000", "Rp 700.000.000"],
        ["", "Jumlah", "Rp 2.100.000.000", "Rp 1.700.000.000"],
      ]), // tabel 1
      para("Setelah perubahan, anggaran menjadi Rp 1.900.000.000 dan realisasi sebesar Rp 1.650.000.000, dengan rincian sebagai berikut:"), // paragraf 4
      para("Tabel 3.23 Pagu dan Realisasi setelah Perubahan"),
      table([
        ["No", "Program", "Pagu", "Realisasi"],
        ["1", "Program Rehabilitasi Sosial", "Rp 1.150.000.000", "Rp 1.000.000.000"],
        ["2", "Program Penanganan Bencana", "Rp 750.000.000", "Rp 650.000.000"],
        ["", "Jumlah", "Rp 1.900.000.000", "Rp 1.650.000.000"],
      ]), // tabel 2
    ]);
    expect(ruleFindings(result, "dokumen/teks-tabel")).toEqual([
      { lokasi: { paragraf: 1 }, expected: "2.100.000.000", actual: "2.000.000.000", terkait: [{ tabel: 1, baris: 4, kolom: 3 }] },
    ]);
  });
});
