// Messages of `lkip check laporan.docx`: reading a Word report and the findings of the `dokumen/…` rules.
// Values arrive already formatted in Indonesian notation; this file only words them.
export { encrypted, tooLarge, damagedPart } from "./reader.js";

export const notDocx = (file: string) =>
  `${file} bukan dokumen Word (.docx) yang dapat dibaca: berkas rusak, terpotong, atau berformat lain`;
export const legacyDoc = (file: string) =>
  `${file} berformat Word lama (.doc); buka di Word lalu simpan sebagai .docx (Dokumen Word) dan coba lagi`;
export const notLkip = (file: string) =>
  `${file} adalah dokumen Word tanpa tabel berangka; yang diperiksa "lkip check" adalah laporan LKIP dengan tabel anggaran atau kinerja`;

/** One line per rule: what it checks (docs/checks.md lists the same). */
export const DOC_DESCRIPTIONS = {
  "dokumen/jumlah":
    "Baris Jumlah/Total pada tabel dokumen sama dengan jumlah baris di atasnya (sampai jumlah sebelumnya atau judul kolom), di setiap kolom angka",
  "dokumen/hierarki":
    "Dalam tabel berkode (1.06.02, 1.06.02.2.01 …), setiap program sama dengan jumlah kegiatannya dan setiap kegiatan sama dengan jumlah sub kegiatannya, di setiap kolom angka; tanpa kode, setiap baris bertebal sama dengan jumlah baris biasa di bawahnya",
  "dokumen/persen":
    "Kolom persen (serapan, capaian) sama dengan realisasi / pagu × 100 atau realisasi / target × 100 pada barisnya",
  "dokumen/terbilang": "Jumlah uang yang diikuti terbilangnya dalam kurung sama dengan terbilang itu",
  "dokumen/bilangan": "Bilangan yang diikuti kata bilangannya dalam kurung (\"3 (tiga)\") sama dengan kata itu",
  "dokumen/antar-tabel":
    "Target, realisasi, capaian atau pagu yang sama (indikator, program, kegiatan yang sama, tahun yang sama) bernilai sama di setiap tabel yang mencantumkannya",
  "dokumen/teks-tabel":
    "Kalimat yang menyebut nama satu baris tabel (indikator, program) dan mengulang target, realisasi, capaian atau pagunya memakai angka yang sama dengan tabel",
  "dokumen/persen-teks":
    "Persentase yang disebut bersama dua jumlah rupiah asalnya (\"15% atau Rp 4.145.409.433 dari pagu Rp 29.226.552.145\") sama dengan bagian / dasar × 100 atau selisih keduanya / dasar × 100, dengan ketelitian cetaknya",
  "dokumen/hitungan":
    "Kelompok orang yang sama disebut dengan jumlah yang sama: jumlah yang merujuk kembali (\"Dari 67 orang pelaksana tersebut\") dengan jumlah sebelumnya di paragraf itu, dan kelompok bersingkatan (\"121 orang Pekerja Sosial Masyarakat (PSM)\") dengan daftar jumlah tepat di atasnya (\"d. PSM : 238 Orang\")",
} as const;

export type DocRuleId = keyof typeof DOC_DESCRIPTIONS;

export const tableWhere = (caption: string | undefined, index: number) =>
  caption ? `${caption} (tabel ke-${index})` : `Tabel ke-${index}`;
export const paragraphWhere = (index: number) => `Paragraf ke-${index}`;
export const rowCol = (row: number, column: string) => `baris ${row}, kolom ${column}`;
export const columnNumber = (k: number) => `ke-${k}`;

export const totalMismatch = (label: string, column: string, stated: string, count: number, expected: string, diff: string) =>
  `Baris ${label}, kolom ${column}: tertulis ${stated}, sedangkan jumlah ${count} baris di atasnya ${expected} (selisih ${diff})`;
export const listTotalMismatch = (stated: string, count: number, expected: string, diff: string) =>
  `Jumlah daftar tertulis ${stated}, sedangkan jumlah ${count} butir di atasnya ${expected} (selisih ${diff})`;
export const childMismatch = (subject: string, column: string, stated: string, count: number, level: string, expected: string, diff: string) =>
  `${subject}, kolom ${column}: tertulis ${stated}, sedangkan jumlah ${count} ${level} di bawahnya ${expected} (selisih ${diff})`;
export const percentMismatch = (column: string, stated: string, num: string, den: string, expected: string) =>
  `Kolom ${column}: tertulis ${stated}, sedangkan ${num} / ${den} × 100 = ${expected}`;
export const percentMismatchNegative = (column: string, stated: string, num: string, den: string, expected: string) =>
  `Kolom ${column}: tertulis ${stated}, sedangkan untuk indikator berpolaritas negatif (2 − ${num} / ${den}) × 100 = ${expected}`;
export const roundingNote = (what: string, stated: string, expected: string) =>
  `Kolom ${what}: tertulis ${stated}, hasil hitungnya ${expected} — berbeda hanya karena cara membulatkan (dipotong atau ke genap)`;
export const terbilangMismatch = (amount: string, words: string, wordsValue: string | undefined, expectedWords: string) =>
  wordsValue
    ? `${amount} ditulis dengan huruf "${words}", yang bernilai ${wordsValue}; terbilang yang benar: "${expectedWords}"`
    : `${amount} ditulis dengan huruf "${words}", yang tidak sama dengan terbilangnya: "${expectedWords}"`;
export const countMismatch = (digits: string, words: string, wordsValue: string) =>
  `Bilangan ${digits} ditulis dengan huruf "${words}", yang bernilai ${wordsValue}`;
export const crossTableMismatch = (subject: string, quantity: string, stated: string, other: string, otherRow: number, otherValue: string) =>
  `${subject}: ${quantity} tertulis ${stated}, sedangkan di ${other} baris ${otherRow} tertulis ${otherValue}`;
export const textTableMismatch = (subject: string, quantity: string, stated: string, table: string, row: number, tableValue: string) =>
  `Teks menyebut ${quantity} ${subject} ${stated}, sedangkan ${table} baris ${row} mencantumkan ${tableValue}`;
export const textTotalMismatch = (quantity: string, stated: string, table: string, totals: string) =>
  `Teks menyebut ${quantity} Rp ${stated} dan merinci angka itu di ${table}, tetapi baris jumlah tabel itu mencantumkan ${totals}`;
/** The children of a bold parent row, in a table without codes. */
export const rowsBelow = "baris";
export const levelWord = { program: "program", kegiatan: "kegiatan", sub: "sub kegiatan" } as const;
export const textShareMismatch = (stated: string, part: string, base: string, share: string, difference: string) =>
  `Teks menyebut ${stated} untuk ${part} dari ${base}, sedangkan ${part} / ${base} × 100 = ${share} dan selisih keduanya / ${base} × 100 = ${difference}`;
export const textShareRounding = (stated: string, part: string, base: string, exact: string) =>
  `Teks menyebut ${stated} untuk ${part} dari ${base}, hasil hitungnya ${exact} — berbeda hanya karena cara membulatkan (dipotong atau ke genap)`;
export const countTwice = (again: string, first: string) =>
  `Teks merujuk ke ${again} tersebut, sedangkan sebelumnya disebut ${first}`;
export const countAgainstList = (group: string, stated: string, listed: string, listParagraph: number) =>
  `Teks menyebut ${stated} ${group}, sedangkan daftar di paragraf ke-${listParagraph} mencantumkan ${listed}`;
