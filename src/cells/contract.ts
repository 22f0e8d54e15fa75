// The workbook contract's sheets and columns: their ids, the header spellings that name them, and which are required.
// Shared by the reader (which finds them) and the model (which names them in messages); depends on nothing.

/** `Pagu Setelah Perubahan` → `pagusetelahperubahan`. */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/%/g, "persen")
    .replace(/[^a-z0-9]/g, "");
}

export type ColumnKind = "text" | "number" | "quantity" | "percent";

export interface ColumnSpec {
  key: string;
  /** Header spellings, as users write them; matched after normalisation. */
  aliases: string[];
  kind: ColumnKind;
  /** Blank means "same as the row above" (people merge these cells). */
  fillDown?: boolean;
}

export interface SheetSpec {
  id: SheetId;
  /** Sheet names, as users write them; matched after normalisation. */
  names: string[];
  columns: ColumnSpec[];
  /** Alternatives of required column keys: each inner list needs all its keys present; one list must match. */
  required: string[][];
  /** The column whose text marks a stated total row (`Jumlah`, `Total`). */
  labelColumns: string[];
  /** Year columns (`Target 2025`, `Realisasi 2024`) are recognised on this sheet. */
  yearColumns: boolean;
  /**
   * The sheet holds one year, the report year: `Target 2025`, `Realisasi Tahun 2025`, `Capaian (%) 2025` name its
   * plain columns when the year is the Profil's, and are ignored for any other year.
   */
  reportYearOnly?: boolean;
}

export type SheetId =
  | "profil"
  | "iku"
  | "pk"
  | "anggaran"
  | "ppks"
  | "narasi"
  | "indikatorProgram"
  | "standar"
  | "skala"
  | "struktur"
  | "pegawai"
  | "cascading";

const col = (key: string, kind: ColumnKind, aliases: string[], fillDown = false): ColumnSpec => ({ key, kind, aliases, fillDown });

const TRIWULAN = [1, 2, 3, 4].map((n) =>
  col(`tw${n}`, "quantity", [`Realisasi TW${n}`, `TW${n}`, `TW ${["I", "II", "III", "IV"][n - 1]}`, `Realisasi TW ${["I", "II", "III", "IV"][n - 1]}`, `Triwulan ${n}`, `Triwulan ${["I", "II", "III", "IV"][n - 1]}`, `Realisasi Triwulan ${n}`, `Realisasi Triwulan ${["I", "II", "III", "IV"][n - 1]}`]),
);

export const SHEETS: Record<SheetId, SheetSpec> = {
  profil: {
    id: "profil",
    names: ["Profil", "Profil Instansi", "Profile"],
    columns: [col("data", "text", ["Data", "Kunci", "Uraian"]), col("isi", "text", ["Isi", "Nilai", "Keterangan"])],
    required: [["data", "isi"]],
    labelColumns: [],
    yearColumns: false,
  },
  iku: {
    id: "iku",
    names: ["IKU", "Indikator Kinerja Utama", "Renstra"],
    columns: [
      col("kode", "text", ["Kode", "Kode IKU", "No", "Nomor"]),
      col("tujuan", "text", ["Tujuan"], true),
      col("sasaran", "text", ["Sasaran", "Sasaran Strategis"], true),
      col("indikator", "text", ["Indikator", "Indikator Kinerja", "Indikator Kinerja Utama", "IKU"]),
      col("satuan", "text", ["Satuan"]),
      col("polaritas", "text", ["Polaritas", "Polarisasi"]),
      col("formula", "text", ["Formula", "Formulasi", "Rumus", "Cara Perhitungan"]),
      col("kondisiAwal", "quantity", ["Kondisi Awal", "Baseline"]),
    ],
    required: [["indikator"]],
    labelColumns: ["indikator"],
    yearColumns: true,
  },
  pk: {
    id: "pk",
    names: ["PK", "Perjanjian Kinerja"],
    columns: [
      col("kode", "text", ["Kode", "Kode IKU", "No", "Nomor"]),
      col("sasaran", "text", ["Sasaran", "Sasaran Strategis"], true),
      col("indikator", "text", ["Indikator", "Indikator Kinerja", "Indikator Sasaran"]),
      col("satuan", "text", ["Satuan"]),
      col("polaritas", "text", ["Polaritas", "Polarisasi"]),
      col("target", "quantity", ["Target"]),
      col("realisasi", "quantity", ["Realisasi", "Realisasi s.d. TW IV", "Realisasi s.d. Triwulan IV", "Realisasi Akhir Tahun"]),
      col("pembilang", "number", ["Pembilang", "Numerator"]),
      col("penyebut", "number", ["Penyebut", "Denominator"]),
      col("capaian", "percent", ["Capaian", "Capaian (%)", "Persentase Capaian"]),
      ...TRIWULAN,
      col("agregasi", "text", ["Agregasi", "Cara Akumulasi"]),
      col("sumberData", "text", ["Sumber Data", "Sumber"]),
      col("keterangan", "text", ["Keterangan", "Ket"]),
    ],
    required: [
      ["indikator", "target", "realisasi"],
      ["indikator", "target", "pembilang", "penyebut"],
    ],
    labelColumns: ["indikator", "sasaran"],
    yearColumns: false,
    reportYearOnly: true,
  },
  anggaran: {
    id: "anggaran",
    names: ["Anggaran", "Realisasi Anggaran", "Anggaran Program"],
    columns: [
      col("kode", "text", ["Kode", "Kode Rekening", "Kode Program"]),
      col("uraian", "text", ["Uraian", "Program/Kegiatan/Sub Kegiatan", "Program Kegiatan", "Nama Program"]),
      col("level", "text", ["Level", "Tingkat", "Jenis"]),
      col("sasaran", "text", ["Sasaran", "Kode Sasaran"]),
      col("paguAwal", "number", ["Pagu Awal", "Pagu Murni", "Anggaran Murni", "Pagu Sebelum Perubahan", "Anggaran Awal", "Pagu"]),
      col("paguPerubahan", "number", ["Pagu Perubahan", "Pagu Setelah Perubahan", "Anggaran Setelah Perubahan", "Anggaran Perubahan", "Pagu APBD-P"]),
      col("realisasi", "number", ["Realisasi", "Realisasi Anggaran", "Realisasi s.d. TW IV", "Realisasi s.d. Triwulan IV"]),
      col("persen", "percent", ["Persen", "%", "Serapan", "Serapan (%)", "Persentase", "Realisasi (%)"]),
      col("sumberDana", "text", ["Sumber Dana"]),
    ],
    required: [
      ["uraian", "realisasi", "paguPerubahan"],
      ["uraian", "realisasi", "paguAwal"],
    ],
    labelColumns: ["uraian", "kode"],
    yearColumns: false,
    reportYearOnly: true,
  },
  ppks: {
    id: "ppks",
    names: ["PPKS", "Rincian PPKS", "Penerima Manfaat"],
    columns: [
      col("kategori", "text", ["Kategori", "Jenis PPKS", "Uraian"]),
      col("kodeIku", "text", ["Kode IKU", "Kode Indikator", "IKU"], true),
      col("program", "text", ["Program"], true),
      col("kegiatan", "text", ["Kegiatan"], true),
      col("satuan", "text", ["Satuan"]),
      col("target", "number", ["Target"]),
      col("realisasi", "number", ["Realisasi", "Jumlah"]),
      col("capaian", "percent", ["Capaian", "Capaian (%)"]),
    ],
    required: [["kategori", "realisasi"]],
    labelColumns: ["kategori"],
    yearColumns: true,
  },
  narasi: {
    id: "narasi",
    names: ["Narasi", "Teks"],
    columns: [col("bagian", "text", ["Bagian", "Bab", "Kunci"]), col("teks", "text", ["Teks", "Isi", "Narasi"])],
    required: [["bagian", "teks"]],
    labelColumns: [],
    yearColumns: false,
  },
  indikatorProgram: {
    id: "indikatorProgram",
    names: ["Indikator Program", "Indikator Kegiatan", "Kinerja Program"],
    columns: [
      col("kode", "text", ["Kode"]),
      col("program", "text", ["Program"], true),
      col("kegiatan", "text", ["Kegiatan"], true),
      col("subKegiatan", "text", ["Sub Kegiatan", "Subkegiatan"], true),
      col("indikator", "text", ["Indikator", "Indikator Kinerja", "Indikator Keluaran"]),
      col("satuan", "text", ["Satuan"]),
      col("target", "quantity", ["Target"]),
      col("realisasi", "quantity", ["Realisasi"]),
      col("capaian", "percent", ["Capaian", "Capaian (%)"]),
    ],
    required: [["indikator", "target", "realisasi"]],
    labelColumns: ["indikator", "program"],
    yearColumns: true,
  },
  standar: {
    id: "standar",
    names: ["Standar", "Standar Nasional"],
    columns: [
      col("kode", "text", ["Kode", "Kode IKU"]),
      col("indikator", "text", ["Indikator"]),
      col("standar", "quantity", ["Standar", "Nilai Standar", "Target Nasional"]),
      col("sumber", "text", ["Sumber", "Keterangan"]),
    ],
    required: [["standar"]],
    labelColumns: [],
    yearColumns: false,
  },
  skala: {
    id: "skala",
    names: ["Skala", "Skala Penilaian"],
    columns: [
      col("batasBawah", "number", ["Batas Bawah", "Dari", "Minimal"]),
      col("batasAtas", "number", ["Batas Atas", "Sampai", "Maksimal"]),
      col("kategori", "text", ["Kategori", "Predikat", "Kriteria"]),
    ],
    required: [["kategori"]],
    labelColumns: [],
    yearColumns: false,
  },
  struktur: {
    id: "struktur",
    names: ["Struktur", "Struktur Organisasi", "Susunan Organisasi"],
    columns: [
      col("jabatan", "text", ["Jabatan", "Nama Jabatan", "Unit", "Unit Kerja"]),
      col("atasan", "text", ["Atasan", "Atasan Langsung", "Di Bawah", "Induk"]),
      col("nama", "text", ["Nama", "Nama Pejabat", "Pejabat"]),
      col("nip", "text", ["NIP"]),
      col("pangkat", "text", ["Pangkat/Golongan", "Pangkat Golongan", "Pangkat", "Golongan", "Pangkat/Gol"]),
    ],
    required: [["jabatan", "atasan"]],
    labelColumns: [],
    yearColumns: false,
  },
  pegawai: {
    id: "pegawai",
    names: ["Pegawai", "Kepegawaian", "SDM", "Sumber Daya Manusia"],
    columns: [
      col("kelompok", "text", ["Kelompok", "Menurut", "Kategori", "Jenis"], true),
      col("uraian", "text", ["Uraian", "Rincian", "Keterangan"]),
      col("jumlah", "number", ["Jumlah", "Jumlah Pegawai", "Total"]),
      col("lakiLaki", "number", ["Laki-laki", "Laki Laki", "L", "Pria"]),
      col("perempuan", "number", ["Perempuan", "P", "Wanita"]),
    ],
    required: [["uraian", "jumlah"]],
    labelColumns: ["uraian", "kelompok"],
    yearColumns: false,
  },
  cascading: {
    id: "cascading",
    names: ["Cascading", "Cascading Kinerja", "Pohon Kinerja", "Kinerja Individu", "Pengukuran Kinerja Individu"],
    columns: [
      // A node is one position; its rows (one per indicator) share its Kode, so a blank Kode means "the node above".
      col("kode", "text", ["Kode", "Kode Node", "Kode Jabatan"], true),
      col("jabatan", "text", ["Jabatan", "Nama Jabatan", "Posisi"]),
      col("nama", "text", ["Nama", "Nama Pejabat", "Nama Pemangku", "Pemangku", "Pejabat"]),
      col("nip", "text", ["NIP"]),
      col("atasan", "text", ["Kode Atasan", "Atasan", "Induk", "Kode Induk"]),
      col("sasaran", "text", ["Sasaran", "Sasaran Kinerja"]),
      col("indikator", "text", ["Indikator", "Indikator Kinerja", "Indikator Sasaran"]),
      col("satuan", "text", ["Satuan"]),
      col("target", "quantity", ["Target"]),
      col("realisasi", "quantity", ["Realisasi"]),
      col("capaian", "percent", ["Capaian", "Capaian (%)"]),
      col("kodeIku", "text", ["Kode IKU", "Kode IKU/PK", "IKU/PK", "Mendukung IKU", "Mendukung"]),
      col("agregasi", "text", ["Agregasi", "Agregasi Capaian", "Cara Agregasi"]),
    ],
    required: [["kode", "jabatan", "indikator"]],
    labelColumns: [],
    yearColumns: false,
    reportYearOnly: true,
  },
};

const names = new Map<SheetId, Map<string, string>>();

/** Header display names of the canonical keys (for messages: "kolom Pagu Perubahan"). */
export function headerName(sheet: SheetId, key: string): string {
  let byKey = names.get(sheet);
  if (!byKey) {
    byKey = new Map();
    for (const c of SHEETS[sheet].columns) if (!byKey.has(c.key)) byKey.set(c.key, c.aliases[0] ?? c.key);
    names.set(sheet, byKey);
  }
  return byKey.get(key) ?? key;
}
