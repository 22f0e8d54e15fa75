// Indonesian number notation for the document (`1.234.567,89`, `Rp 29.226.552.145`, `85,82%`) and plain machine
// notation for JSON contracts. This is the only place where values are rounded (half-up), so every printed figure
// is derived from the exact Decimal in one consistent way.
import { Decimal } from "decimal.js";

/** Anything that can be read as an exact decimal. Numbers are converted via their shortest string form. */
export type Numeric = Decimal | number | string;

/** Converts to Decimal, rejecting NaN and infinities (they have no printed form in a report). */
export function toDecimal(value: Numeric): Decimal {
  const d = value instanceof Decimal ? value : new Decimal(value);
  if (!d.isFinite()) throw new RangeError(`Not a finite number: ${String(value)}`);
  return d;
}

/** The single rounding helper: half-up on the absolute value (-2.5 → -3 at 0 decimals). */
export function roundHalfUp(value: Decimal, decimals: number): Decimal {
  assertDecimals(decimals);
  return value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

/**
 * Indonesian notation: `.` groups thousands, `,` is the decimal comma. With `decimals` the value is rounded half-up
 * and printed with exactly that many decimals; without, it is printed as is (no trailing zeros). Never prints `-0`.
 */
export function formatNumber(value: Numeric, decimals?: number): string {
  const d = toDecimal(value);
  const shown = decimals === undefined ? d : roundHalfUp(d, decimals);
  const digits = decimals === undefined ? shown.abs().toFixed() : shown.abs().toFixed(decimals);
  const sign = shown.isNegative() && !shown.isZero() ? "-" : "";
  return sign + toIndonesianDigits(digits);
}

/** Fixed number of decimals in Indonesian notation: `formatFixed(131.8168, 2)` → `131,82`. */
export function formatFixed(value: Numeric, decimals: number): string {
  return formatNumber(value, decimals);
}

/**
 * Rupiah amount: `Rp 29.226.552.145`. Without `decimals`, cents are shown (2 decimals) only when the amount rounded
 * to cents has non-zero cents: `Rp 252.398.711,02`. Negative amounts print as `-Rp 1.234`.
 */
export function formatRupiah(value: Numeric, decimals?: number): string {
  const d = toDecimal(value);
  const places = decimals ?? (hasCents(d) ? 2 : 0);
  const text = formatNumber(d, places);
  return text.startsWith("-") ? `-Rp ${text.slice(1)}` : `Rp ${text}`;
}

/** A value that is already a percentage (85.82, not 0.8582), fixed decimals, no space: `85,82%`, `100,00%`. */
export function formatPercent(value: Numeric, decimals = 2): string {
  return `${formatNumber(value, decimals)}%`;
}

/** Machine notation: dot decimal separator, no grouping, never an exponent, no trailing zeros, never `-0`. */
export function formatPlain(value: Numeric): string {
  const d = toDecimal(value);
  return d.isZero() ? "0" : d.toFixed();
}

function hasCents(value: Decimal): boolean {
  const cents = roundHalfUp(value.abs(), 2);
  return !cents.isInteger();
}

/** `1234567.89` (plain, unsigned) → `1.234.567,89`. */
function toIndonesianDigits(plain: string): string {
  const [integer = "0", fraction] = plain.split(".");
  const grouped = groupThousands(integer, ".");
  return fraction === undefined ? grouped : `${grouped},${fraction}`;
}

/**
 * Puts `separator` between every group of three digits from the right: `1234567` → `1.234.567`. One pass over the
 * digits (a lookahead regex such as `/\B(?=(\d{3})+$)/` rescans the rest of the string at every position: quadratic,
 * minutes for a 300.000-digit text number).
 */
export function groupThousands(digits: string, separator: string): string {
  const head = digits.length % 3 || 3;
  const parts = [digits.slice(0, head)];
  for (let i = head; i < digits.length; i += 3) parts.push(digits.slice(i, i + 3));
  return parts.join(separator);
}

function assertDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0) {
    throw new RangeError(`decimals must be a non-negative integer, got ${decimals}`);
  }
}
