// The multiplier of a ratio indicator (Pembilang / Penyebut × k), read from its Satuan, else its Formula.
//
// Offices state rates in many units: a percentage (× 100), deaths per 1.000 or per 100.000 live births, cases per
// 100.000 penduduk, per mil (‰), an index (× 1). Taking every ratio × 100 turns 9 maternal deaths in 8.400 births into
// 0,11 instead of 107,14 per 100.000, and against a target of 100 (negative polarity) into a capaian of about 200 %.
//
// Order: the Satuan wins (it is the unit the target and realisasi are written in); then the Formula ("… × 100.000",
// "per 1.000 kelahiran hidup"); then × 100, the rule for percentages and for rows that say nothing.
import { Decimal } from "decimal.js";
import { HUNDRED } from "./decimal.js";

/** Where a ratio's multiplier came from: the Satuan, the IKU Formula, or the default (× 100). */
export type PengaliDari = "satuan" | "formula" | "bawaan";

export interface RatioMultiplier {
  faktor: Decimal;
  dari: PengaliDari;
}

const ONE = new Decimal(1);
const THOUSAND = new Decimal(1000);

// A number as written after "per" or "×": Indonesian grouping (100.000), plain digits, or spaces between groups.
const NUMBER = String.raw`(\d{1,3}(?:[.\s]\d{3})+|\d+)`;

const WORDS: [RegExp, number][] = [
  [/^(?:seratus|100) ribu/, 100_000],
  [/^(?:sepuluh|10) ribu/, 10_000],
  [/^(?:sejuta|satu juta)/, 1_000_000],
  [/^seribu/, 1_000],
  [/^seratus/, 100],
];

/** "100.000" / "100 000" / "100000" → 100000; "seratus ribu" → 100000. Undefined when `text` does not start with one. */
function leadingAmount(text: string): Decimal | undefined {
  const t = text.trimStart();
  for (const [re, n] of WORDS) if (re.test(t)) return new Decimal(n);
  const m = new RegExp(`^${NUMBER}(?![\\d,])`).exec(t);
  if (!m) return undefined;
  // "1 000 penduduk" reads as 1000, but "1 2" must not: spaces count only between full groups of three digits
  const value = new Decimal(m[1]!.replace(/[.\s]/g, ""));
  return value.greaterThan(0) ? value : undefined;
}

/** "per 100.000 kelahiran hidup", "per seribu", "‰", "permil" → the amount; undefined when the text names none. */
function perAmount(text: string): Decimal | undefined {
  const s = text.toLowerCase();
  if (s.includes("‰") || /\bper\s?mil(?:le)?\b/.test(s)) return THOUSAND;
  for (const m of s.matchAll(/\bper\s+/g)) {
    const amount = leadingAmount(s.slice(m.index + m[0].length));
    if (amount) return amount;
  }
  return undefined;
}

/** The multiplier written at the end of a formula: "… / jumlah kelahiran hidup × 100.000" (also `x`, `*`). */
function timesAmount(formula: string): Decimal | undefined {
  let found: Decimal | undefined;
  for (const m of formula.toLowerCase().matchAll(/(?:^|[\s)\]])[×x*]\s*/g)) {
    const amount = leadingAmount(formula.slice(m.index + m[0].length));
    if (amount) found = amount;
  }
  return found;
}

function fromSatuan(satuan: string): Decimal | undefined {
  const per = perAmount(satuan);
  if (per) return per;
  const s = satuan.toLowerCase();
  if (s.includes("%") || s.includes("persen") || s.includes("prosentase")) return HUNDRED;
  if (/\b(indeks|index)\b/.test(s)) return ONE;
  return undefined;
}

/** The multiplier k of a ratio indicator: realisasi = Pembilang / Penyebut × k. */
export function ratioMultiplier(satuan: string | undefined, formula?: string): RatioMultiplier {
  const bySatuan = satuan ? fromSatuan(satuan) : undefined;
  if (bySatuan) return { faktor: bySatuan, dari: "satuan" };
  const byFormula = formula ? (perAmount(formula) ?? timesAmount(formula)) : undefined;
  if (byFormula) return { faktor: byFormula, dari: "formula" };
  return { faktor: HUNDRED, dari: "bawaan" };
}

/** A satuan that is a rate per some amount ("per 1.000 kelahiran hidup", "‰"): a level, like a percentage. */
export function isRateUnit(satuan: string | undefined): boolean {
  return satuan !== undefined && perAmount(satuan) !== undefined;
}
