// Messages of the workbook reader: what was found in a cell and why it cannot be used as is.
import type { Decimal } from "decimal.js";
import { formatNumber, formatPlain } from "../format.js";
import { terbilang } from "../terbilang.js";

export const fileNotFound = (file: string) => `Berkas tidak ditemukan: ${file}`;
export const notAFile = (file: string) => `Bukan berkas: ${file} (sebuah folder?)`;
export const notXlsx = (file: string) =>
  `${file} bukan workbook Excel (.xlsx) yang dapat dibaca: berkas rusak, terpotong, atau berformat lain`;
export const encrypted = (file: string) =>
  `${file} dilindungi kata sandi (terenkripsi); simpan ulang tanpa kata sandi lalu coba lagi`;
export const legacyXls = (file: string) =>
  `${file} berformat Excel lama (.xls); simpan ulang sebagai .xlsx lalu coba lagi`;
export const csvInput = (file: string, separator: string) =>
  `${file} adalah teks berpemisah ${separator} (CSV/TSV), bukan workbook; salin isinya ke sheet yang sesuai pada workbook dari "lkip init", lalu simpan sebagai .xlsx`;
export const pdfInput = (file: string) =>
  `${file} adalah PDF, bukan workbook; angkanya perlu disalin ke workbook dari "lkip init" yang disimpan sebagai .xlsx`;
export const odsInput = (file: string) =>
  `${file} adalah spreadsheet OpenDocument (.ods); buka di LibreOffice Calc lalu simpan sebagai .xlsx (Simpan Sebagai, jenis Excel 2007-365)`;
export const xlsbInput = (file: string) =>
  `${file} adalah workbook biner Excel (.xlsb); buka di Excel lalu simpan sebagai .xlsx (Excel Workbook)`;
export const htmlInput = (file: string) =>
  `${file} adalah halaman web (HTML) yang diberi nama seperti workbook, biasanya unduhan dari aplikasi; buka di Excel lalu simpan sebagai .xlsx`;
export const xmlSpreadsheetInput = (file: string) =>
  `${file} adalah XML Spreadsheet 2003, bukan .xlsx; buka di Excel lalu simpan sebagai .xlsx`;
export const docxInput = (file: string) =>
  `${file} adalah dokumen Word (.docx), bukan workbook; perintah ini membaca workbook .xlsx (lihat "lkip init")`;
export const tooLarge = (file: string, what: string, limit: string) =>
  `${file} terlalu besar untuk dibaca: ${what} melebihi batas ${limit}`;
export const cannotRead = (file: string, reason: string) => `${file} tidak dapat dibaca: ${reason}`;
export const reasonNoPermission = "tidak ada izin membaca berkas ini";
export const reasonReadFailed = (code: string) => `galat sistem berkas ${code}`;

export const missingSheet = (sheet: string, forWhat: string) => `Sheet "${sheet}" tidak ada; diperlukan untuk ${forWhat}`;
export interface HeaderDiagnosis {
  /** The row most like a header row. */
  row: number;
  /** Every header written on it, left to right. */
  written: string[];
  /** Required columns missing there, each with the written header most like it. */
  missing: { name: string; closest?: string; otherYear: boolean }[];
  reportYear?: number;
}

const quoted = (texts: string[]) => texts.map((t) => `"${t}"`).join(", ");

function missingColumn(m: HeaderDiagnosis["missing"][number], reportYear: number | undefined): string {
  if (m.closest === undefined) return `${m.name} (tidak ada judul yang mirip)`;
  if (m.otherYear) return `${m.name} (ada "${m.closest}", tetapi tahun laporan di Profil ${reportYear})`;
  return `${m.name} (yang paling mirip: "${m.closest}")`;
}

export const missingHeaders = (sheet: string, headers: string, d?: HeaderDiagnosis) =>
  `Sheet ${sheet}: baris judul kolom tidak ditemukan; kolom wajib: ${headers}` +
  (d
    ? `; baris ${d.row} paling mirip judul kolom, berisi ${quoted(d.written)}; tidak ada ` +
      d.missing.map((m) => missingColumn(m, d.reportYear)).join(", ")
    : "");
export const extraColumn = (header: string) => `kolom "${header}" tidak dikenal dan diabaikan`;
export const otherYearColumn = (header: string, year: number) =>
  `kolom "${header}" diabaikan: tahunnya bukan tahun laporan (${year})`;
export const formulaNoResult = (formula: string) =>
  `rumus =${formula} tidak punya nilai tersimpan (workbook belum dihitung ulang); buka di Excel lalu simpan ulang`;
export const errorValue = (error: string, formula?: string) =>
  formula ? `rumus =${formula} menghasilkan galat ${error}` : `sel berisi galat ${error}`;
export const notANumber = (text: string, column: string) => `"${text}" pada kolom ${column} bukan angka`;
export const numberTooLong = (length: number, column: string, limit: number) =>
  `teks sepanjang ${formatNumber(length)} karakter pada kolom ${column} bukan angka: angka paling panjang ${limit} karakter`;
export const rangeNotAllowed = (text: string, column: string) =>
  `"${text}" adalah rentang; rentang hanya boleh pada kolom target, bukan ${column}`;
export const letterNotAllowed = (text: string, column: string) =>
  `"${text}" pada kolom ${column} adalah huruf; huruf (AA, A, BB, …) hanya boleh bila satuannya predikat, nilai huruf, atau mutu`;
/**
 * A text number with one three-digit group (`1.576`, `1,576`), read the Indonesian way, and the other reading spelt
 * out: `"1.576" dibaca sebagai seribu lima ratus tujuh puluh enam (1.576); bila maksudnya satu koma lima tujuh enam,
 * tulis 1,576 sebagai angka atau 1,58`.
 */
export function ambiguousNumber(text: string, read: Decimal, other: Decimal, otherIsDecimal: boolean): string {
  const instead = otherIsDecimal
    ? `tulis ${formatNumber(other)} sebagai angka atau ${formatNumber(other, 2)}`
    : `tulis ${formatPlain(other)} tanpa titik, sebagai angka`;
  return `"${text}" dibaca sebagai ${terbilang(read)} (${formatNumber(read)}); bila maksudnya ${terbilang(other)}, ${instead}`;
}
export const dateInNumber = (column: string) => `kolom ${column} berisi tanggal, bukan angka`;
export const boolInNumber = (column: string) => `kolom ${column} berisi TRUE/FALSE, bukan angka`;
export const badLevel = (text: string) =>
  `Level "${text}" tidak dikenal; gunakan program, kegiatan, atau sub kegiatan`;
export const noLevel = () =>
  `baris ini tidak punya Level maupun Kode yang dapat dipakai untuk menentukan program/kegiatan/sub kegiatan`;
export const orphanRow = (level: string) => `${level} ini tidak punya induk di atasnya`;
export const badPolarity = (text: string) => `Polaritas "${text}" tidak dikenal; gunakan positif atau negatif (dibaca positif)`;
export const badAggregation = (text: string) =>
  `Agregasi "${text}" tidak dikenal; gunakan jumlah, terakhir, atau rata-rata`;
export const badProfil = (key: string, text: string, expected: string) => `${key} "${text}" tidak sah: ${expected}`;
export const tanggalExpected = "tanggal Excel antara tahun 1900 dan 9999, atau teks seperti 15 Januari 2026";
export const emptyIndicator = () => `baris berisi angka tetapi kolom Indikator kosong`;
export const emptyUraian = () => `baris berisi angka tetapi kolom Uraian kosong`;
export const emptySheet = (sheet: string) => `Sheet ${sheet} tidak berisi data`;
export const duplicateSheet = (sheet: string, other: string) =>
  `Sheet "${other}" juga dikenali sebagai ${sheet}; hanya sheet pertama yang dibaca`;
export const damagedPart = (file: string, part: string) =>
  `${file} rusak: isi bagian ${part} tidak cocok dengan pemeriksaan CRC arsipnya (berkas rusak atau terpotong saat disalin/diunduh); ambil ulang berkas aslinya`;
export const cellTextTooLong = (file: string, sheet: string, cell: string, length: string) =>
  `${file}: Sheet ${sheet} sel ${cell} berisi ${length} karakter, melebihi batas Excel 32.767 karakter per sel; perbaiki sel itu lalu coba lagi`;
export const orphanSharedFormula = (si: string) =>
  `sel ini memakai rumus bersama (shared formula, si=${si}) yang sel induknya tidak ada di sheet; nilai tersimpannya dibaca, tetapi rumusnya tidak dapat diperiksa. Buka di Excel, ketik ulang rumusnya, lalu simpan ulang`;
