// A stated value against the exact value it should show, at the precision it is printed with (workbook contract,
// "Printed precision" and "Rounding versus error"). The one place that decides ok / rounding / error.
import { Decimal } from "decimal.js";
import type { NumValue } from "../model/types.js";
import { roundHalfUp } from "../text/format.js";
import { consistentWith, type Bounds } from "./interval.js";

/** How a stated value that is not the half-up rounding of the exact value can still be explained by rounding. */
export type RoundingKind = "dipotong" | "setengah-genap" | "satu-satuan";

export interface Comparison {
  verdict: "ok" | "pembulatan" | "salah";
  /** Decimals the stated value is printed with. */
  decimals: number;
  /** The stated value as printed (its value rounded half-up at its printed precision, as Excel shows it). */
  shown: Decimal;
  /** The exact value rounded half-up at the printed precision: what the cell should show. */
  expected: Decimal;
  exact: Decimal;
  /** shown − expected. */
  difference: Decimal;
  /** For a rounding verdict: which convention explains the stated value. */
  how?: RoundingKind;
}

/** Printed decimals are bounded: a General cell shows at most 4 (contract), text rarely more than a few. */
const MAX_DECIMALS = 10;

/**
 * Compares a stated value with the exact value at the stated value's printed precision:
 * - `ok` when it equals the exact value rounded half-up, or — when the inputs' printed forms are known (`range`: what
 *   the formula gives over every input value that rounds to its printed form, see interval.ts) — when some value
 *   within that range rounds to it;
 * - `pembulatan` when it equals the exact value truncated or rounded half-to-even, or — only when the inputs' printed
 *   forms are not known — printed with at least one decimal, lies within one unit of its last decimal;
 * - `salah` otherwise (95 % printed for 94,10 %).
 * `range` is asked for only when the value is not the exact value rounded half-up.
 */
export function compareStated(exact: Decimal, stated: NumValue, range?: () => Bounds | undefined): Comparison {
  const decimals = Math.min(Math.max(Math.trunc(stated.decimals), 0), MAX_DECIMALS);
  return compareAt(exact, stated.value, decimals, range);
}

/** `compareStated` on a bare value and its printed decimals. */
export function compareAt(exact: Decimal, value: Decimal, decimals: number, range?: () => Bounds | undefined): Comparison {
  const shown = roundHalfUp(value, decimals);
  const expected = roundHalfUp(exact, decimals);
  const base = { decimals, shown, expected, exact, difference: shown.minus(expected) };
  if (shown.equals(expected)) return { ...base, verdict: "ok" };
  const bounds = range?.();
  if (bounds && consistentWith(shown, decimals, bounds)) return { ...base, verdict: "ok" };
  if (shown.equals(exact.toDecimalPlaces(decimals, Decimal.ROUND_DOWN))) return { ...base, verdict: "pembulatan", how: "dipotong" };
  if (shown.equals(exact.toDecimalPlaces(decimals, Decimal.ROUND_HALF_EVEN))) {
    return { ...base, verdict: "pembulatan", how: "setengah-genap" };
  }
  if (!bounds && decimals >= 1 && shown.minus(exact).abs().lessThanOrEqualTo(new Decimal(10).pow(-decimals))) {
    return { ...base, verdict: "pembulatan", how: "satu-satuan" };
  }
  return { ...base, verdict: "salah" };
}
