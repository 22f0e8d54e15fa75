// A worksheet → one table: the header row found by text, columns by key, data rows with blank-means-above applied,
// and stated total rows kept apart.
import { cellText, columnLetter, type RawCell } from "./cells.js";
import { isTotalLabel, matchColumn, matchYearColumn, normalizeHeader, SHEETS, type SheetId } from "./headers.js";
import type { Worksheet } from "./xlsx/sheet.js";

export interface SheetRow {
  row: number;
  cells: Map<number, RawCell>;
  /** Columns whose value was carried down from the row above (blank means "same as above"). */
  filled: Map<string, RawCell>;
  total: boolean;
  label: string;
}

export interface SheetTable {
  id: SheetId;
  sheet: string;
  headerRow: number;
  /** Contract columns found: key → column number. */
  columns: Map<string, number>;
  /** Header text as written, by column number (every non-empty header). */
  headers: Map<number, string>;
  targetYears: Map<number, number>;
  realisasiYears: Map<number, number>;
  rows: SheetRow[];
}

const HEADER_SCAN_ROWS = 30;

function headerColumns(id: SheetId, cells: Map<number, RawCell>): Map<string, number> {
  const found = new Map<string, number>();
  for (const [col, cell] of cells) {
    const spec = matchColumn(id, cellText(cell));
    if (spec && !found.has(spec.key)) found.set(spec.key, col);
  }
  return found;
}

function satisfies(id: SheetId, found: Map<string, number>, yearsFound: boolean): boolean {
  const spec = SHEETS[id];
  const base = spec.required.some((alt) => alt.every((k) => found.has(k)));
  // IKU needs at least one `Target <year>` besides its Indikator.
  return id === "iku" ? base && yearsFound : base;
}

/** Finds the header row (the first row holding the required headers) and reads the table under it. */
export function readTable(id: SheetId, ws: Worksheet): SheetTable | undefined {
  const rows = ws.rows;
  const rowNumbers = [...rows.keys()].sort((a, b) => a - b);
  for (const r of rowNumbers.slice(0, HEADER_SCAN_ROWS)) {
    const cells = rows.get(r)!;
    const columns = headerColumns(id, cells);
    const targetYears = new Map<number, number>();
    const realisasiYears = new Map<number, number>();
    const headers = new Map<number, string>();
    for (const [col, cell] of cells) {
      const text = cellText(cell);
      if (text) headers.set(col, text);
      if (!SHEETS[id].yearColumns) continue;
      const y = matchYearColumn(text);
      if (y) (y.kind === "target" ? targetYears : realisasiYears).set(y.year, col);
    }
    if (!satisfies(id, columns, targetYears.size > 0)) continue;
    return { id, sheet: ws.name, headerRow: r, columns, headers, targetYears, realisasiYears, rows: dataRows(id, rows, rowNumbers, r, columns) };
  }
  return undefined;
}

function dataRows(
  id: SheetId,
  rows: Map<number, Map<number, RawCell>>,
  rowNumbers: number[],
  headerRow: number,
  columns: Map<string, number>,
): SheetRow[] {
  const spec = SHEETS[id];
  const fillDown = spec.columns.filter((c) => c.fillDown && columns.has(c.key));
  const last = new Map<string, RawCell>();
  const out: SheetRow[] = [];
  for (const r of rowNumbers) {
    if (r <= headerRow) continue;
    const cells = rows.get(r)!;
    const label = totalLabel(cells, spec.labelColumns.map((k) => columns.get(k)));
    const total = label !== undefined;
    const filled = new Map<string, RawCell>();
    if (!total) {
      for (const c of fillDown) {
        const col = columns.get(c.key)!;
        const own = cells.get(col);
        if (own && cellText(own) !== "") last.set(c.key, own);
        else if (last.has(c.key)) filled.set(c.key, last.get(c.key)!);
      }
    }
    out.push({ row: r, cells, filled, total, label: label ?? "" });
  }
  return out;
}

/** The total label of a row, when one of its label cells (or its first text cell) says `Jumlah`/`Total`. */
function totalLabel(cells: Map<number, RawCell>, labelCols: (number | undefined)[]): string | undefined {
  const candidates: RawCell[] = [];
  for (const c of labelCols) if (c !== undefined && cells.has(c)) candidates.push(cells.get(c)!);
  const firstText = [...cells.entries()].sort((a, b) => a[0] - b[0]).find(([, c]) => c.content.kind === "text");
  if (firstText) candidates.push(firstText[1]);
  for (const c of candidates) {
    const text = cellText(c);
    if (isTotalLabel(text)) return text;
  }
  return undefined;
}

/** `F12` of a row and column number. */
export function addressOf(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** The header key of extra (non-contract, non-year) columns: their text as written. */
export function extraHeaders(t: SheetTable): Map<number, string> {
  const known = new Set<number>([...t.columns.values(), ...t.targetYears.values(), ...t.realisasiYears.values()]);
  const out = new Map<number, string>();
  for (const [col, text] of t.headers) if (!known.has(col) && normalizeHeader(text) !== "") out.set(col, text);
  return out;
}
