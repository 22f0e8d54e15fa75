// A worksheet → one table: the header row found by text, columns by key, data rows of typed cells with
// blank-means-above applied, and stated total rows kept apart.
import { addressOf, cellText, type Cell } from "../cells/cell.js";
import { headerName, normalizeHeader, SHEETS, type SheetId } from "../cells/contract.js";
import type { SheetRow, SheetTable } from "../cells/table.js";
import * as msg from "../text/messages/reader.js";
import { closestHeader, isTotalLabel, matchColumn, matchYearColumn, splitYear } from "./headers.js";
import type { Worksheet } from "./xlsx/sheet.js";

const HEADER_SCAN_ROWS = 30;

/** What one header text names on a sheet: a contract column, a year column, or a column of another year. */
type HeaderMeaning =
  | { key: string }
  | { year: number; kind: "target" | "realisasi" }
  | { otherYear: number };

function meaningOf(id: SheetId, text: string, reportYear: number | undefined): HeaderMeaning | undefined {
  const spec = SHEETS[id];
  const { base, year } = splitYear(text);
  if (year !== undefined && spec.yearColumns) {
    const y = matchYearColumn(text);
    if (y) return y;
  }
  if (year !== undefined && spec.reportYearOnly) {
    const c = matchColumn(id, base);
    if (c) return reportYear === undefined || year === reportYear ? { key: c.key } : { otherYear: year };
  }
  const c = matchColumn(id, text);
  return c ? { key: c.key } : undefined;
}

interface HeaderCandidate {
  /** The header row (the lower one of a two-row header). */
  row: number;
  headers: Map<number, string>;
  columns: Map<string, number>;
  targetYears: Map<number, number>;
  realisasiYears: Map<number, number>;
}

/**
 * Reads header texts as one row, or as two (a merged group like `Anggaran` over `Pagu` / `Realisasi` / `%`): a
 * column's lower text names it, or failing that the group text with it (`Pagu` over `Perubahan`), or its upper
 * text alone (a header merged down over both rows).
 */
function candidate(id: SheetId, reportYear: number | undefined, row: number, top: Map<number, Cell>, bottom?: Map<number, Cell>): HeaderCandidate {
  const c: HeaderCandidate = { row, headers: new Map(), columns: new Map(), targetYears: new Map(), realisasiYears: new Map() };
  const take = (col: number, texts: string[]): void => {
    const written = texts.find((t) => t !== "");
    if (written === undefined) return;
    for (const text of texts) {
      if (text === "") continue;
      const m = meaningOf(id, text, reportYear);
      if (!m) continue;
      c.headers.set(col, text);
      if ("key" in m) {
        if (!c.columns.has(m.key)) c.columns.set(m.key, col);
      } else if ("kind" in m) (m.kind === "target" ? c.targetYears : c.realisasiYears).set(m.year, col);
      return;
    }
    c.headers.set(col, written);
  };
  if (!bottom) {
    for (const [col, cell] of top) take(col, [cellText(cell)]);
    return c;
  }
  const cols = [...new Set([...top.keys(), ...bottom.keys()])].sort((a, b) => a - b);
  let group = "";
  for (const col of cols) {
    const upper = top.has(col) ? cellText(top.get(col)!) : "";
    const lower = bottom.has(col) ? cellText(bottom.get(col)!) : "";
    if (upper !== "") group = upper;
    if (lower === "") take(col, [upper]);
    else take(col, [lower, group === "" ? "" : `${group} ${lower}`]);
  }
  return c;
}

function satisfies(id: SheetId, c: HeaderCandidate): boolean {
  const spec = SHEETS[id];
  const base = spec.required.some((alt) => alt.every((k) => c.columns.has(k)));
  // IKU needs at least one `Target <year>` besides its Indikator.
  return id === "iku" ? base && c.targetYears.size > 0 : base;
}

const score = (c: HeaderCandidate) => c.columns.size + c.targetYears.size + c.realisasiYears.size;

/**
 * The header candidates of the top rows, in order: each row alone and with the row under it. When both are headers,
 * the pair wins if the row under holds only text and names more columns (`Pagu` over `Awal` / `Perubahan`).
 */
function* candidates(id: SheetId, rows: Map<number, Map<number, Cell>>, reportYear: number | undefined): Generator<HeaderCandidate> {
  const rowNumbers = [...rows.keys()].sort((a, b) => a - b).slice(0, HEADER_SCAN_ROWS);
  for (const r of rowNumbers) {
    const single = candidate(id, reportYear, r, rows.get(r)!);
    const next = rows.get(r + 1);
    const pair = next ? candidate(id, reportYear, r + 1, rows.get(r)!, next) : undefined;
    const textOnly = next !== undefined && [...next.values()].every((c) => c.content.kind === "text" && !c.formula);
    if (pair && textOnly && score(pair) > score(single) && satisfies(id, pair)) yield pair;
    yield single;
    if (pair) yield pair;
  }
}

/**
 * Finds the header row (the first row, or pair of rows, holding the required headers) and reads the table under it.
 * `reportYear` (the Profil's Tahun) decides which `Target 2025`-style columns are the report year's.
 */
export function readTable(id: SheetId, ws: Worksheet, reportYear?: number): SheetTable | undefined {
  const rows: Map<number, Map<number, Cell>> = ws.rows;
  for (const c of candidates(id, rows, reportYear)) {
    if (!satisfies(id, c)) continue;
    const rowNumbers = [...rows.keys()].sort((a, b) => a - b);
    return {
      id,
      sheet: ws.name,
      headerRow: c.row,
      columns: c.columns,
      headers: c.headers,
      targetYears: c.targetYears,
      realisasiYears: c.realisasiYears,
      rows: dataRows(id, rows, rowNumbers, c.row, c.columns),
    };
  }
  return undefined;
}

/** The required headers of a sheet, for messages: `Indikator, Target, Realisasi atau …`. */
export function requiredHeaders(id: SheetId): string {
  const spec = SHEETS[id];
  const alts = spec.required.map((alt) => alt.map((k) => headerName(id, k)).join(", "));
  const years = id === "iku" ? " dan minimal satu kolom Target <tahun>" : "";
  return alts.join(" atau ") + years;
}

/**
 * Why a sheet's header row was not found, in one line: the row most like a header (the one naming the most known
 * columns), the headers written there, and for each required column missing from it the closest header written.
 */
export function missingHeaderMessage(id: SheetId, ws: Worksheet, reportYear?: number): string {
  const rows: Map<number, Map<number, Cell>> = ws.rows;
  let best: HeaderCandidate | undefined;
  for (const c of candidates(id, rows, reportYear)) if (c.headers.size > 0 && (!best || score(c) > score(best))) best = c;
  if (!best) return msg.missingHeaders(ws.name, requiredHeaders(id), undefined);
  const spec = SHEETS[id];
  const chosen = best;
  const alternative = [...spec.required].sort(
    (a, b) => a.filter((k) => !chosen.columns.has(k)).length - b.filter((k) => !chosen.columns.has(k)).length,
  )[0]!;
  const written = [...chosen.headers.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t);
  const unused = [...chosen.headers.entries()].filter(([col]) => ![...chosen.columns.values()].includes(col)).map(([, t]) => t);
  const missing = alternative
    .filter((k) => !chosen.columns.has(k))
    .map((k) => {
      const other = unused.find((t) => {
        const m = meaningOf(id, t, reportYear);
        return m && "otherYear" in m && matchColumn(id, splitYear(t).base)?.key === k;
      });
      return { name: headerName(id, k), closest: other ?? closestHeader(id, k, unused), otherYear: other !== undefined };
    });
  if (id === "iku" && chosen.targetYears.size === 0) {
    missing.push({ name: "Target <tahun>", closest: unused.find((t) => normalizeHeader(t).startsWith("target")), otherYear: false });
  }
  return msg.missingHeaders(ws.name, requiredHeaders(id), { row: chosen.row, written, missing, reportYear });
}

/** The `filled` of every row that carries nothing down (most rows): one map, never written to. */
const NOTHING_FILLED: ReadonlyMap<string, Cell> = new Map();

function dataRows(
  id: SheetId,
  rows: Map<number, Map<number, Cell>>,
  rowNumbers: number[],
  headerRow: number,
  columns: Map<string, number>,
): SheetRow[] {
  const spec = SHEETS[id];
  const fillDown = spec.columns.filter((c) => c.fillDown && columns.has(c.key));
  const last = new Map<string, Cell>();
  const out: SheetRow[] = [];
  for (const r of rowNumbers) {
    if (r <= headerRow) continue;
    const cells = rows.get(r)!;
    const label = totalLabel(cells, spec.labelColumns.map((k) => columns.get(k)));
    const total = label !== undefined;
    let filled: Map<string, Cell> | undefined;
    if (!total) {
      for (const c of fillDown) {
        const col = columns.get(c.key)!;
        const own = cells.get(col);
        if (own && cellText(own) !== "") last.set(c.key, own);
        else if (last.has(c.key)) {
          (filled ??= new Map()).set(c.key, last.get(c.key)!);
        }
      }
    }
    out.push({ row: r, cells, filled: filled ?? NOTHING_FILLED, total, label: label ?? "" });
  }
  return out;
}

/** The total label of a row, when one of its label cells (or its first text cell) says `Jumlah`/`Total`. */
function totalLabel(cells: Map<number, Cell>, labelCols: (number | undefined)[]): string | undefined {
  const candidates: Cell[] = [];
  for (const c of labelCols) if (c !== undefined && cells.has(c)) candidates.push(cells.get(c)!);
  let firstText: Cell | undefined;
  for (const [col, c] of cells) if (c.content.kind === "text" && (!firstText || col < firstText.col)) firstText = c;
  if (firstText) candidates.push(firstText);
  for (const c of candidates) {
    const text = cellText(c);
    if (isTotalLabel(text)) return text;
  }
  return undefined;
}

/** Columns a sheet's header row names that lkip does not read (other columns, other years), with a note for each. */
export function extraColumns(t: SheetTable, reportYear?: number): { cell: string; message: string }[] {
  const known = new Set<number>([...t.columns.values(), ...t.targetYears.values(), ...t.realisasiYears.values()]);
  const out: { cell: string; message: string }[] = [];
  for (const [col, text] of [...t.headers].sort((a, b) => a[0] - b[0])) {
    if (known.has(col) || normalizeHeader(text) === "") continue;
    const m = meaningOf(t.id, text, reportYear);
    const message = m && "otherYear" in m && reportYear !== undefined ? msg.otherYearColumn(text, reportYear) : msg.extraColumn(text);
    out.push({ cell: addressOf(t.headerRow, col), message });
  }
  return out;
}
