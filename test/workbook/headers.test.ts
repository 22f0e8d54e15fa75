// Header wording offices use, through the CLI: year-marked headers for the report year, columns in any order, extra
// columns listed, two-row headers, and the message naming what was seen when no header row is found.
import { describe, expect, it } from "vitest";
import { lkip } from "../helpers/cli.js";
import { minimalSheets, writeWorkbook } from "../helpers/workbook.js";

interface Finding {
  rule: string;
  severity: string;
  sheet?: string;
  cell?: string;
  message: string;
}

function check(file: string): Finding[] {
  return (JSON.parse(lkip(["check", "--format", "json", file]).stdout) as { findings: Finding[] }).findings;
}

function capaian(file: string) {
  const r = lkip(["capaian", "--format", "json", file]);
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout) as {
    indikator: { kode: string; target: string; realisasi: string; sumber: Record<string, string> }[];
    anggaran: { pagu_awal: string; realisasi: string; program: { kode: string; pagu_awal: string; pagu_perubahan: string; realisasi: string }[] };
  };
}

describe("header wording", () => {
  it("reads PK headers marked with the report year, in any order, and lists the columns it ignores", async () => {
    const file = await writeWorkbook(
      minimalSheets({
        PK: [
          ["Realisasi s.d. TW IV", "Indikator", "Kode", "Target 2024", "Target Tahun 2025", "Satuan", "Capaian (%) 2025", "Penanggung Jawab"],
          [15.82, "Persentase PPKS terlayani", "IKU-1", 10, 12, "%", 100, "Kabid Rehsos"],
        ],
      }),
    );
    const ind = capaian(file).indikator[0]!;
    // the 2025 target (12), not the 2024 one (10) to its left
    expect(ind).toMatchObject({ kode: "IKU-1", target: "12", realisasi: "15.82", sumber: { target: "PK!E2", realisasi: "PK!A2" } });
    const findings = check(file).filter((f) => f.sheet === "PK");
    // the stated capaian under "Capaian (%) 2025" is read and checked
    expect(findings.find((f) => f.rule === "pk/capaian")?.cell).toBe("G2");
    expect(findings.filter((f) => f.rule === "baca/kolom-lain")).toEqual([
      { rule: "baca/kolom-lain", severity: "info", sheet: "PK", cell: "D1", message: 'kolom "Target 2024" diabaikan: tahunnya bukan tahun laporan (2025)' },
      { rule: "baca/kolom-lain", severity: "info", sheet: "PK", cell: "H1", message: 'kolom "Penanggung Jawab" tidak dikenal dan diabaikan' },
    ]);
  });

  it("reads Anggaran headers marked with the report year", async () => {
    const file = await writeWorkbook(
      minimalSheets({
        Anggaran: [
          ["Kode", "Uraian", "Level", "Pagu TA 2025", "Realisasi (2025)", "Realisasi 2024"],
          ["1.06.02", "Program Rehabilitasi Sosial", "program", 100, 90, 70],
          ["1.06.02.2.01", "Kegiatan A", "kegiatan", 100, 90, 70],
        ],
      }),
    );
    expect(capaian(file).anggaran).toMatchObject({ pagu_awal: "100", realisasi: "90" });
  });

  it("reads a two-row header: a merged Anggaran over Pagu / Realisasi / %", async () => {
    const file = await writeWorkbook([
      ...minimalSheets().filter((s) => s.name !== "Anggaran"),
      {
        name: "Anggaran",
        rows: [
          ["LAPORAN REALISASI ANGGARAN TAHUN 2025"],
          ["Kode", "Uraian", "Level", "Anggaran", null, null],
          [null, null, null, "Pagu", "Realisasi", "%"],
          ["1.06.02", "Program Rehabilitasi Sosial", "program", 200, 150, 75],
          ["1.06.02.2.01", "Kegiatan A", "kegiatan", 200, 150, 70],
        ],
        merges: ["A2:A3", "B2:B3", "C2:C3", "D2:F2"],
      },
    ]);
    const a = capaian(file).anggaran;
    expect(a.program).toEqual([expect.objectContaining({ kode: "1.06.02", pagu_awal: "200", realisasi: "150" })]);
    // the % column is read: the wrong 70 on the kegiatan row is found, in the row under the two header rows
    const serapan = check(file).filter((f) => f.rule === "anggaran/serapan");
    expect(serapan.map((f) => f.cell)).toEqual(["F5"]);
  });

  it("reads a group header over its parts: Pagu over Awal / Perubahan", async () => {
    const file = await writeWorkbook([
      ...minimalSheets().filter((s) => s.name !== "Anggaran"),
      {
        name: "Anggaran",
        rows: [
          ["Kode", "Uraian", "Level", "Pagu", null, "Realisasi"],
          [null, null, null, "Awal", "Perubahan", null],
          ["1.06.02", "Program Rehabilitasi Sosial", "program", 300, 200, 150],
          ["1.06.02.2.01", "Kegiatan A", "kegiatan", 300, 200, 150],
        ],
        merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:F2"],
      },
    ]);
    expect(capaian(file).anggaran.program).toEqual([
      expect.objectContaining({ pagu_awal: "300", pagu_perubahan: "200", realisasi: "150" }),
    ]);
  });

  it("names the row it took for the header, what it saw there, and the closest header for each missing column", async () => {
    const file = await writeWorkbook(
      minimalSheets({
        PK: [
          ["PERJANJIAN KINERJA TAHUN 2025"],
          ["No", "Indikator Kinerja", "Tgt 2025", "Real. 2025", "Ket"],
          ["1", "Persentase PPKS terlayani", 12, 15.82],
        ],
      }),
    );
    const r = lkip(["capaian", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "lkip: Sheet PK: baris judul kolom tidak ditemukan; kolom wajib: Indikator, Target, Realisasi atau Indikator, Target, " +
        'Pembilang, Penyebut; baris 2 paling mirip judul kolom, berisi "No", "Indikator Kinerja", "Tgt 2025", "Real. 2025", "Ket"; ' +
        'tidak ada Target (yang paling mirip: "Tgt 2025"), Realisasi (yang paling mirip: "Real. 2025")\n',
    );
  });

  it("does not take another year's column for the report year's, and says so", async () => {
    const file = await writeWorkbook(
      minimalSheets({ PK: [["Indikator", "Satuan", "Target 2026", "Realisasi 2026"], ["Persentase PPKS terlayani", "%", 12, 15.82]] }),
    );
    const r = lkip(["capaian", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'baris 1 paling mirip judul kolom, berisi "Indikator", "Satuan", "Target 2026", "Realisasi 2026"; ' +
        'tidak ada Target (ada "Target 2026", tetapi tahun laporan di Profil 2025), Realisasi (ada "Realisasi 2026", tetapi tahun laporan di Profil 2025)\n',
    );
  });
});
