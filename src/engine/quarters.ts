// Annual realisasi from quarterly realisasi (Realisasi TW1 … TW4).
//
// Defaults when the row's `agregasi` is blank: `jumlah` (sum) for counts — people served, KK, units — because each
// quarter counts new cases; `terakhir` (the last quarter with a value) for everything that is a level rather than a flow:
// percentages (satuan `%`, `persen`), rates (`per 1.000 kelahiran hidup`, `‰`), indices / scores (satuan containing `indeks`, `nilai`, `skor`), ratios (`rasio`) and
// letters (`predikat`, `mutu`, `huruf`): summing 15 % four times is not 60 %.
// Missing quarters are skipped, never counted as 0 (a blank TW4 in October is "not yet", not "none").
import { Decimal } from "decimal.js";
import type { Aggregation } from "../model/types.js";
import { dec, type DecimalInput } from "./decimal.js";
import { isRateUnit } from "./multiplier.js";

/** Satuan is a percentage: `%`, `persen`, `persentase`, `prosentase`. */
export function isPercentUnit(satuan: string | undefined): boolean {
  if (!satuan) return false;
  const s = satuan.toLowerCase();
  return s.includes("%") || s.includes("persen") || s.includes("prosentase");
}

/** Satuan is an index / score: contains `indeks`, `index`, `nilai`, `skor`, `score`, `rasio`. */
export function isIndexUnit(satuan: string | undefined): boolean {
  if (!satuan) return false;
  const s = satuan.toLowerCase();
  return ["indeks", "index", "nilai", "skor", "score", "rasio"].some((w) => s.includes(w));
}

/** Satuan of ordinal letters: `predikat`, `mutu`, `huruf`, `kategori`. */
export function isLetterUnit(satuan: string | undefined): boolean {
  if (!satuan) return false;
  const s = satuan.toLowerCase();
  return ["predikat", "mutu", "huruf", "kategori"].some((w) => s.includes(w));
}

/** Satuan is a count (not a percentage, a rate per 1.000 / 100.000, an index or a letter). */
export function isCountUnit(satuan: string | undefined): boolean {
  return !isPercentUnit(satuan) && !isRateUnit(satuan) && !isIndexUnit(satuan) && !isLetterUnit(satuan);
}

/** The aggregation used when the row does not say: `jumlah` for counts, else `terakhir`. */
export function defaultAggregation(satuan: string | undefined): Aggregation {
  return isCountUnit(satuan) ? "jumlah" : "terakhir";
}

/**
 * Annual value from quarterly values (index 0..3; undefined = no value): `jumlah` sums, `terakhir` takes the last quarter
 * with a value, `rata-rata` averages the quarters with a value. Undefined when no quarter has a value.
 */
export function annualFromQuarters(
  values: readonly (DecimalInput | undefined)[],
  agregasi: Aggregation,
): Decimal | undefined {
  const present = values.filter((v): v is DecimalInput => v !== undefined).map(dec);
  if (present.length === 0) return undefined;
  switch (agregasi) {
    case "jumlah":
      return present.reduce((a, b) => a.plus(b), new Decimal(0));
    case "terakhir":
      return present[present.length - 1];
    case "rata-rata":
      return present.reduce((a, b) => a.plus(b), new Decimal(0)).dividedBy(present.length);
  }
}
