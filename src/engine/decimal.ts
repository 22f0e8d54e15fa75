// Small Decimal helpers shared by the engine.
import { Decimal } from "decimal.js";

/** Anything `new Decimal()` accepts. */
export type DecimalInput = Decimal | number | string;

export const HUNDRED = new Decimal(100);

export function dec(v: DecimalInput): Decimal {
  return Decimal.isDecimal(v) ? (v as Decimal) : new Decimal(v);
}

/** Half-up rounding at `dp` decimals: how the document prints, and where thresholds are decided (see `Computed.desimal`). */
export function roundHalfUp(v: Decimal, dp: number): Decimal {
  return v.toDecimalPlaces(dp, Decimal.ROUND_HALF_UP);
}

/** Sum of the values; undefined for an empty list. */
export function sum(values: readonly Decimal[]): Decimal | undefined {
  if (values.length === 0) return undefined;
  return values.reduce((a, b) => a.plus(b), new Decimal(0));
}

/** Arithmetic mean; undefined for an empty list. */
export function mean(values: readonly Decimal[]): Decimal | undefined {
  const s = sum(values);
  return s === undefined ? undefined : s.dividedBy(values.length);
}

/** a / b × 100; undefined when b is 0. */
export function percentOf(a: Decimal, b: Decimal): Decimal | undefined {
  return b.isZero() ? undefined : a.dividedBy(b).times(HUNDRED);
}
