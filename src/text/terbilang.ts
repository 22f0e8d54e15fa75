// "Terbilang": amounts written out in Indonesian words, as LKIP documents print them next to the digits
// (`Rp 29.226.552.145` → "dua puluh sembilan miliar ... seratus empat puluh lima rupiah"), and as the checker
// compares them against the digits.
import { roundHalfUp, toDecimal, type Numeric } from "./format.js";

const UNITS = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"] as const;

/** Scale word for each group of three digits, from the lowest: 10^0, 10^3, 10^6 … 10^15. */
const SCALES = ["", "ribu", "juta", "miliar", "triliun", "kuadriliun"] as const;

/**
 * An amount in lower-case Indonesian words. Negative values are prefixed with `minus`; digits after the decimal
 * point are read one by one after `koma` (`15.82` → "lima belas koma delapan dua"). Supports up to 10^18 − 1.
 */
export function terbilang(value: Numeric): string {
  const d = toDecimal(value);
  const [integer = "0", fraction] = d.abs().toFixed().split(".");
  const words = fraction === undefined ? integerWords(integer) : `${integerWords(integer)} koma ${digitWords(fraction)}`;
  return d.isNegative() && !d.isZero() ? `minus ${words}` : words;
}

/**
 * A rupiah amount in words, cents rounded half-up to two digits and read as a number of `sen`:
 * `252398711.02` → "… tujuh ratus sebelas rupiah dua sen"; `0.5` → "lima puluh sen".
 */
export function terbilangRupiah(value: Numeric): string {
  const rounded = roundHalfUp(toDecimal(value), 2);
  const abs = rounded.abs();
  const rupiah = abs.trunc();
  const sen = abs.minus(rupiah).times(100);
  const parts: string[] = [];
  if (!rupiah.isZero() || sen.isZero()) parts.push(`${integerWords(rupiah.toFixed())} rupiah`);
  if (!sen.isZero()) parts.push(`${integerWords(sen.toFixed())} sen`);
  const words = parts.join(" ");
  return rounded.isNegative() && !rounded.isZero() ? `minus ${words}` : words;
}

/** Upper-cases the first character, for words starting a sentence: "Dua puluh sembilan miliar …". */
export function capitalizeFirst(s: string): string {
  return s.length === 0 ? s : s.charAt(0).toUpperCase() + s.slice(1);
}

/** Words for a non-negative integer given as a digit string. */
function integerWords(digits: string): string {
  const groups = splitThousands(digits.replace(/^0+(?=\d)/, ""));
  if (groups.length > SCALES.length) {
    throw new RangeError(`Number too large for terbilang: ${digits}`);
  }
  const words: string[] = [];
  groups.forEach((group, index) => {
    const scale = SCALES[groups.length - 1 - index] ?? "";
    const phrase = groupWords(group, scale);
    if (phrase !== "") words.push(phrase);
  });
  return words.length === 0 ? "nol" : words.join(" ");
}

/** One group of three digits with its scale word; a lone 1 in the thousands is "seribu". */
function groupWords(group: number, scale: string): string {
  if (group === 0) return "";
  if (scale === "") return belowThousand(group);
  if (group === 1 && scale === "ribu") return "seribu";
  return `${belowThousand(group)} ${scale}`;
}

function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const head = hundreds === 0 ? "" : hundreds === 1 ? "seratus" : `${unit(hundreds)} ratus`;
  const tail = belowHundred(rest);
  return [head, tail].filter((part) => part !== "").join(" ");
}

function belowHundred(n: number): string {
  if (n === 0) return "";
  if (n < 10) return unit(n);
  if (n === 10) return "sepuluh";
  if (n === 11) return "sebelas";
  if (n < 20) return `${unit(n - 10)} belas`;
  const ones = n % 10;
  const tens = `${unit(Math.floor(n / 10))} puluh`;
  return ones === 0 ? tens : `${tens} ${unit(ones)}`;
}

/** `"1234"` → [1, 234]. */
function splitThousands(digits: string): number[] {
  const groups: number[] = [];
  for (let end = digits.length; end > 0; end -= 3) {
    groups.unshift(Number(digits.slice(Math.max(0, end - 3), end)));
  }
  return groups;
}

/** Digits after the decimal comma, read one by one: `"82"` → "delapan dua". */
function digitWords(digits: string): string {
  return [...digits].map((c) => unit(Number(c))).join(" ");
}

function unit(n: number): string {
  const word = UNITS[n];
  if (word === undefined) throw new RangeError(`Not a digit: ${n}`);
  return word;
}
