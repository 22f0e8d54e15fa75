// The engine's output: every figure the document prints and the checker compares against, computed once.
// Values are exact `Decimal`s (never rounded here: rounding happens at formatting, with `Computed.desimal`).
// Every result keeps a reference to the model row it came from so a figure can be traced back to its cells.
import type { Decimal } from "decimal.js";
import type {
  Aggregation,
  AnggaranRow,
  IkuRow,
  Level,
  PkRow,
  Polarity,
  Quantity,
  ReadProblem,
  SkalaRow,
  Source,
  StandarRow,
} from "../model/types.js";
import type { PengaliDari } from "./multiplier.js";

/** A realisasi that is an ordinal letter (predikat AKIP `BB`, mutu `A`), normalised to upper case. */
export interface OrdinalLetter {
  letter: string;
}

/** A measured value: a number (already in the indicator's unit, percentages as 0–100) or an ordinal letter. */
export type Measured = Decimal | OrdinalLetter;

/**
 * Why a capaian is or is not there. Never a division error, never a silent 0:
 * - `ok` — capaian computed;
 * - `tanpa-target` — no target (neither on the PK row nor in the IKU for the report year);
 * - `target-nol` — the target (or, for a range, the bound the realisasi is measured from) is 0, so the formula divides by 0;
 * - `tanpa-realisasi` — no realisasi (no Realisasi cell, no usable Pembilang/Penyebut, no quarterly values);
 * - `tidak-terbandingkan` — target and realisasi cannot be compared (a letter against a number, a letter outside the
 *   ordinal scale, a range given as realisasi, quarterly letters mixed with numbers).
 * When target and realisasi are both missing the status is `tanpa-target`.
 */
export type CapaianStatus = "ok" | "tanpa-target" | "target-nol" | "tanpa-realisasi" | "tidak-terbandingkan";

/** Which formula produced a capaian. */
export type CapaianMethod = "positif" | "negatif" | "rentang" | "ordinal";

/** The outcome of comparing one realisasi with one target (see `measureCapaian`). */
export interface CapaianOutcome {
  status: CapaianStatus;
  /** Exact capaian in percent; present iff `status === "ok"`. */
  capaian?: Decimal;
  metode?: CapaianMethod;
}

/** Ordinal scales for qualitative indicators. */
export type OrdinalScaleName = "predikat-akip" | "mutu";

export interface OrdinalScale {
  name: OrdinalScaleName;
  /** Letters from the lowest (rank 0) to the highest. */
  letters: readonly string[];
}

/** Where the realisasi used for capaian came from. */
export type RealisasiFrom = "realisasi" | "rasio" | "triwulan";

/** A ratio indicator's numerator and denominator (PK `Pembilang` / `Penyebut`). */
export interface RatioInfo {
  pembilang: Decimal;
  penyebut: Decimal;
  /** The multiplier k: 100 for a percentage, 1.000 / 100.000 for rates, 1 for an index (see `ratioMultiplier`). */
  pengali: Decimal;
  /** Where `pengali` came from: the Satuan, the IKU Formula, or the default (× 100). */
  pengaliDari: PengaliDari;
  /** pembilang / penyebut × pengali, in the indicator's unit; undefined when the penyebut is 0. */
  nilai?: Decimal;
}

/** Quarterly realisasi of a PK row (`Realisasi TW1` … `TW4`). */
export interface QuarterInfo {
  /** Values per quarter (index 0..3); undefined where the cell is empty. Ranges are left out (undefined). */
  nilai: (Measured | undefined)[];
  /** The aggregation applied: the row's `agregasi`, else the default for its satuan. */
  agregasi: Aggregation;
  /** True when `agregasi` is the default for the satuan (the row did not say). */
  agregasiBawaan: boolean;
  /** The annual value from the quarters; undefined when no quarter has a value or they cannot be combined. */
  tahunan?: Measured;
}

/** One year of an indicator's history (analysis 2: this year vs past years). */
export interface HistoryEntry {
  tahun: number;
  /** IKU `Target <year>` (for the report year: the target the capaian was measured against). */
  target?: Quantity;
  /** IKU `Realisasi <year>` (for the report year: the realisasi computed from the PK row). */
  realisasi?: Measured;
  /** The cell of the realisasi, when it is a single cell. */
  realisasiSource?: Source;
  /** Capaian of that year with the indicator's polarity, when target and realisasi both exist. */
  capaian?: Decimal;
  status: CapaianStatus;
  /** True for the report year (values from the PK row), false for past years (values from the IKU sheet). */
  tahunBerjalan: boolean;
}

/** Progress to the Renstra end-of-period target (analysis 3). */
export interface RenstraProgress {
  /** The last year with a value among the IKU `Target <year>` columns. */
  tahunAkhir: number;
  targetAkhir: Quantity;
  /** This year's realisasi measured against the end target, with the indicator's polarity. */
  capaian?: Decimal;
  status: CapaianStatus;
  /**
   * How far this year's realisasi still is from the end target, in the indicator's unit and in the direction that
   * improves it (target − realisasi for positive polarity, realisasi − target for negative); ≤ 0 when the end target
   * is reached. Only for numbers (not letters or ranges).
   */
  kurang?: Decimal;
  /** Years after the report year up to the end target's year (0 in the last year). */
  sisaTahun: number;
  /** `kurang` ÷ `sisaTahun`: the yearly improvement needed to close the gap; only when kurang > 0 and sisaTahun > 0. */
  perTahun?: Decimal;
}

/** This year's realisasi against an earlier year's (analysis 2), numbers only. */
export interface YearChange {
  tahun: number;
  /** That year's realisasi. */
  dari: Decimal;
  /** This year's realisasi − that year's (negative when it fell). */
  selisih: Decimal;
  /** selisih ÷ that year's realisasi × 100; undefined when that year's realisasi is 0. */
  persen?: Decimal;
}

/** Comparison with a national / provincial standard (analysis 4), from the `Standar` sheet. */
export interface StandardComparison {
  row: StandarRow;
  nilai: Quantity;
  sumber?: string;
  /** This year's realisasi measured against the standard, with the indicator's polarity. */
  capaian?: Decimal;
  status: CapaianStatus;
  /** How the standard row was matched. */
  cocok: "kode" | "teks";
}

/** The computed performance of one PK indicator (one row of the measurement table). */
export interface IndicatorResult {
  /** Index of the row in `model.pk.rows`. */
  index: number;
  kode?: string;
  /** Sasaran text (PK row's, else the IKU row's; "" when neither has one). */
  sasaran: string;
  /** 1-based number of the sasaran, in order of first appearance in PK. */
  sasaranNomor: number;
  indikator: string;
  /** PK satuan, else the IKU row's. */
  satuan?: string;
  polaritas: Polarity;
  /** Where the polarity came from: the PK row, the IKU row, or the default (positif). */
  polaritasSumber: "pk" | "iku" | "bawaan";
  pk: PkRow;
  /** The matched IKU row, when one matched (else a `pk/tanpa-iku` warning is in `Computed.problems`). */
  iku?: IkuRow;
  /** How the IKU row was matched. */
  ikuCocok?: "kode" | "teks";
  /** The target measured against: PK `Target`, else IKU `Target <tahun>`. */
  target?: Quantity;
  targetSource?: "pk" | "iku";
  /**
   * The target count implied by the target of a ratio indicator: target × penyebut / pengali (12 % of 125.326 =
   * 15.039,12; 100 per 100.000 of 8.400 births = 8,4).
   */
  targetJumlah?: Decimal;
  /** The realisasi measured (see `realisasiFrom`). */
  realisasi?: Measured;
  /** The cell holding the realisasi: the Realisasi cell, the Pembilang cell for a ratio, the last quarter used. */
  realisasiSource?: Source;
  /** Every cell the realisasi was computed from. */
  realisasiCells: Source[];
  /**
   * `rasio` when Pembilang and Penyebut are given (and the penyebut is not 0) — they win over the Realisasi cell;
   * else `realisasi` when the Realisasi cell has a value; else `triwulan` when quarterly values exist.
   */
  realisasiFrom?: RealisasiFrom;
  rasio?: RatioInfo;
  /** The annual value derived from the quarters, whether or not it was used (the checker reconciles it). */
  realisasiTriwulan?: Measured;
  triwulan?: QuarterInfo;
  /** Exact capaian in percent (uncapped). Present iff `status === "ok"`. */
  capaian?: Decimal;
  /** min(capaian, batasCapaian): the value used for kategori and means. Equal to `capaian` without a cap. */
  capaianDipakai?: Decimal;
  /** True when the cap lowered the capaian. */
  dibatasi: boolean;
  metode?: CapaianMethod;
  status: CapaianStatus;
  /** Kategori of `capaianDipakai` (rounded half-up at `Computed.desimal`) on the office's scale. */
  kategori?: string;
  /** capaian ≥ 100 (on the capaian rounded half-up at `Computed.desimal`). Undefined unless status is ok. */
  tercapai?: boolean;
  /** IKU `Kondisi Awal` (baseline before the Renstra period). */
  kondisiAwal?: Quantity;
  /** Past years from the IKU sheet, then the report year; ascending by year. */
  riwayat: HistoryEntry[];
  /** This year's realisasi against each earlier year with a numeric realisasi, latest year first. */
  perubahan: YearChange[];
  renstra?: RenstraProgress;
  standar?: StandardComparison;
}

/** Budget figures of one `Anggaran` row (program, kegiatan or sub kegiatan). */
export interface BudgetRowResult {
  /** Index of the row in `model.anggaran.rows`. */
  index: number;
  row: AnggaranRow;
  level: Level;
  kode?: string;
  uraian: string;
  paguAwal?: Decimal;
  paguPerubahan?: Decimal;
  /** Pagu perubahan when present, else pagu awal. */
  pagu?: Decimal;
  paguDari?: "perubahan" | "awal";
  realisasi?: Decimal;
  /** realisasi / pagu × 100; undefined unless `serapanStatus === "ok"`. */
  serapan?: Decimal;
  serapanStatus: SerapanStatus;
  /** pagu − realisasi (money not spent; negative when overspent). */
  sisa?: Decimal;
  /** Index (into `model.anggaran.rows`) of the program this row belongs to (itself for a program). */
  programIndex?: number;
  /** For program rows linked to a sasaran through `AnggaranRow.sasaran`: that sasaran's number. */
  sasaranNomor?: number;
}

/**
 * Why a serapan is or is not there: `tanpa-pagu` (neither pagu given), `pagu-nol` (pagu is 0), `tanpa-realisasi`.
 */
export type SerapanStatus = "ok" | "tanpa-pagu" | "pagu-nol" | "tanpa-realisasi";

/** Sums over a set of budget rows (each sum over the rows that have the value; undefined when none has). */
export interface BudgetTotals {
  /** How many rows were summed. */
  jumlahBaris: number;
  paguAwal?: Decimal;
  paguPerubahan?: Decimal;
  /** Sum of each row's pagu (perubahan when present, else awal). */
  pagu?: Decimal;
  realisasi?: Decimal;
  serapan?: Decimal;
  serapanStatus: SerapanStatus;
  /** pagu − realisasi. */
  sisa?: Decimal;
  /** sisa / pagu × 100. */
  sisaPersen?: Decimal;
}

/**
 * How a sasaran's efficiency is measured (Profil `Metode Efisiensi`; default `selisih`):
 * - `selisih` (Gowa): capaian kinerja − serapan anggaran, in percentage points; efisien when ≥ 0;
 * - `sisa` (Pontianak): money left unspent as a share of the pagu; efisien when the sasaran reached its target
 *   (capaian ≥ 100) without overspending;
 * - `rasio` (Bengkalis-style categories): capaian kinerja ÷ serapan anggaran × 100; sangat efisien ≥ 110,
 *   efisien ≥ 100, cukup efisien ≥ 90, else tidak efisien.
 */
export type MetodeEfisiensi = "selisih" | "sisa" | "rasio";

/** Efficiency label of a sasaran (see `MetodeEfisiensi`). */
export type EfisiensiLabel = "sangat efisien" | "efisien" | "cukup efisien" | "tidak efisien";

/** A program's part in a sasaran's budget: the whole program, or an equal share when it supports several sasaran. */
export interface ProgramShare {
  program: BudgetRowResult;
  /** 1 / (number of sasaran the program supports). */
  porsi: Decimal;
  /** How many sasaran share the program. */
  dibagi: number;
  pagu?: Decimal;
  realisasi?: Decimal;
  serapan?: Decimal;
  serapanStatus: SerapanStatus;
  sisa?: Decimal;
}

/** Cost per unit of output of a count indicator: the sasaran's realisasi anggaran ÷ the indicator's realisasi. */
export interface BiayaPerUnit {
  /** Index in `Computed.indikator`. */
  indikator: number;
  satuan?: string;
  jumlah: Decimal;
  biaya: Decimal;
}

/** The budget behind one sasaran (analysis 6). */
export interface SasaranBudget extends BudgetTotals {
  /** The program rows linked to the sasaran (whole rows; see `bagian` for the amounts attributed). */
  program: BudgetRowResult[];
  /** The amounts of each program attributed to this sasaran; the totals are their sums. */
  bagian: ProgramShare[];
  /** The sasaran's capaian (mean of its indicators' capped capaian), when there is one. */
  capaian?: Decimal;
  metode: MetodeEfisiensi;
  /** capaian − serapan (percentage points); undefined when either is missing. Kept for every method. */
  efisiensi?: Decimal;
  /** The figure of the method: selisih (pp), sisa (% of pagu) or rasio (%); undefined when it cannot be computed. */
  nilai?: Decimal;
  label?: EfisiensiLabel;
  /** Cost per unit, when the sasaran has exactly one count indicator with a realisasi above 0. */
  biayaPerUnit?: BiayaPerUnit;
}

/** One sasaran: its indicators and their aggregate. */
export interface SasaranResult {
  /** 1-based, in order of first appearance in PK. */
  nomor: number;
  sasaran: string;
  indikator: IndicatorResult[];
  /**
   * Arithmetic mean of the indicators' `capaianDipakai` over the indicators with status ok; undefined when none is ok.
   * Indicators without a capaian are left out (not counted as 0): a missing number is reported by its status, and
   * counting it as 0 would print a failure the office did not have.
   */
  capaian?: Decimal;
  /** How many indicators the mean is over. */
  jumlahDiukur: number;
  kategori?: string;
  jumlahIndikator: number;
  jumlahTercapai: number;
  /** Undefined when no program is linked to the sasaran. */
  anggaran?: SasaranBudget;
}

/** Budget realisation (BAB III B). */
export interface BudgetResult {
  /** Every data row, in sheet order. */
  baris: BudgetRowResult[];
  /** The program rows. */
  program: BudgetRowResult[];
  /** Totals over the PROGRAM rows (computed, not the stated Jumlah rows; those are in `model.anggaran.totals`). */
  total: BudgetTotals;
  /** Per sasaran, in sasaran order; only sasaran with at least one linked program. */
  perSasaran: SasaranBudget[];
  /** Programs not linked to any sasaran (blank `Sasaran` cell, or a value that matched nothing). */
  tanpaSasaran: BudgetRowResult[];
  /** Program index → the sasaran numbers it supports (several when its `Sasaran` cell lists several). */
  sasaranProgram: Record<number, number[]>;
}

/** One band of a rating scale. A value belongs to it when it satisfies both bounds (an absent bound is open). */
export interface ScaleBand {
  kategori: string;
  min?: Decimal;
  minInclusive: boolean;
  max?: Decimal;
  maxInclusive: boolean;
  /** The `Skala` row, for a custom scale. */
  row?: SkalaRow;
}

/** A rating scale for capaian. See `kategori` for how a value is placed. */
export interface RatingScale {
  /** `permendagri-86-2017`, `berhasil-110`, `berhasil-85` or `kustom`. */
  name: string;
  /** Bands from the highest to the lowest. */
  bands: ScaleBand[];
  bawaan: boolean;
}

/** Result of `getScale`: the scale, or a problem saying why the name cannot be used. */
export type ScaleLookup = { ok: true; scale: RatingScale } | { ok: false; problem: ReadProblem };

/** The office-wide figures (Ikhtisar, BAB IV). */
export interface Summary {
  jumlahIndikator: number;
  /** Indicators with status ok. */
  jumlahDiukur: number;
  /** Indicators with status ok and capaian ≥ 100. */
  jumlahTercapai: number;
  jumlahSasaran: number;
  /** Mean of `capaianDipakai` over all indicators with status ok (not the mean of the sasaran means). */
  capaian?: Decimal;
  kategori?: string;
  perStatus: Record<CapaianStatus, number>;
  /** How many ok indicators fall in each band, in the scale's order (highest first), zero counts included. */
  perKategori: { kategori: string; jumlah: number }[];
}

/** Everything `computeLkip` returns. */
export interface Computed {
  /** The report year; undefined when it is neither given nor inferable (then no IKU fallback target, no history). */
  tahun?: number;
  tahunDari?: "opsi" | "profil" | "disimpulkan";
  /** Decimals for percentages (Profil `Desimal`, default 2). Thresholds (kategori, tercapai, efisien) use this rounding. */
  desimal: number;
  /** The rating scale used (the default when the requested one is unknown — see `problems`). */
  skala: RatingScale;
  /** The cap on capaian for kategori and means, when set. */
  batasCapaian?: Decimal;
  /** The efficiency method used for every sasaran. */
  metodeEfisiensi: MetodeEfisiensi;
  indikator: IndicatorResult[];
  sasaran: SasaranResult[];
  ringkasan: Summary;
  anggaran: BudgetResult;
  /** Problems found while computing (unknown scale, PK row with no IKU match, unknown sasaran of a program…). */
  problems: ReadProblem[];
}

/** Options of `computeLkip`, overriding the Profil. */
export interface ComputeOptions {
  /** Scale name (overrides Profil `Skala Penilaian`). */
  scale?: string;
  /** Cap on capaian (overrides Profil `Batas Capaian`). */
  cap?: Decimal | number;
  /** Report year (overrides Profil `Tahun`). */
  tahun?: number;
  /** Decimals (overrides Profil `Desimal`). */
  desimal?: number;
  /** Efficiency method (overrides Profil `Metode Efisiensi`). */
  efisiensi?: MetodeEfisiensi;
}
