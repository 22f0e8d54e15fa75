// Cell addresses for findings: A1 parsing, ordering, and compact ranges (`F13:F15`, `F3,F6,F8`, `PPKS!G2:G10`).
import { columnLetter } from "../cells/cell.js";
import type { Source } from "../model/types.js";

export interface A1 {
  col: number;
  row: number;
  letters: string;
}

/** Column number of column letters (`A` → 1, `AA` → 27). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** `F12` (or `$F$12`) → { col: 6, row: 12, letters: "F" }. */
export function parseA1(address: string): A1 | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return undefined;
  const letters = m[1]!.toUpperCase();
  return { col: columnNumber(letters), row: Number(m[2]), letters };
}

export function address(col: number, row: number): string {
  return `${columnLetter(col)}${row}`;
}

/** A sheet name as a formula prefix: `PPKS!`, `'Indikator Program'!`. */
export function sheetPrefix(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

const MAX_PARTS = 12;

/** Compact A1 text of cells on one sheet: runs down a column or along a row become `F3:F5`; others are listed. */
function compact(cells: A1[]): string {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const sameCol = sorted.every((c) => c.col === sorted[0]!.col);
  const sameRow = sorted.every((c) => c.row === sorted[0]!.row);
  const parts: string[] = [];
  if (sameCol || sameRow) {
    let start = sorted[0]!;
    let prev = start;
    const flush = () => parts.push(start === prev ? address(start.col, start.row) : `${address(start.col, start.row)}:${address(prev.col, prev.row)}`);
    for (const c of sorted.slice(1)) {
      const next = sameCol ? c.row === prev.row + 1 : c.col === prev.col + 1;
      if (!next) {
        flush();
        start = c;
      }
      prev = c;
    }
    flush();
  } else {
    for (const c of sorted) parts.push(address(c.col, c.row));
  }
  if (parts.length <= MAX_PARTS) return parts.join(",");
  // too many pieces to read: the bounding box
  const cols = sorted.map((c) => c.col);
  const rows = sorted.map((c) => c.row);
  return `${address(Math.min(...cols), Math.min(...rows))}:${address(Math.max(...cols), Math.max(...rows))}`;
}

/** The cells as a range text; cells on another sheet than `home` carry their sheet name. Undefined for no cells. */
export function rangeOf(cells: readonly Source[], home?: string): string | undefined {
  const bySheet = new Map<string, A1[]>();
  for (const s of cells) {
    const a = parseA1(s.cell);
    if (!a) continue;
    const list = bySheet.get(s.sheet) ?? [];
    list.push(a);
    bySheet.set(s.sheet, list);
  }
  const out: string[] = [];
  for (const [sheet, list] of bySheet) {
    const text = compact(list);
    out.push(sheet === home ? text : text.split(",").map((p) => sheetPrefix(sheet) + p).join(","));
  }
  return out.length ? out.join(",") : undefined;
}
