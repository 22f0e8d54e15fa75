// Messages of the workbook reader: what was found in a cell and why it cannot be used as is.
import { formatNumber } from "../format.js";

export const fileNotFound = (file: string) => `Berkas tidak ditemukan: ${file}`;
export const notAFile = (file: string) => `Bukan berkas: ${file} (sebuah folder?)`;
export const notXlsx = (file: string) =>
  `${file} bukan workbook Excel (.xlsx) yang dapat dibaca: berkas rusak, terpotong, atau berformat lain`;
export const encrypted = (file: string) =>
  `${file} dilindungi kata sandi (terenkripsi); simpan ulang tanpa kata sandi lalu coba lagi`;
export const legacyXls = (file: string) =>
  `${file} berformat Excel lama (.xls); simpan ulang sebagai .xlsx lalu coba lagi`;
export const tooLarge = (file: string, what: string, limit: string) =>
  `${file} terlalu besar untuk dibaca: ${what} melebihi batas ${limit}`;
export const cannotRead = (file: string, reason: string) => `${file} tidak dapat dibaca: ${reason}`;
export const reasonNoPermission = "tidak ada izin membaca berkas ini";
export const reasonReadFailed = (code: string) => `galat sistem berkas ${code}`;

export const missingSheet = (sheet: string, forWhat: string) => `Sheet "${sheet}" tidak ada; diperlukan untuk ${forWhat}`;
export const missingHeaders = (sheet: string, headers: string) =>
  `Sheet ${sheet}: baris judul kolom tidak ditemukan; kolom wajib: ${headers}`;
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
export const ambiguousNumber = (text: string, read: string) =>
  `"${text}" dibaca sebagai ${read} (cara Indonesia: titik pemisah ribuan, koma desimal); periksa bila maksudnya lain`;
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
