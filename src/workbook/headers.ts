// Finding sheets and columns by header text: case-, space- and punctuation-insensitive, with aliases.
// The alias lists are the one place that says which spellings mean the same column.

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
  | "pegawai";

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
};

/** Header display names of the canonical keys (for messages: "kolom Pagu Perubahan"). */
export function headerName(sheet: SheetId, key: string): string {
  return SHEETS[sheet].columns.find((c) => c.key === key)?.aliases[0] ?? key;
}

const aliasIndex = new Map<SheetId, Map<string, ColumnSpec>>();

/** The column spec a header text names on a sheet, if any. */
export function matchColumn(sheet: SheetId, header: string): ColumnSpec | undefined {
  let index = aliasIndex.get(sheet);
  if (!index) {
    index = new Map();
    for (const c of SHEETS[sheet].columns) {
      for (const a of c.aliases) if (!index.has(normalizeHeader(a))) index.set(normalizeHeader(a), c);
    }
    aliasIndex.set(sheet, index);
  }
  // A unit in brackets ("Realisasi (Rp)", "Pagu (Rupiah)") does not change what the column is.
  return index.get(normalizeHeader(header)) ?? index.get(normalizeHeader(header.replace(/\([^)]*\)/g, "")));
}

const YEAR_SUFFIX = /[\s(]*(?:(?:tahun|th\.?|ta\.?)\s*(?:anggaran\s*)?)?((?:19|20|21)\d\d)\s*\)?\s*$/i;

/** `Target Tahun 2025` → { base: "Target", year: 2025 }; `Capaian (%) 2025` → { base: "Capaian (%)", year: 2025 }. */
export function splitYear(header: string): { base: string; year?: number } {
  const m = YEAR_SUFFIX.exec(header);
  if (!m || m.index === 0) return { base: header };
  return { base: header.slice(0, m.index).trim(), year: Number(m[1]) };
}

/** `Target 2025` → { kind: "target", year: 2025 }. */
export function matchYearColumn(header: string): { kind: "target" | "realisasi"; year: number } | undefined {
  const m = /^(target|realisasi)(?:tahun)?((?:19|20|21)\d\d)$/.exec(normalizeHeader(header));
  if (!m) return undefined;
  return { kind: m[1] as "target" | "realisasi", year: Number(m[2]) };
}

/** The contract sheet a worksheet name stands for. */
export function matchSheet(name: string): SheetId | undefined {
  const n = normalizeHeader(name);
  for (const spec of Object.values(SHEETS)) if (spec.names.some((a) => normalizeHeader(a) === n)) return spec.id;
  return undefined;
}

const TOTAL_LABELS = new Set(["jumlah", "total", "jumlahtotal", "totaljumlah", "grandtotal", "jumlahkeseluruhan"]);

/** A row labelled `Jumlah`, `Total`, `Jumlah Total` is a stated total. */
export function isTotalLabel(text: string): boolean {
  return TOTAL_LABELS.has(normalizeHeader(text));
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = cur;
  }
  return prev[b.length]!;
}

const words = (text: string) => new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0));

/** `tgt` in `target`: the letters of an abbreviation appear in order. */
function isAbbreviation(short: string, long: string): boolean {
  if (short.length < 3 || short[0] !== long[0]) return false;
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/**
 * How alike a header as written is to a column name, 0…1: the better of edit distance, shared words and
 * abbreviation (`Tgt` for Target, `Real.` for Realisasi); a year suffix is ignored.
 */
export function headerSimilarity(written: string, name: string): number {
  const a = normalizeHeader(splitYear(written).base);
  const b = normalizeHeader(name);
  if (a === "" || b === "") return 0;
  const edit = 1 - editDistance(a, b) / Math.max(a.length, b.length);
  const wa = words(splitYear(written).base);
  const wb = words(name);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  const overlap = shared / Math.max(wa.size, wb.size, 1);
  const abbreviation = isAbbreviation(a, b) || isAbbreviation(b, a) ? 0.7 : 0;
  return Math.max(edit, overlap, abbreviation);
}

/** The header as written that is most like one of a column's names, when one is alike enough to suggest. */
export function closestHeader(sheet: SheetId, key: string, written: string[]): string | undefined {
  const spec = SHEETS[sheet].columns.find((c) => c.key === key);
  if (!spec) return undefined;
  let best: { text: string; score: number } | undefined;
  for (const text of written) {
    const score = Math.max(...spec.aliases.map((a) => headerSimilarity(text, a)));
    if (score >= 0.5 && (!best || score > best.score)) best = { text, score };
  }
  return best?.text;
}
