// Capaian formulas: positive and negative polarity, range targets, ordinal letters, and `measureCapaian`,
// which picks the right one for a target/realisasi pair and says why when none applies.
import { Decimal } from "decimal.js";
import type { Polarity, Quantity } from "../model/types.js";
import { dec, HUNDRED, type DecimalInput } from "./decimal.js";
import { capaianOrdinal, normalizeLetter, ordinalScaleFor } from "./ordinal.js";
import type { CapaianOutcome, Measured, OrdinalLetter, OrdinalScale } from "./types.js";

/** Positive polarity (higher is better): realisasi / target × 100. Undefined when the target is 0. */
export function capaianPositive(realisasi: DecimalInput, target: DecimalInput): Decimal | undefined {
  const t = dec(target);
  if (t.isZero()) return undefined;
  return dec(realisasi).dividedBy(t).times(HUNDRED);
}

/**
 * Negative polarity (lower is better): (2 × target − realisasi) / target × 100. Undefined when the target is 0.
 * The result is below 0 when realisasi exceeds twice the target; it is kept as computed (no floor).
 */
export function capaianNegative(realisasi: DecimalInput, target: DecimalInput): Decimal | undefined {
  const t = dec(target);
  if (t.isZero()) return undefined;
  return t.times(2).minus(dec(realisasi)).dividedBy(t).times(HUNDRED);
}

/** The polarity's formula. */
export function capaianByPolarity(
  realisasi: DecimalInput,
  target: DecimalInput,
  polaritas: Polarity,
): Decimal | undefined {
  return polaritas === "negatif" ? capaianNegative(realisasi, target) : capaianPositive(realisasi, target);
}

/**
 * Range target `lo–hi` (e.g. 4,25–4,30; bounds in either order):
 * - inside the range, bounds included: 100;
 * - outside, the realisasi is measured from the NEARER bound with the polarity's formula:
 *   positive — below lo: realisasi / lo × 100 (under 100); above hi: realisasi / hi × 100 (over 100, an over-achievement,
 *   as with a single-number target; the cap, when configured, limits it like any other capaian);
 *   negative — above hi: (2 × hi − realisasi) / hi × 100 (under 100); below lo: (2 × lo − realisasi) / lo × 100 (over 100).
 * This keeps a range target continuous with a single-number target: a range `x–x` gives the same capaian as target `x`.
 * Undefined when the bound measured from is 0.
 */
export function capaianRange(
  realisasi: DecimalInput,
  lo: DecimalInput,
  hi: DecimalInput,
  polaritas: Polarity,
): Decimal | undefined {
  let a = dec(lo);
  let b = dec(hi);
  if (a.greaterThan(b)) [a, b] = [b, a];
  const r = dec(realisasi);
  if (r.greaterThanOrEqualTo(a) && r.lessThanOrEqualTo(b)) return new Decimal(100);
  const bound = r.lessThan(a) ? a : b;
  return capaianByPolarity(r, bound, polaritas);
}

/** Turns a model quantity or a measured value into a measured value; `range` for a range (not a valid realisasi). */
function asMeasured(v: Measured | Quantity | undefined): Measured | "range" | undefined {
  if (v === undefined) return undefined;
  if (Decimal.isDecimal(v)) return v as Decimal;
  if ("kind" in v) {
    if (v.kind === "num") return v.value;
    if (v.kind === "letter") return { letter: normalizeLetter(v.letter) };
    return "range";
  }
  return { letter: normalizeLetter((v as OrdinalLetter).letter) };
}

/** True for an ordinal-letter measured value. */
export function isLetter(v: Measured | undefined): v is OrdinalLetter {
  return v !== undefined && !Decimal.isDecimal(v) && typeof (v as OrdinalLetter).letter === "string";
}

/**
 * Capaian of a realisasi against a target, with the status saying why there is none:
 * no target → `tanpa-target` (checked first), no realisasi → `tanpa-realisasi`, division by a zero target → `target-nol`,
 * incomparable kinds → `tidak-terbandingkan`. Letters use the ordinal rule (polarity does not apply to letters: a better
 * predikat is always higher); `satuan` helps choose the ordinal scale (see `ordinalScaleFor`).
 */
export function measureCapaian(
  target: Quantity | undefined,
  realisasi: Measured | Quantity | undefined,
  polaritas: Polarity,
  satuan?: string,
  scale?: OrdinalScale,
): CapaianOutcome {
  if (!target) return { status: "tanpa-target" };
  const r = asMeasured(realisasi);
  if (r === undefined) return { status: "tanpa-realisasi" };
  if (r === "range") return { status: "tidak-terbandingkan" };

  if (target.kind === "letter") {
    if (!isLetter(r)) return { status: "tidak-terbandingkan" };
    const t = normalizeLetter(target.letter);
    const sc = scale ?? ordinalScaleFor([t, r.letter], satuan);
    const c = capaianOrdinal(r.letter, t, sc);
    return c === undefined ? { status: "tidak-terbandingkan" } : { status: "ok", capaian: c, metode: "ordinal" };
  }
  if (isLetter(r)) return { status: "tidak-terbandingkan" };

  if (target.kind === "range") {
    const c = capaianRange(r, target.lo, target.hi, polaritas);
    return c === undefined ? { status: "target-nol" } : { status: "ok", capaian: c, metode: "rentang" };
  }
  const c = capaianByPolarity(r, target.value, polaritas);
  return c === undefined ? { status: "target-nol" } : { status: "ok", capaian: c, metode: polaritas };
}
