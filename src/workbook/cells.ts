// xlsx cells → plain addressed values. This is the only file that knows exceljs' cell shapes
// (rich text, hyperlinks, formulas with cached results, shared formulas, merges, errors).
import type ExcelJS from "exceljs";

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

type Rich = { richText: { text: string }[] };
type Link = { text: unknown; hyperlink: string };
type Formula = { formula?: string; sharedFormula?: string; result?: unknown };

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

function contentOf(value: unknown): CellContent {
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", value } : { kind: "no-result", error: String(value) };
  if (typeof value === "string") return value.trim() === "" ? { kind: "empty" } : { kind: "text", value };
  if (typeof value === "boolean") return { kind: "bool", value };
  if (value instanceof Date) return validDate(value) ? { kind: "date", value } : { kind: "text", value: OUT_OF_RANGE_DATE };
  if (typeof value === "object") {
    if ("richText" in value) return contentOf((value as Rich).richText.map((p) => p.text).join(""));
    if ("hyperlink" in value) return contentOf((value as Link).text);
    if ("error" in value) return { kind: "no-result", error: String((value as { error: unknown }).error) };
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as Formula).result;
      if (result === undefined) return { kind: "no-result" };
      return contentOf(result);
    }
  }
  return { kind: "text", value: String(value) };
}

/** Reads one exceljs cell. */
export function readCell(cell: ExcelJS.Cell): RawCell {
  const mergedCopy = cell.isMerged && cell.master !== cell && cell.master.address !== cell.address;
  const raw: RawCell = {
    address: cell.address,
    row: Number(cell.row),
    col: Number(cell.col),
    content: mergedCopy ? { kind: "empty" } : contentOf(cell.value),
    mergedCopy,
  };
  const v = cell.value as Formula | null;
  if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
    const f = cell.formula;
    if (f) raw.formula = f;
  }
  if (cell.numFmt) raw.numFmt = cell.numFmt;
  return raw;
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
