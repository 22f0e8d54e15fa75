// The bad-input corpus: malformed workbooks made by mutating the shipped example, each a named, readable mutation.
// Used by test/corpus/corpus.test.ts, which runs `lkip check` and `lkip build` on every one of them.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { zipSync } from "fflate";
import { ooxmlEscaped } from "../helpers/workbook.js";

export interface Case {
  name: string;
  file: string;
  /** Expected to be refused before reading (exit 2), e.g. not a workbook at all. */
  unreadable: boolean;
}

type Mutation = (wb: ExcelJS.Workbook) => void;

const SHEETS = ["Profil", "IKU", "PK", "Anggaran", "PPKS", "Narasi", "Indikator Program", "Standar", "Skala"];
const NUMERIC: Record<string, string[]> = {
  IKU: ["I", "J", "K", "L", "M", "N", "O", "P"],
  PK: ["F", "G", "H", "I", "J", "K", "L", "M", "N"],
  Anggaran: ["E", "F", "G", "H"],
  PPKS: ["F", "G", "H"],
  "Indikator Program": ["G", "H", "I"],
};

const ws = (wb: ExcelJS.Workbook, name: string) => wb.getWorksheet(name)!;
const set = (sheet: string, address: string, value: ExcelJS.CellValue): Mutation => (wb) => {
  ws(wb, sheet).getCell(address).value = value;
};

/** Required headers per sheet (workbook-v1 "Precise rules"), as columns of the example. */
const REQUIRED_HEADERS: Record<string, string[][]> = {
  Profil: [["A"], ["B"], ["A", "B"]],
  // every Target <year>: the Renstra years (I–M) and the past years beside their Realisasi (N, P, R)
  IKU: [["D"], ["I", "J", "K", "L", "M", "N", "P", "R"], ["D", "E"]],
  PK: [["C"], ["F"], ["G", "H", "I"], ["G", "I"], ["G", "H"]],
  Anggaran: [["B"], ["G"], ["E", "F"], ["B", "G"]],
  PPKS: [["A"], ["G"], ["A", "G"]],
};
const MAIN = ["Profil", "IKU", "PK", "Anggaran"];

/** Every mutation here makes the workbook wrong in a way `lkip check` must report as an error (or refuse, exit 2). */
/** Sets the Isi of a Profil key, wherever its row is. */
const setProfil = (key: string, value: ExcelJS.CellValue): Mutation => (wb) => {
  const sheet = ws(wb, "Profil");
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(`A${r}`).value === key) sheet.getCell(`B${r}`).value = value;
};

function mutations(): [string, Mutation][] {
  const out: [string, Mutation][] = [];
  // The sheets the document needs: missing, renamed beyond recognition, or emptied (header and all).
  for (const s of MAIN) {
    out.push([`tanpa-sheet-${s}`, (wb) => wb.removeWorksheet(ws(wb, s).id)]);
    out.push([`sheet-diganti-nama-${s}`, (wb) => (ws(wb, s).name = `${s} lama (jangan dipakai)`)]);
    out.push([`sheet-kosong-${s}`, (wb) => {
      const sheet = ws(wb, s);
      const name = sheet.name;
      wb.removeWorksheet(sheet.id);
      wb.addWorksheet(name);
    }]);
  }
  out.push(["hanya-petunjuk", (wb) => SHEETS.forEach((s) => wb.removeWorksheet(ws(wb, s).id))]);
  // Required headers removed or renamed (one, or several that must go together).
  for (const [s, groups] of Object.entries(REQUIRED_HEADERS)) {
    for (const cols of groups) {
      out.push([`judul-${s}-${cols.join("")}-dihapus`, (wb) => cols.forEach((c) => (ws(wb, s).getCell(`${c}1`).value = null))]);
      out.push([`judul-${s}-${cols.join("")}-diganti`, (wb) => cols.forEach((c, i) => (ws(wb, s).getCell(`${c}1`).value = `Kolom ${i + 1} ???`))]);
    }
  }
  // What cannot be a number, in number cells: text, dates, TRUE/FALSE, in three rows of every numeric column.
  for (const [s, cols] of Object.entries(NUMERIC)) {
    for (const col of cols) {
      for (const row of [2, 3, 4]) out.push([`teks-di-angka-${s}-${col}${row}`, set(s, `${col}${row}`, "sekitar seratus")]);
      out.push([`tanggal-di-angka-${s}-${col}3`, (wb) => {
        const cell = ws(wb, s).getCell(`${col}3`);
        cell.value = new Date(Date.UTC(2025, 5, 1));
        cell.numFmt = "dd/mm/yyyy";
      }]);
      out.push([`benar-salah-di-angka-${s}-${col}4`, set(s, `${col}4`, true)]);
    }
  }
  // Huge and negative amounts where a total or a parent must add up.
  for (const [s, col] of [["Anggaran", "E"], ["Anggaran", "F"], ["Anggaran", "G"], ["PPKS", "G"]] as const) {
    out.push([`angka-raksasa-${s}-${col}3`, set(s, `${col}3`, 1e300)]);
    out.push([`angka-negatif-${s}-${col}3`, set(s, `${col}3`, -987654321.5)]);
    out.push([`angka-teks-raksasa-${s}-${col}3`, set(s, `${col}3`, "9".repeat(400))]);
  }
  out.push(["tahun-negatif", setProfil("Tahun", -2025)]);
  out.push(["tahun-teks", setProfil("Tahun", "dua ribu dua lima")]);
  out.push(["desimal-besar", setProfil("Desimal", 99)]);
  out.push(["desimal-pecahan", setProfil("Desimal", "1,5")]);
  // Formulas never calculated, and error values, in every numeric column.
  for (const [s, cols] of Object.entries(NUMERIC)) {
    for (const col of cols) {
      out.push([`rumus-tanpa-nilai-${s}-${col}2`, set(s, `${col}2`, { formula: `${col}3*2` } as ExcelJS.CellFormulaValue)]);
      const err = (["#DIV/0!", "#REF!", "#N/A", "#VALUE!"] as const)[col.charCodeAt(0) % 4]!;
      out.push([`galat-${err.replace(/\W/g, "")}-${s}-${col}3`, set(s, `${col}3`, { formula: "1/0", result: { error: err } } as ExcelJS.CellFormulaValue)]);
    }
  }
  // Merged cells in odd places: over required headers, over amounts that must add up.
  out.push(["gabung-judul-PK", (wb) => ws(wb, "PK").mergeCells("F1:I1")]);
  out.push(["gabung-judul-Anggaran", (wb) => ws(wb, "Anggaran").mergeCells("A1:C1")]);
  out.push(["gabung-judul-IKU", (wb) => ws(wb, "IKU").mergeCells("C1:D1")]);
  out.push(["gabung-angka-Anggaran", (wb) => ws(wb, "Anggaran").mergeCells("E2:G4")]);
  out.push(["gabung-angka-PPKS", (wb) => ws(wb, "PPKS").mergeCells("G2:G4")]);
  out.push(["gabung-PPKS-baris", (wb) => ws(wb, "PPKS").mergeCells("E2:H3")]);
  // Thousands of empty (styled) rows, with a mistake after them: reading must get through and still find it.
  out.push(["ribuan-baris-kosong-Anggaran", (wb) => {
    const sheet = ws(wb, "Anggaran");
    for (let r = 60; r < 20_000; r++) sheet.getCell(`B${r}`).style = { font: { bold: true } };
    sheet.getCell("G3").value = "sekitar seratus";
  }]);
  out.push(["ribuan-baris-spasi-PK", (wb) => {
    const sheet = ws(wb, "PK");
    for (let r = 10; r < 5_000; r++) sheet.getCell(`C${r}`).value = " ";
    sheet.getCell("F5000").value = "seratus";
    sheet.getCell("C5000").value = "Indikator di baris terakhir";
  }]);
  // Budget rows with no way to place them in the hierarchy; letters and ranges where they are not allowed.
  out.push(["anggaran-tanpa-level-kode", (wb) => {
    const sheet = ws(wb, "Anggaran");
    for (let r = 2; r <= sheet.rowCount; r++) {
      sheet.getCell(`A${r}`).value = null;
      sheet.getCell(`C${r}`).value = null;
    }
  }]);
  out.push(["anggaran-level-asing", set("Anggaran", "C3", "sub-sub kegiatan")]);
  out.push(["pk-huruf-tanpa-satuan-predikat", set("PK", "F2", "BB")]);
  out.push(["pk-rentang-di-realisasi", set("PK", "G2", "4,25-4,30")]);
  // Hostile values (issue 15): each also carries one plain mistake, so `check` has an error to report.
  const mistake = set("Anggaran", "G3", "sekitar seratus");
  const both = (...ms: Mutation[]): Mutation => (wb) => ms.forEach((m) => m(wb));
  out.push(["tanggal-serial-1e15", (wb) => {
    setProfil("Tanggal", 1e15)(wb);
    const sheet = ws(wb, "Profil");
    for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(`A${r}`).value === "Tanggal") sheet.getCell(`B${r}`).numFmt = "dd/mm/yyyy";
  }]);
  out.push(["angka-teks-300000-digit", set("Anggaran", "G3", "9".repeat(300_000))]);
  out.push(["karakter-terlarang-xml", both(setProfil("Nama Instansi", ooxmlEscaped("Dinas\uFFFE Sosial\u0001")), set("PK", "C2", ooxmlEscaped("Indikator\uFFFF\uD800")), mistake)]);
  out.push(["escape-terminal-dan-baris-palsu", both(setProfil("Nama Instansi", ooxmlEscaped("\u001b[2J\u001b]0;judul\u0007Dinas")), set("Anggaran", "G3", "seratus\n✔ Tidak ada temuan"))]);
  // The hostile logos (/dev/zero, a path out of the folder, a PNG claiming 4294967295×1 px) are in
  // test/report/logo.test.ts: they are warnings of a build that goes on, which a workbook with an error never reaches.
  return out;
}

/** Files that are not workbooks at all, under an .xlsx name. */
function notWorkbooks(example: Buffer): [string, Buffer][] {
  const cfb = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const out: [string, Buffer][] = [
    ["kosong", Buffer.alloc(0)],
    ["teks-biasa", Buffer.from("Nama Instansi;Dinas Sosial\nTahun;2025\n")],
    ["pdf", Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n")],
    ["png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array(64).fill(0)])],
    ["acak", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))],
    ["xls-lama", Buffer.concat([cfb, Buffer.alloc(4096)])],
    ["terenkripsi", Buffer.concat([cfb, Buffer.alloc(512), Buffer.from("EncryptionInfo", "utf16le"), Buffer.alloc(2048)])],
    ["zip-kosong", Buffer.from(zipSync({}))],
    ["zip-bukan-excel", Buffer.from(zipSync({ "catatan.txt": new TextEncoder().encode("halo") }))],
    ["bom-zip", Buffer.from(zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(200 * 1024 * 1024) }, { level: 9 }))],
  ];
  for (const frac of [0.05, 0.25, 0.5, 0.75, 0.95, 0.999]) out.push([`terpotong-${Math.round(frac * 1000)}`, example.subarray(0, Math.floor(example.length * frac))]);
  return out;
}

/** Writes the whole corpus into `dir` and returns its cases. */
export async function writeCorpus(exampleFile: string, dir: string): Promise<Case[]> {
  const { readFileSync } = await import("node:fs");
  const example = readFileSync(exampleFile);
  const cases: Case[] = [];
  for (const [name, mutate] of mutations()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(example as unknown as ArrayBuffer);
    mutate(wb);
    const file = join(dir, `${name}.xlsx`);
    await wb.xlsx.writeFile(file);
    cases.push({ name, file, unreadable: false });
  }
  for (const [name, bytes] of notWorkbooks(example)) {
    const file = join(dir, `${name}.xlsx`);
    writeFileSync(file, bytes);
    cases.push({ name, file, unreadable: true });
  }
  return cases;
}
