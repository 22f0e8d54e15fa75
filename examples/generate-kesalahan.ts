// Writes the example workbook with planted mistakes: `node dist/examples/generate-kesalahan.js` (after `npm run build`).
// It loads the clean example (examples/dinas-sosial-kota-bekasi-2025.xlsx, written by generate.ts), plants one mistake
// of each kind `lkip check` finds, and writes
//   examples/dinas-sosial-kota-bekasi-2025-dengan-kesalahan.xlsx   the workbook, and
//   examples/dinas-sosial-kota-bekasi-2025-dengan-kesalahan.json   what was planted where, and the findings expected
// (test/check/examples.test.ts compares the second with what `lkip check` reports on the first).
// Each mistake is planted so that it breaks only what it is about: where a figure feeds a stated percentage, the
// percentage is kept consistent with it, so the list of findings is exactly the list of mistakes.
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Decimal } from "decimal.js";
import ExcelJS from "exceljs";
import type { Severity } from "../src/model/types.js";

export const SOURCE_FILE = "dinas-sosial-kota-bekasi-2025.xlsx";
export const OUTPUT_FILE = "dinas-sosial-kota-bekasi-2025-dengan-kesalahan.xlsx";
export const PLAN_FILE = "dinas-sosial-kota-bekasi-2025-dengan-kesalahan.json";

export interface ExpectedFinding {
  rule: string;
  severity: Severity;
  sheet: string;
  cell?: string;
}

export interface Planted {
  /** What was done to the workbook, in Indonesian. */
  kesalahan: string;
  /** The cells changed. */
  sel: string[];
  /** The findings `lkip check` must report for it. */
  temuan: ExpectedFinding[];
}

export interface PlantPlan {
  sumber: string;
  berkas: string;
  kesalahan: Planted[];
}

type Value = ExcelJS.CellValue;

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`sheet ${name} tidak ada di ${SOURCE_FILE}`);
  return ws;
}

function num(ws: ExcelJS.Worksheet, address: string): Decimal {
  const v = ws.getCell(address).value;
  if (typeof v === "number") return new Decimal(String(v));
  if (v && typeof v === "object" && "result" in v && typeof v.result === "number") return new Decimal(String(v.result));
  throw new Error(`${ws.name}!${address} bukan angka`);
}

function set(ws: ExcelJS.Worksheet, address: string, value: Value): void {
  ws.getCell(address).value = value;
}

/** `a / b × 100` rounded half-up to 2 decimals, as the example writes its percentages. */
function pct(a: Decimal.Value, b: Decimal.Value): number {
  return new Decimal(a).div(b).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();
}

/** Adds a row below `from`, copying its styles, and fills it with `values` (column A first). */
function addRowLike(ws: ExcelJS.Worksheet, from: number, at: number, values: Value[]): void {
  const source = ws.getRow(from);
  const row = ws.getRow(at);
  for (let c = 1; c <= ws.columnCount; c++) {
    row.getCell(c).style = { ...source.getCell(c).style };
    row.getCell(c).value = null;
  }
  values.forEach((v, i) => {
    if (v !== undefined && v !== null) row.getCell(i + 1).value = v;
  });
}

const f = (rule: string, severity: Severity, sheetName: string, cell?: string): ExpectedFinding => ({
  rule,
  severity,
  sheet: sheetName,
  ...(cell ? { cell } : {}),
});

/** Writes `values` (keyed by header) on a new row at the bottom of a table sheet; returns the row's number. */
function appendByHeader(ws: ExcelJS.Worksheet, values: Record<string, Value>): number {
  const at = ws.actualRowCount + 1;
  const headers = new Map<string, number>();
  ws.getRow(1).eachCell((c, col) => {
    headers.set(String(c.value), col);
  });
  for (const [h, v] of Object.entries(values)) {
    const col = headers.get(h);
    if (col === undefined) throw new Error(`${ws.name} tidak punya kolom ${h}`);
    ws.getCell(at, col).value = v;
  }
  return at;
}

/** Plants the mistakes into the (clean) example workbook and returns what was planted. */
export function plant(wb: ExcelJS.Workbook): Planted[] {
  const out: Planted[] = [];
  const profil = sheet(wb, "Profil");
  const iku = sheet(wb, "IKU");
  const pk = sheet(wb, "PK");
  const ang = sheet(wb, "Anggaran");
  const ppks = sheet(wb, "PPKS");
  const ip = sheet(wb, "Indikator Program");
  const cas = sheet(wb, "Cascading");

  // --- Anggaran ---------------------------------------------------------------------------------------------------
  set(ang, "E26", 1_377_469_800);
  out.push({
    kesalahan: "Pagu awal sub kegiatan 1.06.05.2.02.0001 salah ketik (1.377.469.800, seharusnya 1.377.649.800): kegiatannya tidak lagi sama dengan jumlah sub kegiatannya",
    sel: ["Anggaran!E26"],
    temuan: [f("anggaran/hierarki", "error", "Anggaran", "E25")],
  });

  set(ang, "A31", "1.06.05.2.01.0002");
  out.push({
    kesalahan: "Kode sub kegiatan Penyediaan Sandang ditulis 1.06.05.2.01.0002 di bawah kegiatan 1.06.06.2.01",
    sel: ["Anggaran!A31"],
    temuan: [f("anggaran/kode-induk", "error", "Anggaran", "A31")],
  });

  set(ang, "A35", "1.06.06.2.02.0001");
  out.push({
    kesalahan: "Kode sub kegiatan 1.06.06.2.02.0002 disalin dari baris di atasnya (1.06.06.2.02.0001)",
    sel: ["Anggaran!A35"],
    temuan: [f("anggaran/kode-ganda", "error", "Anggaran", "A35")],
  });

  set(ang, "H18", 87.71);
  out.push({
    kesalahan: "Persen sub kegiatan Penyediaan Permakanan ditulis 87,71 (seharusnya 81,71)",
    sel: ["Anggaran!H18"],
    temuan: [f("anggaran/serapan", "error", "Anggaran", "H18")],
  });

  // 1.306.664.516 / 1.380.000.000 = 94,6858…%: truncated to 94,68 instead of rounded to 94,69
  set(ang, "H20", new Decimal(num(ang, "G20")).div(num(ang, "F20")).times(100).toDecimalPlaces(2, Decimal.ROUND_DOWN).toNumber());
  out.push({
    kesalahan: "Persen sub kegiatan 1.06.04.2.01.0006 dipotong (94,68) alih-alih dibulatkan (94,69)",
    sel: ["Anggaran!H20"],
    temuan: [f("angka/pembulatan", "info", "Anggaran", "H20")],
  });

  // Realisasi moved between two sub kegiatan of the same kegiatan: the kegiatan still adds up, one sub kegiatan overspends.
  const g9 = new Decimal(400_000_000);
  const g10 = num(ang, "G9").plus(num(ang, "G10")).minus(g9);
  set(ang, "G9", g9.toNumber());
  set(ang, "G10", g10.toNumber());
  set(ang, "H9", pct(g9, num(ang, "F9")));
  set(ang, "H10", pct(g10, num(ang, "F10")));
  out.push({
    kesalahan: "Realisasi sub kegiatan 1.06.01.2.08.0002 (Rp 400.000.000) melebihi pagu perubahannya (Rp 386.500.000)",
    sel: ["Anggaran!G9", "Anggaran!G10", "Anggaran!H9", "Anggaran!H10"],
    temuan: [f("anggaran/melebihi-pagu", "warning", "Anggaran", "G9")],
  });

  // A correction typed as a negative pagu awal; the kegiatan's sum is unchanged.
  const e35 = new Decimal(-150_000_000);
  set(ang, "E34", num(ang, "E34").plus(num(ang, "E35")).minus(e35).toNumber());
  set(ang, "E35", e35.toNumber());
  out.push({
    kesalahan: "Pagu awal sub kegiatan 1.06.06.2.02.0002 ditulis negatif (-150.000.000) sebagai koreksi",
    sel: ["Anggaran!E34", "Anggaran!E35"],
    temuan: [f("angka/negatif", "warning", "Anggaran", "E35")],
  });

  set(ang, "D28", "7");
  out.push({
    kesalahan: "Program Penanganan Bencana menunjuk sasaran 7, padahal PK hanya punya 4 sasaran",
    sel: ["Anggaran!D28"],
    temuan: [f("anggaran/sasaran-tidak-dikenal", "warning", "Anggaran", "D28")],
  });

  // The Jumlah row's SUM over program rows: pagu awal saved with an old result (not recalculated) …
  const e40 = ang.getCell("E40").value as ExcelJS.CellFormulaValue;
  set(ang, "E40", { formula: e40.formula, result: num(ang, "E40").plus(250_000_000).toNumber() } as ExcelJS.CellFormulaValue);
  out.push({
    kesalahan: "Jumlah pagu awal (E40) tersimpan dengan hasil lama Rp 250.000.000 lebih besar: workbook tidak dihitung ulang",
    sel: ["Anggaran!E40"],
    temuan: [f("jumlah/total", "error", "Anggaran", "E40"), f("rumus/usang", "error", "Anggaran", "E40")],
  });

  // … and pagu perubahan's SUM leaves out the last program while its stored result still shows the right total.
  set(ang, "F40", { formula: "SUM(F2,F11,F16,F24,F28)", result: num(ang, "F40").toNumber() } as ExcelJS.CellFormulaValue);
  out.push({
    kesalahan: "Rumus jumlah pagu perubahan (F40) tidak mencakup program 1.06.07 (baris 36), walau nilai tersimpannya masih benar",
    sel: ["Anggaran!F40"],
    temuan: [f("rumus/rentang-jumlah", "error", "Anggaran", "F40"), f("rumus/usang", "error", "Anggaran", "F40")],
  });

  // --- PPKS -------------------------------------------------------------------------------------------------------
  set(ppks, "F11", 20_640);
  set(ppks, "G3", 410);
  set(ppks, "H3", pct(410, num(ppks, "F3")));
  set(ppks, "G4", String(num(ppks, "G4").toNumber()));
  set(ppks, "G11", { formula: "SUM(G2:G10)", result: num(ppks, "G11").plus(10).toNumber() } as ExcelJS.CellFormulaValue);
  set(ppks, "H11", pct(num(ppks, "G11"), 20_640));
  out.push({
    kesalahan: "Jumlah target PPKS diketik 20.640 (seharusnya 20.604); capaian baris Jumlah dihitung dari angka itu",
    sel: ["PPKS!F11", "PPKS!H11"],
    temuan: [f("jumlah/total", "error", "PPKS", "F11")],
  });
  out.push({
    kesalahan: "Realisasi anak terlantar ditulis 410 (PK mencatat pembilang 19.825): rincian PPKS tidak lagi sama dengan pembilang IKU-1",
    sel: ["PPKS!G3", "PPKS!H3", "PPKS!G11"],
    temuan: [f("ppks/pembilang", "error", "PK", "H2")],
  });
  out.push({
    kesalahan: "Realisasi lanjut usia terlantar (G4) ditulis sebagai teks \"300\" di dalam rentang SUM baris Jumlah",
    sel: ["PPKS!G4"],
    temuan: [f("rumus/teks-dalam-sum", "warning", "PPKS", "G11")],
  });

  set(ppks, "H9", 75.82);
  out.push({
    kesalahan: "Capaian fakir miskin penerima BLT (APBD) ditulis 75,82 (seharusnya 78,52: 2.032 / 2.588)",
    sel: ["PPKS!H9"],
    temuan: [f("ppks/capaian", "error", "PPKS", "H9")],
  });

  addRowLike(ppks, 10, 12, ["Korban tindak kekerasan", "IKU-8", "Program Rehabilitasi Sosial", undefined, "orang", 20, 15, 75]);
  out.push({
    kesalahan: "Baris PPKS baru menunjuk kode IKU-8 yang tidak ada di PK",
    sel: ["PPKS!A12:H12"],
    // the row is also left out of the report, which check says as information
    temuan: [f("ppks/kode-tidak-dikenal", "warning", "PPKS", "B12"), f("data/tidak-dicetak", "info", "PPKS", "A12")],
  });

  // --- PK ---------------------------------------------------------------------------------------------------------
  set(pk, "G2", 15.28);
  out.push({
    kesalahan: "Realisasi IKU-1 ditulis 15,28 (angka tertukar; 19.825 / 125.326 = 15,82%)",
    sel: ["PK!G2"],
    temuan: [f("pk/rasio", "error", "PK", "G2")],
  });

  // IKU-3 has negative polarity: 3,94 against 4,01 is (2 × 4,01 − 3,94) / 4,01 = 101,75%, not 3,94 / 4,01 = 98,25%.
  set(pk, "J4", 98.25);
  out.push({
    kesalahan: "Capaian IKU-3 (polaritas negatif) dihitung dengan rumus positif: 98,25 alih-alih 101,75",
    sel: ["PK!J4"],
    temuan: [f("pk/capaian", "error", "PK", "J4")],
  });

  set(pk, "F5", 10_900);
  set(pk, "J5", pct(num(pk, "G5"), 10_900));
  out.push({
    kesalahan: "Target PK IKU-4 ditulis 10.900, sedangkan target 2025 di IKU 10.928",
    sel: ["PK!F5", "PK!J5"],
    temuan: [f("pk/target-iku", "warning", "PK", "F5")],
  });

  set(pk, "L5", 2_360);
  out.push({
    kesalahan: "Realisasi TW2 IKU-4 salah ketik (2.360, seharusnya 2.630): keempat triwulan tidak lagi berjumlah 10.149",
    sel: ["PK!L5"],
    temuan: [f("pk/triwulan", "error", "PK", "G5")],
  });

  set(pk, "G6", null);
  out.push({
    kesalahan: "Realisasi IKU-5 (predikat AKIP) dikosongkan",
    sel: ["PK!G6"],
    temuan: [f("pk/tanpa-realisasi", "warning", "PK", "G6")],
  });

  set(pk, "A3", "IKU-9");
  set(pk, "C3", "Persentase PSKS yang aktif");
  out.push({
    kesalahan: "Indikator PK kedua diberi kode IKU-9 dan nama lain, sehingga tidak cocok dengan IKU mana pun",
    sel: ["PK!A3", "PK!C3"],
    // the cascade carries IKU-2, so the renamed PK indicator is carried by nobody either
    temuan: [f("pk/tanpa-iku", "warning", "PK", "C3"), f("cascading/dukungan", "warning", "PK", "C3")],
  });

  // Two indicators added to IKU and PK: one whose realisasi is a count where a percentage belongs, one with target 0.
  addRowLike(iku, 6, 7, [
    "IKU-6",
    undefined,
    undefined,
    "Persentase pengaduan masyarakat yang ditindaklanjuti",
    "%",
    "positif",
    "Jumlah pengaduan yang ditindaklanjuti / Jumlah pengaduan × 100",
    85,
    90,
    92,
    94,
    96,
    98,
  ]);
  addRowLike(pk, 6, 7, [
    "IKU-6",
    undefined,
    "Persentase pengaduan masyarakat yang ditindaklanjuti",
    "%",
    "positif",
    90,
    342,
    undefined,
    undefined,
    380,
  ]);
  // the new indicator is cascaded (the Kepala Dinas carries it, the Sekretaris serves it), so it breaks nothing else
  const iku6 = [
    appendByHeader(cas, { Kode: "1", Indikator: "Persentase pengaduan masyarakat yang ditindaklanjuti", Satuan: "%", "Kode IKU": "IKU-6" }),
    appendByHeader(cas, { Kode: "1.1", Indikator: "Persentase pengaduan masyarakat yang dijawab dalam lima hari kerja", Satuan: "%", "Kode IKU": "IKU-6" }),
  ];
  out.push({
    kesalahan: "Realisasi IKU-6 ditulis sebagai jumlah pengaduan (342), bukan persentase: capaian 380%",
    sel: ["IKU!A7:M7", "PK!A7:J7", ...iku6.map((r) => `Cascading!A${r}:L${r}`)],
    temuan: [f("capaian/batas", "warning", "PK", "J7")],
  });

  addRowLike(iku, 6, 8, ["IKU-7", undefined, undefined, "Jumlah anak jalanan yang belum tertangani", "orang", "negatif", "Jumlah anak jalanan yang belum tertangani pada akhir tahun", 12, 0, 0, 0, 0, 0]);
  addRowLike(pk, 6, 8, ["IKU-7", undefined, "Jumlah anak jalanan yang belum tertangani", "orang", "negatif", 0, 3]);
  const iku7 = [
    appendByHeader(cas, { Kode: "1", Indikator: "Jumlah anak jalanan yang belum tertangani", Satuan: "orang", "Kode IKU": "IKU-7" }),
    appendByHeader(cas, { Kode: "1.2", Indikator: "Jumlah anak jalanan yang dijangkau layanan rehabilitasi sosial", Satuan: "orang", "Kode IKU": "IKU-7" }),
  ];
  out.push({
    kesalahan: "Target IKU-7 bernilai 0 (nol anak jalanan): capaian tidak dapat dihitung",
    sel: ["IKU!A8:M8", "PK!A8:G8", ...iku7.map((r) => `Cascading!A${r}:L${r}`)],
    temuan: [f("pk/target-nol", "warning", "PK", "F8")],
  });

  // --- Indikator Program ------------------------------------------------------------------------------------------
  set(ip, "I7", 92.78);
  out.push({
    kesalahan: "Capaian indikator program keluarga miskin penerima BLT ditulis 92,78 (seharusnya 92,87: 10.149 / 10.928)",
    sel: ["'Indikator Program'!I7"],
    temuan: [f("indikator-program/capaian", "error", "Indikator Program", "I7")],
  });

  set(ip, "G9", 0);
  out.push({
    kesalahan: "Target jumlah dokumen perencanaan ditulis 0: capaian 100% di sebelahnya tidak dapat diperiksa",
    sel: ["'Indikator Program'!G9"],
    temuan: [f("angka/penyebut-nol", "info", "Indikator Program", "I9")],
  });

  // --- IKU: reading problems ----------------------------------------------------------------------------------------
  set(iku, "N5", "8.415 KK");
  out.push({
    kesalahan: "Realisasi 2022 IKU-4 ditulis dengan satuannya (\"8.415 KK\")",
    sel: ["IKU!N5"],
    temuan: [f("baca/bukan-angka", "error", "IKU", "N5")],
  });

  set(iku, "O5", "9.102");
  out.push({
    kesalahan: "Realisasi 2023 IKU-4 ditulis sebagai teks \"9.102\" (dibaca sembilan ribu seratus dua)",
    sel: ["IKU!O5"],
    temuan: [f("baca/angka-ambigu", "info", "IKU", "O5")],
  });

  set(iku, "P5", { formula: "O5+768" } as ExcelJS.CellFormulaValue);
  out.push({
    kesalahan: "Realisasi 2024 IKU-4 berupa rumus yang belum pernah dihitung (tanpa nilai tersimpan)",
    sel: ["IKU!P5"],
    temuan: [f("baca/rumus-tanpa-nilai", "error", "IKU", "P5")],
  });

  set(iku, "N3", { error: "#N/A" } as ExcelJS.CellErrorValue);
  out.push({
    kesalahan: "Realisasi 2022 IKU-2 berisi nilai galat #N/A",
    sel: ["IKU!N3"],
    temuan: [f("baca/nilai-galat", "error", "IKU", "N3")],
  });

  // --- Cascading ----------------------------------------------------------------------------------------------------
  set(cas, "D2", "19780314 199803 1 00");
  out.push({
    kesalahan: "NIP Kepala Dinas di Cascading kehilangan satu angka (17 angka), seperti pada dokumen cascading Bekasi 2026; di Struktur NIP-nya 18 angka",
    sel: ["Cascading!D2"],
    temuan: [f("nip/tidak-sah", "warning", "Cascading", "D2"), f("nip/berbeda", "warning", "Cascading", "D2")],
  });

  // --- Profil -------------------------------------------------------------------------------------------------------
  set(profil, "B5", null);
  out.push({
    kesalahan: "Nama Kepala di Profil dikosongkan",
    sel: ["Profil!B5"],
    temuan: [f("profil/kunci-hilang", "warning", "Profil", "B5")],
  });

  return out;
}

async function main(): Promise<void> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dir = path.resolve(here, "..", "..", "examples");
  const source = path.join(dir, SOURCE_FILE);
  if (!existsSync(source)) throw new Error(`${source} belum ada; jalankan dulu: node dist/examples/generate.js`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(source);
  const planted = plant(wb);
  wb.modified = wb.created;
  const out = path.join(dir, OUTPUT_FILE);
  await wb.xlsx.writeFile(out);
  const plan: PlantPlan = { sumber: SOURCE_FILE, berkas: OUTPUT_FILE, kesalahan: planted };
  await writeFile(path.join(dir, PLAN_FILE), JSON.stringify(plan, null, 2) + "\n");
  console.log(`ditulis: ${path.relative(process.cwd(), out) || out} (${planted.length} kesalahan)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
