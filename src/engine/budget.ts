// Budget realisation: serapan per row, totals over programs, and the budget behind each sasaran with its efficiency.
import { Decimal } from "decimal.js";
import type { AnggaranRow, Table } from "../model/types.js";
import { dec, HUNDRED, roundHalfUp, sum, type DecimalInput } from "./decimal.js";
import type {
  BudgetRowResult,
  BudgetTotals,
  EfisiensiLabel,
  SasaranBudget,
  SerapanStatus,
} from "./types.js";

/** Serapan (absorption) = realisasi / pagu × 100; undefined when the pagu is 0 or missing, or the realisasi missing. */
export function serapan(
  realisasi: DecimalInput | undefined,
  pagu: DecimalInput | undefined,
): Decimal | undefined {
  return serapanStatus(realisasi, pagu) === "ok" ? dec(realisasi!).dividedBy(dec(pagu!)).times(HUNDRED) : undefined;
}

/** Why a serapan is or is not computable (pagu is checked first). */
export function serapanStatus(realisasi: DecimalInput | undefined, pagu: DecimalInput | undefined): SerapanStatus {
  if (pagu === undefined) return "tanpa-pagu";
  if (dec(pagu).isZero()) return "pagu-nol";
  if (realisasi === undefined) return "tanpa-realisasi";
  return "ok";
}

/** The pagu that counts: pagu perubahan when the cell has a value, else pagu awal. */
export function paguOf(row: AnggaranRow): { pagu?: Decimal; dari?: "perubahan" | "awal" } {
  if (row.paguPerubahan) return { pagu: row.paguPerubahan.value, dari: "perubahan" };
  if (row.paguAwal) return { pagu: row.paguAwal.value, dari: "awal" };
  return {};
}

/**
 * Efficiency of a sasaran: efisiensi = capaian kinerja − serapan anggaran (percentage points; Gowa 2024: 112 − 94 = 18).
 * Label `efisien` when the efisiensi is ≥ 0, else `tidak efisien`; with `desimal`, the sign is taken on the efisiensi
 * rounded half-up at that many decimals, so the label agrees with the printed figure.
 */
export function efisiensi(
  capaian: DecimalInput,
  serapanValue: DecimalInput,
  desimal?: number,
): { efisiensi: Decimal; label: EfisiensiLabel } {
  const e = dec(capaian).minus(dec(serapanValue));
  const shown = desimal === undefined ? e : roundHalfUp(e, desimal);
  return { efisiensi: e, label: shown.isNegative() && !shown.isZero() ? "tidak efisien" : "efisien" };
}

/** Figures of every row of the `Anggaran` sheet. */
export function budgetRows(table: Table<AnggaranRow> | undefined): BudgetRowResult[] {
  if (!table) return [];
  const rows = table.rows;
  const programOf = (i: number): number | undefined => {
    let j: number | undefined = i;
    const seen = new Set<number>();
    while (j !== undefined && !seen.has(j)) {
      seen.add(j);
      const r: AnggaranRow | undefined = rows[j];
      if (!r) return undefined;
      if (r.level === "program") return j;
      j = r.parent;
    }
    return undefined;
  };
  return rows.map((row, index) => {
    const { pagu, dari } = paguOf(row);
    const realisasi = row.realisasi?.value;
    const st = serapanStatus(realisasi, pagu);
    const programIndex = programOf(index);
    return {
      index,
      row,
      level: row.level,
      ...(row.kode !== undefined ? { kode: row.kode } : {}),
      uraian: row.uraian,
      ...(row.paguAwal ? { paguAwal: row.paguAwal.value } : {}),
      ...(row.paguPerubahan ? { paguPerubahan: row.paguPerubahan.value } : {}),
      ...(pagu !== undefined ? { pagu } : {}),
      ...(dari ? { paguDari: dari } : {}),
      ...(realisasi !== undefined ? { realisasi } : {}),
      ...(st === "ok" ? { serapan: serapan(realisasi, pagu)! } : {}),
      serapanStatus: st,
      ...(pagu !== undefined && realisasi !== undefined ? { sisa: pagu.minus(realisasi) } : {}),
      ...(programIndex !== undefined ? { programIndex } : {}),
    };
  });
}

/**
 * Sums over rows. Each column is summed over the rows that have a value in it (a blank cell counts as 0 among valued
 * cells); a column with no value at all stays undefined.
 */
export function budgetTotals(rows: readonly BudgetRowResult[]): BudgetTotals {
  const col = (f: (r: BudgetRowResult) => Decimal | undefined) =>
    sum(rows.map(f).filter((v): v is Decimal => v !== undefined));
  const paguAwal = col((r) => r.paguAwal);
  const paguPerubahan = col((r) => r.paguPerubahan);
  const pagu = col((r) => r.pagu);
  const realisasi = col((r) => r.realisasi);
  const st = serapanStatus(realisasi, pagu);
  const sisa = pagu !== undefined && realisasi !== undefined ? pagu.minus(realisasi) : undefined;
  return {
    jumlahBaris: rows.length,
    ...(paguAwal !== undefined ? { paguAwal } : {}),
    ...(paguPerubahan !== undefined ? { paguPerubahan } : {}),
    ...(pagu !== undefined ? { pagu } : {}),
    ...(realisasi !== undefined ? { realisasi } : {}),
    ...(st === "ok" ? { serapan: serapan(realisasi, pagu)! } : {}),
    serapanStatus: st,
    ...(sisa !== undefined ? { sisa } : {}),
    ...(sisa !== undefined && pagu !== undefined && !pagu.isZero()
      ? { sisaPersen: sisa.dividedBy(pagu).times(HUNDRED) }
      : {}),
  };
}

/** The budget of a sasaran from its programs, with the efficiency against its capaian. */
export function sasaranBudget(
  programs: BudgetRowResult[],
  capaian: Decimal | undefined,
  desimal: number,
): SasaranBudget {
  const totals = budgetTotals(programs);
  const eff =
    capaian !== undefined && totals.serapan !== undefined ? efisiensi(capaian, totals.serapan, desimal) : undefined;
  return {
    ...totals,
    program: programs,
    ...(capaian !== undefined ? { capaian } : {}),
    ...(eff ? { efisiensi: eff.efisiensi, label: eff.label } : {}),
  };
}
