// The figures of the supporting detail the document prints under each sasaran (analysis 7): the beneficiary breakdown
// (`PPKS` sheet) per indicator with its per-row capaian and its sums, and the output indicators of programs and kegiatan
// (`Indikator Program` sheet) with their capaian and the program they belong to. Pure, like the rest of the engine; the
// document builder prints these and never adds up a column itself.
import type { Decimal } from "decimal.js";
import type { IndikatorProgramRow, Model, PpksRow } from "../model/types.js";
import { measureCapaian } from "./capaian.js";
import { percentOf, sum } from "./decimal.js";
import { normalizeText, sameText } from "./text.js";
import type { BudgetRowResult, CapaianStatus, Computed } from "./types.js";

/** One `PPKS` row with its capaian (realisasi / target × 100; undefined when either is missing or the target is 0). */
export interface PpksLine {
  row: PpksRow;
  capaian?: Decimal;
}

/** The `PPKS` rows that feed one indicator (by `Kode IKU`), with their sums. */
export interface PpksGroup {
  /** The `Kode IKU` as written on the rows. */
  kodeIku?: string;
  /** Index into `Computed.indikator` of the indicator the rows feed; undefined when the code matches none. */
  indikator?: number;
  rows: PpksLine[];
  /** Sum of the rows' targets (over the rows that have one); undefined when none has. */
  jumlahTarget?: Decimal;
  /** Sum of the rows' realisasi (over the rows that have one); undefined when none has. */
  jumlahRealisasi?: Decimal;
  /** jumlahRealisasi / jumlahTarget × 100. */
  capaian?: Decimal;
}

/** One `Indikator Program` row with its capaian (positive polarity) and the program row it belongs to. */
export interface ProgramIndicatorResult {
  row: IndikatorProgramRow;
  capaian?: Decimal;
  status: CapaianStatus;
  /** Index (into `model.anggaran.rows`) of the program the row belongs to, when its code or program name matches one. */
  programIndex?: number;
  /** The sasaran that program supports, when it is linked to one. */
  sasaranNomor?: number;
}

export interface Rincian {
  ppks: PpksGroup[];
  indikatorProgram: ProgramIndicatorResult[];
}

function ppksGroups(model: Model, computed: Computed): PpksGroup[] {
  const groups: PpksGroup[] = [];
  for (const row of model.ppks?.rows ?? []) {
    const key = normalizeText(row.kodeIku);
    let g = groups.find((x) => normalizeText(x.kodeIku) === key);
    if (!g) {
      const indikator = computed.indikator.findIndex((i) => sameText(i.kode, row.kodeIku) || sameText(i.iku?.kode, row.kodeIku));
      g = { ...(row.kodeIku !== undefined ? { kodeIku: row.kodeIku } : {}), ...(indikator >= 0 ? { indikator } : {}), rows: [] };
      groups.push(g);
    }
    const capaian = row.target && row.realisasi ? percentOf(row.realisasi.value, row.target.value) : undefined;
    g.rows.push({ row, ...(capaian ? { capaian } : {}) });
  }
  for (const g of groups) {
    const jumlahTarget = sum(g.rows.flatMap((l) => (l.row.target ? [l.row.target.value] : [])));
    const jumlahRealisasi = sum(g.rows.flatMap((l) => (l.row.realisasi ? [l.row.realisasi.value] : [])));
    const capaian = jumlahTarget && jumlahRealisasi ? percentOf(jumlahRealisasi, jumlahTarget) : undefined;
    Object.assign(g, {
      ...(jumlahTarget ? { jumlahTarget } : {}),
      ...(jumlahRealisasi ? { jumlahRealisasi } : {}),
      ...(capaian ? { capaian } : {}),
    });
  }
  return groups;
}

/** The program of an `Indikator Program` row: by code (the row's code, or a prefix of it, is a budget row's code), else by name. */
function programOf(row: IndikatorProgramRow, baris: readonly BudgetRowResult[]): BudgetRowResult | undefined {
  const kode = row.kode?.trim();
  if (kode) {
    const exact = baris.find((b) => b.kode !== undefined && b.kode.trim() === kode);
    if (exact?.programIndex !== undefined) return baris[exact.programIndex];
    const prefix = baris.find((b) => b.level === "program" && b.kode !== undefined && kode.startsWith(`${b.kode.trim()}.`));
    if (prefix) return prefix;
  }
  if (row.program) return baris.find((b) => b.level === "program" && sameText(b.uraian, row.program));
  return undefined;
}

function programIndicators(model: Model, computed: Computed): ProgramIndicatorResult[] {
  return (model.indikatorProgram?.rows ?? []).map((row) => {
    const m = measureCapaian(row.target, row.realisasi, "positif", row.satuan);
    const program = programOf(row, computed.anggaran.baris);
    return {
      row,
      ...(m.capaian ? { capaian: m.capaian } : {}),
      status: m.status,
      ...(program ? { programIndex: program.index } : {}),
      ...(program?.sasaranNomor !== undefined ? { sasaranNomor: program.sasaranNomor } : {}),
    };
  });
}

/** The supporting detail of the document: PPKS breakdown per indicator and program output indicators. */
export function computeRincian(model: Model, computed: Computed): Rincian {
  return { ppks: ppksGroups(model, computed), indikatorProgram: programIndicators(model, computed) };
}
