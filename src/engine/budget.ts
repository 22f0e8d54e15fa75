// Budget realisation: serapan per row, totals over programs, and the budget behind each sasaran with its efficiency.
import { Decimal } from "decimal.js";
import type { AnggaranRow, Table } from "../model/types.js";
import { dec, HUNDRED, roundHalfUp, sum, type DecimalInput } from "./decimal.js";
import type {
  BudgetRowResult,
  BudgetTotals,
  EfisiensiLabel,
  MetodeEfisiensi,
  ProgramShare,
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

export const METODE_EFISIENSI: readonly MetodeEfisiensi[] = ["selisih", "sisa", "rasio"];
export const DEFAULT_METODE_EFISIENSI: MetodeEfisiensi = "selisih";

/** Lower bounds of the `rasio` categories (capaian ÷ serapan × 100), highest first. */
export const RASIO_KATEGORI: readonly { min: number; label: EfisiensiLabel }[] = [
  { min: 110, label: "sangat efisien" },
  { min: 100, label: "efisien" },
  { min: 90, label: "cukup efisien" },
];

/**
 * The figure and label of a sasaran's efficiency by the office's method (see `MetodeEfisiensi`). Thresholds are taken
 * on the figures rounded half-up at `desimal`, so the label agrees with what is printed. Undefined when a figure the
 * method needs is missing (no capaian, no serapan, a pagu of 0).
 */
export function efisiensiMetode(
  metode: MetodeEfisiensi,
  f: { capaian?: Decimal; serapan?: Decimal; sisaPersen?: Decimal },
  desimal: number,
): { nilai: Decimal; label: EfisiensiLabel } | undefined {
  if (f.capaian === undefined) return undefined;
  if (metode === "selisih") {
    if (f.serapan === undefined) return undefined;
    const e = efisiensi(f.capaian, f.serapan, desimal);
    return { nilai: e.efisiensi, label: e.label };
  }
  if (metode === "sisa") {
    if (f.sisaPersen === undefined) return undefined;
    const reached = roundHalfUp(f.capaian, desimal).greaterThanOrEqualTo(HUNDRED);
    const saved = !roundHalfUp(f.sisaPersen, desimal).isNegative();
    return { nilai: f.sisaPersen, label: reached && saved ? "efisien" : "tidak efisien" };
  }
  if (f.serapan === undefined || f.serapan.isZero()) return undefined;
  const r = f.capaian.dividedBy(f.serapan).times(HUNDRED);
  const shown = roundHalfUp(r, desimal);
  const band = RASIO_KATEGORI.find((b) => shown.greaterThanOrEqualTo(b.min));
  return { nilai: r, label: band?.label ?? "tidak efisien" };
}

/** Figures of every row of the `Anggaran` sheet. */
export function budgetRows(table: Table<AnggaranRow> | undefined): BudgetRowResult[] {
  if (!table) return [];
  const rows = table.rows;
  const programOf = (i: number): number | undefined => {
    let j: number | undefined = i;
    // a parent chain is a few levels deep; one longer than the table is a loop
    for (let steps = 0; j !== undefined && steps <= rows.length; steps++) {
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
    // fields set in this order, only when present (20.000 rows: no object per optional field)
    const out: BudgetRowResult = { index, row, level: row.level } as BudgetRowResult;
    if (row.kode !== undefined) out.kode = row.kode;
    out.uraian = row.uraian;
    if (row.paguAwal) out.paguAwal = row.paguAwal.value;
    if (row.paguPerubahan) out.paguPerubahan = row.paguPerubahan.value;
    if (pagu !== undefined) out.pagu = pagu;
    if (dari) out.paguDari = dari;
    if (realisasi !== undefined) out.realisasi = realisasi;
    if (st === "ok") out.serapan = realisasi!.dividedBy(pagu!).times(HUNDRED);
    out.serapanStatus = st;
    if (pagu !== undefined && realisasi !== undefined) out.sisa = pagu.minus(realisasi);
    if (programIndex !== undefined) out.programIndex = programIndex;
    return out;
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

/** A program's amounts scaled by its share (1 / number of sasaran it supports). */
export function programShare(program: BudgetRowResult, dibagi: number): ProgramShare {
  const porsi = new Decimal(1).dividedBy(dibagi);
  const part = (d: Decimal | undefined) => (d === undefined ? undefined : dibagi === 1 ? d : d.times(porsi));
  const pagu = part(program.pagu);
  const realisasi = part(program.realisasi);
  const st = serapanStatus(realisasi, pagu);
  return {
    program,
    porsi,
    dibagi,
    ...(pagu !== undefined ? { pagu } : {}),
    ...(realisasi !== undefined ? { realisasi } : {}),
    ...(st === "ok" ? { serapan: serapan(realisasi, pagu)! } : {}),
    serapanStatus: st,
    ...(pagu !== undefined && realisasi !== undefined ? { sisa: pagu.minus(realisasi) } : {}),
  };
}

/**
 * The budget of a sasaran from its programs' shares, with the efficiency against its capaian by `metode`, and the cost
 * per unit when the sasaran has exactly one count indicator (`biaya` = realisasi anggaran ÷ that indicator's realisasi).
 */
export function sasaranBudget(
  shares: ProgramShare[],
  capaian: Decimal | undefined,
  desimal: number,
  metode: MetodeEfisiensi = DEFAULT_METODE_EFISIENSI,
  countIndicators: readonly { index: number; satuan?: string; realisasi?: Decimal }[] = [],
): SasaranBudget {
  const totals = budgetTotals(
    shares.map((s) => ({
      ...s.program,
      pagu: s.pagu,
      realisasi: s.realisasi,
      paguAwal: s.program.paguAwal?.times(s.porsi),
      paguPerubahan: s.program.paguPerubahan?.times(s.porsi),
    })) as BudgetRowResult[],
  );
  const eff =
    capaian !== undefined && totals.serapan !== undefined ? efisiensi(capaian, totals.serapan, desimal) : undefined;
  const byMethod = efisiensiMetode(metode, { ...(capaian ? { capaian } : {}), ...totals }, desimal);
  const only = countIndicators.length === 1 ? countIndicators[0]! : undefined;
  const biaya =
    only?.realisasi !== undefined && only.realisasi.greaterThan(0) && totals.realisasi !== undefined
      ? {
          indikator: only.index,
          ...(only.satuan ? { satuan: only.satuan } : {}),
          jumlah: only.realisasi,
          biaya: totals.realisasi.dividedBy(only.realisasi),
        }
      : undefined;
  return {
    ...totals,
    program: shares.map((s) => s.program),
    bagian: shares,
    ...(capaian !== undefined ? { capaian } : {}),
    metode,
    ...(eff ? { efisiensi: eff.efisiensi } : {}),
    ...(byMethod ? { nilai: byMethod.nilai, label: byMethod.label } : {}),
    ...(biaya ? { biayaPerUnit: biaya } : {}),
  };
}
