// The cells the workbook reader hands to the model: addressed and typed, numbers already exact with the precision
// their format prints. Plain values and pure helpers; this folder depends on nothing else in lkip.
import type { Decimal } from "decimal.js";

export type CellValue =
  | { kind: "empty" }
  /**
   * A number as stored, exact. `decimals`: the decimals its number format prints (undefined under General);
   * `percent`: the format shows it as a percentage (the cell holds the fraction).
   */
  | { kind: "number"; value: Decimal; decimals?: number; percent: boolean }
  | { kind: "text"; value: string }
  | { kind: "date"; value: Date }
  | { kind: "bool"; value: boolean }
  /** A formula whose cached result is missing (never recalculated) or an error value (`#DIV/0!`). */
  | { kind: "no-result"; error?: string };

export interface Cell {
  address: string;
  row: number;
  col: number;
  content: CellValue;
  /** The cell's formula; the content is its cached result. */
  formula?: string;
}

/**
 * What Excel shows for a date-formatted number outside its calendar (a serial such as 1e15): the cell's text from
 * here on, so it is reported where it is used (not a number; not a Profil date) instead of failing as "Invalid Date".
 */
export const OUT_OF_RANGE_DATE = "########";

/** The text of a cell for labels and headers ("" when empty or not text-like). */
export function cellText(c: Cell | undefined): string {
  if (!c) return "";
  switch (c.content.kind) {
    case "text":
      return c.content.value.trim();
    case "number":
      return c.content.value.toString();
    case "bool":
      return c.content.value ? "TRUE" : "FALSE";
    case "date":
      return c.content.value.toISOString().slice(0, 10);
    default:
      return "";
  }
}

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(col: number): string {
  if (col > 0 && col < LETTERS.length) return (LETTERS[col] ??= lettersOf(col));
  return lettersOf(col);
}

/** Letters of the first columns, worked out once (every cell of a sheet asks for its column's). */
const LETTERS: (string | undefined)[] = new Array(1025);

function lettersOf(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** `F12` of a row and column number. */
export function addressOf(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}
