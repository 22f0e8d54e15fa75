// Plain addressed cell values, as the reader (src/workbook/xlsx/) hands them to the table and model parsers.

export type CellContent =
  | { kind: "empty" }
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  | { kind: "date"; value: Date }
  | { kind: "bool"; value: boolean }
  /** A formula whose cached result is missing (never recalculated) or an error value (`#DIV/0!`). */
  | { kind: "no-result"; error?: string };

export interface RawCell {
  address: string;
  row: number;
  col: number;
  content: CellContent;
  formula?: string;
  numFmt?: string;
  /** A non-master cell of a merge: it repeats the master's value and must not count again. */
  mergedCopy: boolean;
}

/**
 * What Excel shows for a date-formatted number outside its calendar (a serial such as 1e15): the cell's text from
 * here on, so it is reported where it is used (not a number; not a Profil date) instead of failing as "Invalid Date".
 */
export const OUT_OF_RANGE_DATE = "########";

/** Excel's calendar: 1 January 1900 to 31 December 9999. */
function validDate(d: Date): boolean {
  const t = d.getTime();
  return Number.isFinite(t) && t >= Date.UTC(1899, 11, 30) && t < Date.UTC(10000, 0, 1);
}

/** The text of a cell for labels and headers ("" when empty or not text-like). */
export function cellText(c: RawCell | undefined): string {
  if (!c) return "";
  switch (c.content.kind) {
    case "text":
      return c.content.value.trim();
    case "number":
      return String(c.content.value);
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
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
