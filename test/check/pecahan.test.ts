// angka/pecahan through the CLI: a percentage typed as a fraction is warned about at its cell; plain small values
// that are not fractions (inflation 1,2 % against 3 %, a count of 1) and Excel percent cells are left alone.
import { describe, expect, it } from "vitest";
import { lkip } from "../helpers/cli.js";
import { minimalSheets, writeWorkbook } from "../helpers/workbook.js";

const HEAD = ["Kode", "Sasaran", "Indikator", "Satuan", "Target", "Realisasi"];

function pecahan(file: string): string[] {
  const r = lkip(["check", "--format", "json", file]);
  const json = JSON.parse(r.stdout) as { findings: { rule: string; severity: string; sheet: string; cell?: string; message: string }[] };
  return json.findings.filter((f) => f.rule === "angka/pecahan").map((f) => `${f.severity} ${f.sheet}!${f.cell} ${f.message}`);
}

describe("angka/pecahan", () => {
  it("warns at a % realisasi typed as a fraction of its target, and nowhere else", async () => {
    const file = await writeWorkbook(
      minimalSheets({
        IKU: [
          ["Kode", "Indikator", "Satuan", "Target 2025"],
          ["IKU-1", "Persentase PPKS terlayani", "%", 85],
          ["IKU-2", "Tingkat inflasi", "%", 3],
          ["IKU-3", "Jumlah panti terakreditasi", "unit", 100],
          ["IKU-4", "Persentase keluarga miskin tertangani", "persen", 80],
        ],
        PK: [
          HEAD,
          ["IKU-1", "Meningkatnya layanan", "Persentase PPKS terlayani", "%", 85, 0.855],
          ["IKU-2", "Meningkatnya layanan", "Tingkat inflasi", "%", 3, 1.2],
          ["IKU-3", "Meningkatnya layanan", "Jumlah panti terakreditasi", "unit", 100, 1],
          // formatted as a percentage in Excel: 0,82 shows as 82 % and is read as 82
          ["IKU-4", "Meningkatnya layanan", "Persentase keluarga miskin tertangani", "persen", 80, { value: 0.82, numFmt: "0%" }],
        ],
      }),
    );
    expect(pecahan(file)).toEqual([
      "warning PK!F2 Realisasi indikator IKU-1 0,855 tampaknya ditulis sebagai pecahan (0,855 = 85,5 %); tulis 85,5 atau beri sel itu format persen",
    ]);
  });

  it("warns at every cell of a % column typed entirely as fractions", async () => {
    const file = await writeWorkbook(
      minimalSheets({
        PK: [
          HEAD,
          ["IKU-1", "Meningkatnya layanan", "Persentase PPKS terlayani", "%", 0.12, 0.1582],
          ["IKU-2", "Meningkatnya layanan", "Persentase PSKS dibina", "%", 1, 1],
        ],
      }),
    );
    expect(pecahan(file).map((f) => f.split(" ").slice(0, 2).join(" ")).sort()).toEqual([
      "warning PK!E2",
      "warning PK!E3",
      "warning PK!F2",
      "warning PK!F3",
    ]);
  });

  it("warns at a budget Persen typed as a fraction", async () => {
    const file = await writeWorkbook(
      minimalSheets({
        Anggaran: [
          ["Kode", "Uraian", "Level", "Pagu Perubahan", "Realisasi", "Persen"],
          ["1.06.02", "Program Rehabilitasi Sosial", "program", 1000, 900, 90],
          ["1.06.02.2.01", "Kegiatan A", "kegiatan", 1000, 900, 0.9],
        ],
      }),
    );
    expect(pecahan(file)).toEqual([
      "warning Anggaran!F3 Persen anggaran 1.06.02.2.01 0,9 tampaknya ditulis sebagai pecahan (0,9 = 90 %); tulis 90 atau beri sel itu format persen",
    ]);
  });
});
