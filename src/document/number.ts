// Figures as a Word report prints them (`1.229.493.910`, `85,82`, `85,82%`, `Rp 29.226.552.145`, `(1.250)`), read
// with the workbook's Indonesian number parsing, keeping their printed precision: a figure stands for every value
// that rounds to it. Whole amounts and counts (no decimals, not a percentage) are taken as exact.
import { Decimal } from "decimal.js";
import { formatNumber } from "../text/format.js";
import { parseNumberText } from "../cells/number.js";
import { halfUnit, overlaps, type Bounds } from "../check/interval.js";

export interface DocNumber {
  value: Decimal;
  /** Decimals as printed. */
  decimals: number;
  percent: boolean;
  /** As printed in the document (trimmed), for `expected` / `actual`. */
  text: string;
}

/** Interval of the values a printed figure may stand for (the workbook checker's `Bounds`: one rounding rule). */
export type Interval = Bounds;

/** Reads a cell or a figure in running text; undefined when it is not one number. */
export function parseDocNumber(text: string): DocNumber | undefined {
  const t = text.replace(/\*/g, "").trim();
  if (t === "" || !/\d/.test(t)) return undefined;
  // `Rp.`, `Rp,` and `Rp` glued to the digits, as hand-typed reports write them
  const core = t.replace(/^rp\s*[.,]?\s*/i, "").replace(/\s*(,-|\.-)$/, "");
  const p = parseNumberText(core);
  if (p.kind !== "num") return undefined;
  return { value: p.value, decimals: p.decimals, percent: p.percent, text: t };
}

/** Whether a printed figure is exact: a whole amount or count, not a percentage. */
export function isExact(n: DocNumber): boolean {
  return n.decimals === 0 && !n.percent;
}

/** The values a printed figure stands for (a point when exact, unless `rounded`: a percentage printed without `%`). */
export function intervalOf(n: DocNumber, rounded = false): Interval {
  if (isExact(n) && !rounded) return { lo: n.value, hi: n.value };
  const h = halfUnit(n.decimals);
  return { lo: n.value.minus(h), hi: n.value.plus(h) };
}

export function sumIntervals(xs: readonly Interval[]): Interval {
  return xs.reduce((a, b) => ({ lo: a.lo.plus(b.lo), hi: a.hi.plus(b.hi) }), { lo: new Decimal(0), hi: new Decimal(0) });
}

/** a ÷ b × 100 over intervals of non-negative values (b > 0 throughout); undefined when b may be zero. */
export function percentInterval(a: Interval, b: Interval): Interval | undefined {
  if (b.lo.lte(0) || a.lo.isNegative()) return undefined;
  return { lo: a.lo.div(b.hi).times(100), hi: a.hi.div(b.lo).times(100) };
}

/**
 * Whether a stated figure agrees with a computed interval: some value that rounds to the stated figure lies in it
 * (half-up rounding; the interval's ends included).
 */
export function agrees(stated: DocNumber, computed: Interval, rounded = false): boolean {
  return overlaps(intervalOf(stated, rounded), computed);
}

/** The stated figure differs from the exact value only by truncating or by rounding half to even. */
export function roundingOnly(stated: DocNumber, exact: Decimal): boolean {
  const d = stated.decimals;
  return (
    exact.toDecimalPlaces(d, Decimal.ROUND_DOWN).eq(stated.value) ||
    exact.toDecimalPlaces(d, Decimal.ROUND_HALF_EVEN).eq(stated.value)
  );
}

/** A value printed the way the stated figure is (its decimals, `%`), for `expected`. */
export function printedLike(stated: DocNumber, value: Decimal): string {
  return `${formatNumber(value, stated.decimals)}${stated.percent ? "%" : ""}`;
}

/** The stated figure as the document prints it, without a currency prefix or bold marks: for `actual`. */
export function printed(stated: DocNumber): string {
  return `${formatNumber(stated.value, stated.decimals)}${stated.percent ? "%" : ""}`;
}

/** A difference in the stated figure's notation. */
export function printedDiff(stated: DocNumber, diff: Decimal): string {
  return formatNumber(diff, Math.max(stated.decimals, diff.decimalPlaces() > 4 ? 4 : diff.decimalPlaces()));
}
