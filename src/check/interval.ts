// Printed precision decides rounding, one rule for workbooks (src/check) and Word reports (src/document): a stated value
// is consistent when some values of its inputs that round to their printed forms give a result that rounds to it. A capaian printed 117,12 % over a realisasi printed 65,58 %
// and a target of 56 is consistent: 65,58 stands for 65,575 ≤ r < 65,585, which gives 117,098…117,116 %.
import { Decimal } from "decimal.js";
import type { NumValue } from "../model/types.js";
import { roundHalfUp } from "../text/format.js";

/** The least and greatest value a figure may stand for (both included). */
export interface Bounds {
  lo: Decimal;
  hi: Decimal;
}

/** Printed decimals are bounded (compare.ts). */
const MAX_DECIMALS = 10;

/** Half a unit of the last of `decimals` printed decimals: 0,005 for two. */
export function halfUnit(decimals: number): Decimal {
  return HALF_UNITS[Math.min(Math.max(Math.trunc(decimals), 0), MAX_DECIMALS)]!;
}

const HALF_UNITS = Array.from({ length: MAX_DECIMALS + 1 }, (_, d) => new Decimal(10).pow(-d).dividedBy(2));

/** A figure known exactly (a count, a sum of rupiah, a value computed from exact figures). */
export function exactly(value: Decimal): Bounds {
  return { lo: value, hi: value };
}

/**
 * What a stated input may stand for. A whole number printed without decimals and without `%` — rupiah, a count of
 * persons — is exact: nobody rounds those. One printed with decimals, a percentage, or a fraction printed without
 * decimals stands for every value that rounds to what is printed.
 */
export function printedBounds(v: NumValue): Bounds {
  const d = Math.min(Math.max(Math.trunc(v.decimals), 0), MAX_DECIMALS);
  if (d === 0 && v.value.isInteger() && !v.percent) return exactly(v.value);
  const shown = roundHalfUp(v.value, d);
  const half = halfUnit(d);
  return { lo: shown.minus(half), hi: shown.plus(half) };
}

/**
 * The range of `f` over every combination of its inputs' bounds: exact for a function monotone in each input
 * separately (sums, differences, quotients of figures whose sign does not change, the capaian formulas). Undefined
 * when `f` is undefined at a corner (a denominator of 0). At most a handful of inputs: 2ⁿ evaluations.
 */
export function rangeOver(inputs: Bounds[], f: (xs: Decimal[]) => Decimal | undefined): Bounds | undefined {
  if (inputs.length > 6) throw new Error(`rangeOver: ${inputs.length} inputs`);
  let lo: Decimal | undefined;
  let hi: Decimal | undefined;
  for (let corner = 0; corner < 1 << inputs.length; corner++) {
    const y = f(inputs.map((b, i) => (corner & (1 << i) ? b.hi : b.lo)));
    if (!y) return undefined;
    if (!lo || y.lessThan(lo)) lo = y;
    if (!hi || y.greaterThan(hi)) hi = y;
  }
  return lo && hi ? { lo, hi } : undefined;
}

/** Whether two ranges share a value (ends included). */
export function overlaps(a: Bounds, b: Bounds): boolean {
  return a.lo.lessThanOrEqualTo(b.hi) && b.lo.lessThanOrEqualTo(a.hi);
}

/** Whether a value printed as `shown` with `decimals` decimals can stand for some value within `range`. */
export function consistentWith(shown: Decimal, decimals: number, range: Bounds): boolean {
  const half = halfUnit(decimals);
  return overlaps({ lo: shown.minus(half), hi: shown.plus(half) }, range);
}
