// Qualitative indicators measured on an ordinal scale of letters.
//
// Rule (exported as `ORDINAL_RULE` for the document):
//   capaian = 100                                              when rank(realisasi) ≥ rank(target)
//   capaian = (rank(realisasi) + 1) / (rank(target) + 1) × 100  otherwise
// with ranks counted from the lowest letter: predikat AKIP D=0, C=1, CC=2, B=3, BB=4, A=5, AA=6; mutu D=0, C=1, B=2, A=3.
//
// Why: it is the positive-polarity formula (realisasi / target × 100) applied to the letters' positions on the scale
// counted from 1 (D = 1 … AA = 7), so a qualitative capaian reads like a numeric one — B against BB is 4/5 = 80 %,
// C against BB is 2/5 = 40 % — and falling one step short of a high target costs less than of a low one, as with numbers.
// It never reaches 0 (D is a grade, not an absence). Reaching or exceeding the target is 100 %, not more: letters do not
// measure how far beyond the target an office went, so no over-achievement is claimed.
import { Decimal } from "decimal.js";
import { HUNDRED } from "./decimal.js";
import type { OrdinalScale } from "./types.js";

export const PREDIKAT_AKIP: OrdinalScale = { name: "predikat-akip", letters: ["D", "C", "CC", "B", "BB", "A", "AA"] };
export const MUTU: OrdinalScale = { name: "mutu", letters: ["D", "C", "B", "A"] };

export { ORDINAL_RULE } from "../text/messages/engine.js";

export function normalizeLetter(letter: string): string {
  return letter.replace(/\s+/g, "").toUpperCase();
}

/**
 * Which scale the letters are on: predikat AKIP when any double letter (AA, BB, CC) is present or the satuan names a
 * predikat (AKIP / SAKIP); else mutu (A > B > C > D). The letters decide first because `BB` cannot be a mutu.
 */
export function ordinalScaleFor(letters: readonly string[], satuan?: string): OrdinalScale {
  const norm = letters.map(normalizeLetter);
  if (norm.some((l) => l === "AA" || l === "BB" || l === "CC")) return PREDIKAT_AKIP;
  const s = (satuan ?? "").toLowerCase();
  if (s.includes("predikat") || s.includes("akip")) return PREDIKAT_AKIP;
  return MUTU;
}

/** Rank of a letter on the scale (0 = lowest); undefined when the letter is not on it. */
export function ordinalRank(letter: string, scale: OrdinalScale): number | undefined {
  const i = scale.letters.indexOf(normalizeLetter(letter));
  return i < 0 ? undefined : i;
}

/**
 * Capaian of a letter realisasi against a letter target (see the rule at the top of this file).
 * The scale is chosen from the letters when not given. Undefined when a letter is not on the scale.
 */
export function capaianOrdinal(realisasi: string, target: string, scale?: OrdinalScale): Decimal | undefined {
  const sc = scale ?? ordinalScaleFor([realisasi, target]);
  const r = ordinalRank(realisasi, sc);
  const t = ordinalRank(target, sc);
  if (r === undefined || t === undefined) return undefined;
  if (r >= t) return new Decimal(100);
  return new Decimal(r + 1).dividedBy(t + 1).times(HUNDRED);
}
