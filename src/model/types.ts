// The domain model: what the reader makes of a workbook. Every value remembers the cell it came from,
// so findings and document figures can be traced back to `Sheet!A1`.
import type { Decimal } from "decimal.js";
import type { FormulaCell, ReadProblem } from "../cells/problems.js";

/** Where a value came from: sheet name as written in the workbook and the A1 address of the cell. */
export interface Source {
  sheet: string;
  cell: string;
}

/** A number read from a cell, exact. `decimals` is the precision it is printed with (see workbook-v1 "Printed precision"). */
export interface NumValue {
  kind: "num";
  value: Decimal;
  src: Source;
  decimals: number;
  /** The cell is formatted as a percentage in Excel (value already scaled ×100) or the text carried a `%`. */
  percent: boolean;
  /** The cell's formula, when it had one (the value is its cached result). */
  formula?: string;
  /** The original text, when the number was written as text. */
  text?: string;
}

/** A range target such as `4,25-4,30` (valid only in target cells). */
export interface RangeValue {
  kind: "range";
  lo: Decimal;
  hi: Decimal;
  src: Source;
  decimals: number;
  text: string;
}

/** An ordinal letter value (predikat AKIP `BB`, mutu `A`). */
export interface LetterValue {
  kind: "letter";
  letter: string;
  src: Source;
}

export type Quantity = NumValue | RangeValue | LetterValue;

/** A text cell with its source. */
export interface TextValue {
  text: string;
  src: Source;
}

export type { FormulaCell, ReadProblem, Severity } from "../cells/problems.js";

export type Polarity = "positif" | "negatif";
export type Level = "program" | "kegiatan" | "sub kegiatan";
export type Aggregation = "jumlah" | "terakhir" | "rata-rata";

/** Extra numeric columns a sheet carried (year columns, extra columns), keyed by their header text. */
export type ExtraNumbers = Record<string, NumValue | undefined>;

export interface Profil {
  /** Every key/value pair as written, keyed by the normalised key (see `normalizeHeader`). */
  entries: Record<string, TextValue>;
  /** The `Isi` cell of every key row present, filled or not, keyed by the normalised key: where to point at a blank. */
  isiCells: Record<string, Source>;
  namaInstansi?: string;
  pemerintahDaerah?: string;
  tahun?: number;
  namaKepala?: string;
  nipKepala?: string;
  pangkatKepala?: string;
  jabatanKepala?: string;
  tempat?: string;
  /** Date of signing as written or read from a date cell (ISO yyyy-mm-dd when it was a date). */
  tanggal?: string;
  /** Place and date the Perjanjian Kinerja (PK murni) was signed; the date as `tanggal`. */
  tempatPk?: string;
  tanggalPk?: string;
  /** Date the revised PK (PK perubahan, after the APBD-P) was signed, when there was one. */
  tanggalPkPerubahan?: string;
  /** The head of the region the PK is signed with (Wali Kota / Bupati / Gubernur): name and title. */
  namaKepalaDaerah?: string;
  jabatanKepalaDaerah?: string;
  alamat?: string;
  telepon?: string;
  email?: string;
  periodeRenstra?: string;
  visi?: string;
  misi?: string;
  tugas?: string;
  fungsi?: string;
  skalaPenilaian?: string;
  desimal?: number;
  logo?: string;
  /** Optional cap on capaian used for kategori and means (e.g. 120). */
  batasCapaian?: number;
}

export interface IkuRow {
  row: number;
  src: Source;
  kode?: string;
  tujuan?: string;
  sasaran?: string;
  indikator: string;
  satuan?: string;
  polaritas: Polarity;
  formula?: string;
  kondisiAwal?: Quantity;
  /** `Target <year>` columns. */
  targets: Record<number, Quantity | undefined>;
  /** `Realisasi <year>` columns. */
  realisasi: Record<number, Quantity | undefined>;
}

export interface PkRow {
  row: number;
  src: Source;
  kode?: string;
  sasaran?: string;
  indikator: string;
  satuan?: string;
  /** Polarity given on the PK row itself (optional extra column); else the IKU row's. */
  polaritas?: Polarity;
  target?: Quantity;
  realisasi?: Quantity;
  pembilang?: NumValue;
  penyebut?: NumValue;
  capaian?: NumValue;
  /** `Realisasi TW1` … `Realisasi TW4` (index 0..3). */
  triwulan: (Quantity | undefined)[];
  agregasi?: Aggregation;
  sumberData?: string;
  keterangan?: string;
  /** Text cells of the row keyed by column, for messages. */
  cells: Record<string, Source>;
}

export interface AnggaranRow {
  row: number;
  src: Source;
  kode?: string;
  uraian: string;
  level: Level;
  /** Whether `level` was written in the `Level` column or inferred from the code. */
  levelInferred: boolean;
  sasaran?: string;
  paguAwal?: NumValue;
  paguPerubahan?: NumValue;
  realisasi?: NumValue;
  persen?: NumValue;
  sumberDana?: string;
  /** Every numeric column of the row (contract, year and extra columns), keyed by header text as written. */
  nums: ExtraNumbers;
  /** Index of the parent row in `Model.anggaran.rows`, undefined for programs. */
  parent?: number;
  /** Indexes of the children rows. */
  children: number[];
}

/** A stated total row (`Jumlah`, `Total`, `Jumlah Total`): not data, checked against the rows it covers. */
export interface TotalRow {
  row: number;
  src: Source;
  label: string;
  /** Numeric cells of the total row keyed by column header as written (contract and extra columns). */
  values: Record<string, NumValue | undefined>;
  /** Data rows (indexes into the sheet's rows) the total covers. */
  covers: number[];
}

export interface PpksRow {
  row: number;
  src: Source;
  kategori: string;
  kodeIku?: string;
  program?: string;
  kegiatan?: string;
  satuan?: string;
  target?: NumValue;
  realisasi?: NumValue;
  capaian?: NumValue;
  /** Every numeric column of the row, keyed by header text as written. */
  nums: ExtraNumbers;
}

export interface IndikatorProgramRow {
  row: number;
  src: Source;
  kode?: string;
  program?: string;
  kegiatan?: string;
  subKegiatan?: string;
  indikator: string;
  satuan?: string;
  target?: Quantity;
  realisasi?: Quantity;
  capaian?: NumValue;
  targets: Record<number, Quantity | undefined>;
  realisasiTahun: Record<number, Quantity | undefined>;
  /** Every numeric column of the row, keyed by header text as written. */
  nums: ExtraNumbers;
}

export interface NarasiRow {
  row: number;
  src: Source;
  bagian: string;
  /** Normalised section key (see `normalizeHeader`). */
  key: string;
  teks: string;
}

export interface StandarRow {
  row: number;
  src: Source;
  kode?: string;
  indikator?: string;
  standar: Quantity;
  sumber?: string;
}

export interface SkalaRow {
  row: number;
  src: Source;
  batasBawah?: NumValue;
  batasAtas?: NumValue;
  kategori: string;
}

/** A position in the organisation (`Struktur`): who it reports to, and who holds it. */
export interface StrukturRow {
  row: number;
  src: Source;
  jabatan: string;
  /** The `Jabatan` text of the position above; blank for the head of office. */
  atasan?: string;
  nama?: string;
  nip?: string;
  pangkat?: string;
}

/** A line of a staff table (`Pegawai`): a group (jabatan, golongan, pendidikan, status), a line and its counts. */
export interface PegawaiRow {
  row: number;
  src: Source;
  kelompok?: string;
  uraian: string;
  jumlah?: NumValue;
  lakiLaki?: NumValue;
  perempuan?: NumValue;
  /** Every numeric column of the row, keyed by header text as written. */
  nums: ExtraNumbers;
}

/** One row of the `Cascading` sheet: one indicator (or a bare sasaran) of one position in the performance cascade. */
export interface CascadingRow {
  row: number;
  src: Source;
  /** The node's code as written (carried down from the row above when blank). */
  kode: string;
  jabatan?: string;
  nama?: string;
  nip?: string;
  /** The `Kode` of the position above; blank for the top (Kepala Dinas). */
  atasan?: string;
  /** The sasaran as written on this row, or carried from the node's row above (blank means "same sasaran"). */
  sasaran?: string;
  indikator?: string;
  satuan?: string;
  target?: Quantity;
  realisasi?: Quantity;
  capaian?: NumValue;
  /** The IKU/PK code(s) this indicator serves, as written (`IKU-1`, `1.1; 1.2`). */
  kodeIku?: string;
  agregasi?: string;
  /** Source cells of the row's text columns keyed by column key, for findings (`nip`, `atasan`, `sasaran` …). */
  cells: Record<string, Source>;
}

/** A position of the cascade: the rows that share its `Kode`, with its fields taken from the first row stating each. */
export interface CascadingNode {
  kode: string;
  /** Source of the node's first row (its `Kode` cell). */
  src: Source;
  jabatan: string;
  nama?: string;
  nip?: string;
  atasan?: string;
  agregasi?: string;
  /** The node's rows in sheet order (indexes into `Model.cascading.rows`). */
  rows: number[];
}

/** A sheet's table: data rows, stated totals and where its columns are. */
export interface Table<R> {
  sheet: string;
  rows: R[];
  totals: TotalRow[];
  /** Column letter by header text as written, for every recognised column. */
  columns: Record<string, string>;
  headerRow: number;
}

export interface Model {
  file: string;
  /** Contract sheets present in the workbook (key: sheet id such as `anggaran`), with the worksheet's name as written
   *  and whether its header row was found. */
  sheets: Record<string, { name: string; headerFound: boolean }>;
  profil?: Profil;
  iku?: Table<IkuRow>;
  pk?: Table<PkRow>;
  anggaran?: Table<AnggaranRow>;
  ppks?: Table<PpksRow>;
  narasi?: Table<NarasiRow>;
  indikatorProgram?: Table<IndikatorProgramRow>;
  standar?: Table<StandarRow>;
  skala?: Table<SkalaRow>;
  struktur?: Table<StrukturRow>;
  pegawai?: Table<PegawaiRow>;
  /** The `Cascading` sheet: its rows, and the positions they form (in order of first appearance). */
  cascading?: Table<CascadingRow> & { nodes: CascadingNode[] };
  /** Formula cells read, for the stale-formula and total-formula checks. */
  formulas: FormulaCell[];
  problems: ReadProblem[];
}
