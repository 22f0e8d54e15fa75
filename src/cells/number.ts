// Text that is a number: Indonesian first (`1.234.567,89`), English only when the text cannot be Indonesian
// (`1,234,567.89`, `96.85%`). The rules are the workbook contract's ("Text numbers"); this is their one home.
import { Decimal } from "decimal.js";

export type ParsedText =
  | { kind: "empty" }
  | {
      kind: "num";
      value: Decimal;
      /** Decimals as written. */
      decimals: number;
      percent: boolean;
      notation: "id" | "en";
      /** A single group such as `1.576` or `1,576`: read the Indonesian way, worth telling the user. */
      ambiguous: boolean;
    }
  | { kind: "range"; lo: Decimal; hi: Decimal; decimals: number; percent: boolean }
  | { kind: "invalid" }
  /** Longer than MAX_NUMBER_TEXT characters: never read as a number (see the constant). */
  | { kind: "too-long"; length: number };

/**
 * The longest text read as a number (after trimming). Excel keeps 15 significant digits, and the largest budget figure
 * written in full with dots and decimals (`Rp 999.999.999.999.999,99`) is under 30 characters; the bound keeps a cell
 * of hundreds of thousands of digits from becoming a Decimal that every later step has to print and compare.
 */
export const MAX_NUMBER_TEXT = 64;

const NO_VALUE = new Set(["", "-", "–", "—", "n/a", "na", "#n/a", "tidak ada"]);

// Indonesian: dots group thousands, comma is the decimal separator.
const ID_GROUPED = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
const ID_PLAIN = /^\d+(,\d+)?$/;
// English: commas group thousands, dot is the decimal separator.
const EN_GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const EN_PLAIN = /^\d*\.\d+$/;

/** Strips what may stand around a number: `Rp`, `Rp.`, spaces, a trailing `,-` (money written `3.248.486.800,-`). */
function strip(text: string): { core: string; percent: boolean } {
  let s = text.replace(/[\u00a0\u202f\s]+/g, "");
  s = s.replace(/^rp\.?/i, "");
  s = s.replace(/,-$/, "");
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1);
  }
  return { core: s, percent };
}

function parseUnsigned(core: string): { value: Decimal; decimals: number; notation: "id" | "en"; ambiguous: boolean } | undefined {
  if (ID_GROUPED.test(core) || ID_PLAIN.test(core)) {
    const [int = "", frac = ""] = core.split(",");
    const digits = int.replace(/\./g, "");
    const ambiguous =
      (/^[1-9]\d{0,2}\.\d{3}$/.test(core)) || // 1.576: thousands here, a decimal point in English
      (/^[1-9]\d{0,2},\d{3}$/.test(core)); // 1,576: a decimal comma here, thousands in English
    return { value: new Decimal(frac ? `${digits}.${frac}` : digits), decimals: frac.length, notation: "id", ambiguous };
  }
  if (EN_GROUPED.test(core) || EN_PLAIN.test(core)) {
    const [int = "", frac = ""] = core.split(".");
    const digits = int.replace(/,/g, "") || "0";
    return { value: new Decimal(frac ? `${digits}.${frac}` : digits), decimals: frac.length, notation: "en", ambiguous: false };
  }
  return undefined;
}

function parseSigned(core: string) {
  let negative = false;
  let s = core;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  } else if (/^[-−]/.test(s)) {
    negative = true;
    s = s.slice(1);
  }
  const parsed = parseUnsigned(s);
  if (!parsed) return undefined;
  return { ...parsed, value: negative ? parsed.value.negated() : parsed.value };
}

/** True when the text means "no value" (`-`, empty, `N/A`). */
export function isNoValue(text: string): boolean {
  return NO_VALUE.has(text.trim().toLowerCase());
}

/** Reads a text as a number, a range (`4,25-4,30`), "no value", or nothing valid. */
export function parseNumberText(text: string): ParsedText {
  if (isNoValue(text)) return { kind: "empty" };
  const length = text.trim().length;
  if (length > MAX_NUMBER_TEXT) return { kind: "too-long", length };
  const { core, percent } = strip(text);
  if (core === "") return percent ? { kind: "invalid" } : { kind: "empty" };
  const single = parseSigned(core);
  if (single) return { kind: "num", ...single, percent };
  const range = /^([^-–—]+)[-–—]([^-–—]+)$/.exec(core);
  if (range) {
    const left = strip(range[1] ?? "");
    const lo = parseUnsigned(left.core);
    const hi = parseUnsigned(range[2] ?? "");
    if (lo && hi && lo.value.lte(hi.value)) {
      return { kind: "range", lo: lo.value, hi: hi.value, decimals: Math.max(lo.decimals, hi.decimals), percent: percent || left.percent };
    }
  }
  return { kind: "invalid" };
}

/** Exact decimal of a JS number read from a cell: its shortest round-trip text, never float arithmetic. */
export function decimalOfNumber(n: number): Decimal {
  return new Decimal(String(n));
}

/** Decimals a stored number shows under the General format (at most 4, per the contract). */
export function generalDecimals(value: Decimal): number {
  return Math.min(value.decimalPlaces(), 4);
}

/** Decimals a number format prints: `0.00` → 2, `#,##0` → 0, `0.0%` → 1 (of the percentage); undefined for General. */
export function formatDecimals(numFmt: string | undefined): number | undefined {
  if (!numFmt || /^general$/i.test(numFmt)) return undefined;
  const section = (numFmt.split(";")[0] ?? "").replace(/"[^"]*"|\\./g, "");
  const m = /\.([0#?]+)/.exec(section);
  return m ? (m[1] ?? "").length : 0;
}

/** Whether a number format shows the value as a percentage (the cell holds a fraction). */
export function isPercentFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const section = (numFmt.split(";")[0] ?? "").replace(/"[^"]*"|\\./g, "");
  return section.includes("%");
}
