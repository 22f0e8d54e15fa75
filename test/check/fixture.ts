// A small, clean workbook for the checker's tests, as rows a reader can follow: every total, parent, percentage and
// capaian in it is right, so `lkip check` finds nothing. Each test plants one mistake with `set("Sheet!A1", value)`.
import type ExcelJS from "exceljs";
import { computeLkip } from "../../src/engine/index.js";
import { checkModel } from "../../src/check/index.js";
import type { CheckConfig } from "../../src/check/rule.js";
import type { CheckResult, Finding } from "../../src/check/types.js";
import { readWorkbook } from "../../src/read.js";
import { writeWorkbook, type CellInput, type SheetInput } from "../helpers/workbook.js";

const pct = (value: number) => ({ value, numFmt: "0.00" });
const sum = (formula: string, result: number) => ({ value: { formula, result } as ExcelJS.CellFormulaValue, numFmt: "#,##0" });

export type Sheets = Record<string, CellInput[][]>;

/** The clean workbook. Columns: see the header row of each sheet. */
export function baseSheets(): Sheets {
  return {
    Profil: [
      ["Data", "Isi"],
      ["Nama Instansi", "Dinas Sosial"],
      ["Pemerintah Daerah", "Kota Contoh"],
      ["Tahun", 2025],
      ["Nama Kepala", "Dra. Siti Aminah, M.Si."],
      ["NIP Kepala", "19700101 199003 2 001"],
      ["Pangkat Kepala", "Pembina Utama Muda (IV/c)"],
      ["Jabatan Kepala", "Kepala Dinas Sosial"],
      ["Tempat", "Kota Contoh"],
      ["Tanggal", "15 Januari 2026"],
      ["Tanggal PK", "6 Januari 2025"],
      ["Tanggal PK Perubahan", "1 Oktober 2025"],
      ["Nama Kepala Daerah", "H. Ahmad Fauzi, S.E."],
      ["Jabatan Kepala Daerah", "Wali Kota Contoh"],
    ],
    //  A        B         C                                  D      E            F              G
    IKU: [
      ["Kode", "Sasaran", "Indikator", "Satuan", "Polaritas", "Target 2025", "Target 2026"],
      ["IKU-1", "Meningkatnya layanan", "Persentase PPKS terlayani", "%", "positif", 12, 13],
      ["IKU-2", "Menurunnya kemiskinan", "Persentase penduduk miskin", "%", "negatif", 4.01, 3.98],
      ["IKU-3", undefined, "Jumlah KK penerima bantuan", "KK", "positif", 1000, 1100],
    ],
    //  A      B          C            D         E         F            G            H           I          J..M
    PK: [
      ["Kode", "Sasaran", "Indikator", "Satuan", "Target", "Realisasi", "Pembilang", "Penyebut", "Capaian", "Realisasi TW1", "Realisasi TW2", "Realisasi TW3", "Realisasi TW4"],
      ["IKU-1", "Meningkatnya layanan", "Persentase PPKS terlayani", "%", 12, 15.82, 19825, 125326, pct(131.82)],
      ["IKU-2", "Menurunnya kemiskinan", "Persentase penduduk miskin", "%", 4.01, 3.94, undefined, undefined, pct(101.75)],
      ["IKU-3", undefined, "Jumlah KK penerima bantuan", "KK", 1000, 950, undefined, undefined, pct(95), 200, 250, 300, 200],
    ],
    //  A                     B                              C               D          E            F                 G            H
    Anggaran: [
      ["Kode", "Uraian", "Level", "Sasaran", "Pagu Awal", "Pagu Perubahan", "Realisasi", "Persen"],
      ["1.06.02", "Program Rehabilitasi Sosial", "program", 1, 1_000_000, 1_200_000, 1_000_000, pct(83.33)],
      ["1.06.02.2.01", "Rehabilitasi Sosial Dasar", "kegiatan", undefined, 600_000, 700_000, 600_000, pct(85.71)],
      ["1.06.02.2.01.0001", "Penyediaan Permakanan", "sub kegiatan", undefined, 400_000, 500_000, 450_000, pct(90)],
      ["1.06.02.2.01.0002", "Penyediaan Alat Bantu", "sub kegiatan", undefined, 200_000, 200_000, 150_000, pct(75)],
      ["1.06.02.2.02", "Rehabilitasi Sosial Lanjut", "kegiatan", undefined, 400_000, 500_000, 400_000, pct(80)],
      ["1.06.02.2.02.0001", "Pemberian Layanan Rujukan", "sub kegiatan", undefined, 400_000, 500_000, 400_000, pct(80)],
      ["1.06.05", "Program Perlindungan Sosial", "program", 2, 500_000, 500_000, 250_000, pct(50)],
      ["1.06.05.2.01", "Pengelolaan Data Fakir Miskin", "kegiatan", undefined, 500_000, 500_000, 250_000, pct(50)],
      ["1.06.05.2.01.0001", "Pendataan Fakir Miskin", "sub kegiatan", undefined, 500_000, 500_000, 250_000, pct(50)],
      [undefined, "Jumlah", undefined, undefined, sum("SUM(E2,E8)", 1_500_000), sum("SUM(F2,F8)", 1_700_000), sum("SUM(G2,G8)", 1_250_000), pct(73.53)],
    ],
    //  A                  B           C         D         E            F
    PPKS: [
      ["Kategori", "Kode IKU", "Satuan", "Target", "Realisasi", "Capaian"],
      ["Anak terlantar", "IKU-1", "orang", 10_000, 9_825, pct(98.25)],
      ["Lanjut usia terlantar", undefined, "orang", 10_000, 10_000, pct(100)],
      ["Jumlah", undefined, undefined, sum("SUM(D2:D3)", 20_000), sum("SUM(E2:E3)", 19_825), pct(99.13)],
    ],
    //  A               B           C            D         E         F            G
    "Indikator Program": [
      ["Kode", "Program", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"],
      ["1.06.02.2.01", "Program Rehabilitasi Sosial", "Persentase lansia terlayani", "%", 100, 95, pct(95)],
      ["1.06.02.2.02", undefined, "Jumlah dokumen rujukan", "dokumen", 6, 6, pct(100)],
    ],
    // the analysis only the office can write, for every sasaran and every indicator (narasi/kunci-hilang)
    Narasi: [
      ["Bagian", "Teks"],
      ...[1, 2].flatMap((n) =>
        ["penyebab", "penghambat", "solusi", "langkah", "sisa anggaran"].map((k) => [`${k} sasaran ${n}`, `Uraian ${k} sasaran ${n}.`]),
      ),
      ...["IKU-1", "IKU-2", "IKU-3"].flatMap((kode) => ["penghambat", "solusi"].map((k) => [`${k} ${kode}`, `Uraian ${k} ${kode}.`])),
    ],
  };
}

/** Sets `Sheet!A1` in the sheets (undefined clears the cell). */
export function set(sheets: Sheets, ref: string, value: CellInput | undefined): Sheets {
  const i = ref.lastIndexOf("!");
  const name = ref.slice(0, i).replace(/^'|'$/g, "");
  const m = /^([A-Z]+)(\d+)$/.exec(ref.slice(i + 1))!;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
  const rows = sheets[name] ?? (sheets[name] = []);
  const r = Number(m[2]) - 1;
  while (rows.length <= r) rows.push([]);
  const row = rows[r]!;
  while (row.length < col) row.push(undefined as unknown as CellInput);
  row[col - 1] = value as CellInput;
  return sheets;
}

/** The sheets with some cells set. */
export function withCells(cells: Record<string, CellInput | undefined>, sheets: Sheets = baseSheets()): Sheets {
  for (const [ref, v] of Object.entries(cells)) set(sheets, ref, v);
  return sheets;
}

export function toInputs(sheets: Sheets): SheetInput[] {
  return Object.entries(sheets).map(([name, rows]) => ({ name, rows }));
}

/** Writes, reads, computes and checks the sheets. */
export async function check(sheets: Sheets, config: CheckConfig = {}): Promise<CheckResult> {
  const file = await writeWorkbook(toInputs(sheets));
  const model = await readWorkbook(file);
  return checkModel(model, computeLkip(model), config);
}

/** The findings of one rule. */
export function of(result: CheckResult, rule: string): Finding[] {
  return result.findings.filter((f) => f.rule === rule);
}

/** `rule sheet!cell` of every finding, for compact assertions. */
export function where(result: CheckResult): string[] {
  return result.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell ?? "-"}`);
}

export { pct, sum };
