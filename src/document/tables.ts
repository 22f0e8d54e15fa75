// The tables of a report as a reader sees them: a table split across pages or continued under the next caption
// ("Tabel 3.5 (lanjutan)", or a following table repeating the header row) is one logical table; its header rows
// (one or more, merged cells spread over the columns they cover) name the grid columns; the other rows are data
// rows whose cells are addressed by grid column. Every row keeps its place in the document (table, row) so that
// findings point at the cell as Word stores it.
import type { DocCell, DocTable, DocxDocument } from "./read.js";
import { parseDocNumber, type DocNumber } from "./number.js";

export interface RowRef {
  /** Physical table index (1-based over the body's tables). */
  tabel: number;
  /** 1-based row in that table. */
  baris: number;
}

export interface LogicalRow extends RowRef {
  /** Cells by their first grid column. */
  byCol: Map<number, { cell: DocCell; kolom: number }>;
  cells: DocCell[];
  /** Label text: the first cells' text before the first figure. */
  label: string;
  /** A budget code (`1.06.02.2.01`, `1.06.01.01 - 04.2.01`) written in the row, as its segments. */
  code?: string[];
}

export interface Column {
  /** 0-based grid column. */
  grid: number;
  /** Header texts from top to bottom (repeats of a merged cell once). */
  path: string[];
  name: string;
}

export interface LogicalTable {
  /** The first physical table. */
  first: DocTable;
  parts: DocTable[];
  caption?: string;
  headerRows: number;
  columns: Map<number, Column>;
  rows: LogicalRow[];
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

/** `1.06.01.01 - 04.2.01` → ["1","06","01","01","04","2","01"]; undefined unless it has two segments or more. */
export function codeOf(text: string): string[] | undefined {
  const t = text.trim();
  if (!/^\d+(\s*[.-]\s*\d+)+\.?$/.test(t)) return undefined;
  if (/^\d{1,3}(\.\d{3})+$/.test(t) || /^\d+\s*-\s*\d+$/.test(t)) return undefined; // 1.576 is a figure, 1-3 a range
  const segs = t.replace(/\.$/, "").split(/\s*[.-]\s*/);
  return segs.length >= 2 ? segs : undefined;
}

/** A row of column numbers, `(1) (2) (3)` or `1 2 3`: part of the header. */
function isNumberingRow(cells: DocCell[]): boolean {
  const texts = cells.map((c) => c.text.trim()).filter((t) => t !== "");
  if (texts.length < 2) return false;
  return texts.every((t) => /^[(-]?\d{1,2}\)?$/.test(t));
}

/** A figure in a data cell (a year in a header does not make the row data). */
function hasDataNumber(cells: DocCell[]): boolean {
  return cells.some((c, i) => {
    if (i === 0) return false;
    const n = parseDocNumber(c.text);
    return n !== undefined && !/^(19|20)\d\d$/.test(c.text.trim());
  });
}

function headerRowCount(t: DocTable): number {
  let n = 0;
  for (const r of t.rows) {
    if (n >= 4) break;
    if (r.header || isNumberingRow(r.cells) || (!hasDataNumber(r.cells) && n < 3 && isHeaderLike(r.cells, n))) n++;
    else break;
  }
  return n >= t.rows.length ? 0 : n;
}

/** A first row that is a header: bold, or short words; a later candidate row must continue a header above it. */
function isHeaderLike(cells: DocCell[], n: number): boolean {
  const filled = cells.filter((c) => c.text.trim() !== "");
  if (filled.length === 0) return n > 0;
  if (n === 0) return filled.every((c) => c.bold) || filled.every((c) => c.text.length <= 40);
  return filled.every((c) => c.text.length <= 30) && cells.some((c) => c.text.trim() === "" || c.vMerge === "continue");
}

function headerKey(t: DocTable, rows: number): string {
  return t.rows
    .slice(0, Math.max(1, rows))
    .map((r) => r.cells.map((c) => norm(c.text)).join("|"))
    .join("\n");
}

function rowOf(t: DocTable, i: number): LogicalRow {
  const row = t.rows[i]!;
  const byCol = new Map<number, { cell: DocCell; kolom: number }>();
  row.cells.forEach((cell, k) => byCol.set(cell.gridCol, { cell, kolom: k + 1 }));
  const labelParts: string[] = [];
  let code: string[] | undefined;
  let stop = false;
  row.cells.forEach((c, k) => {
    if (stop) return;
    const text = c.text.trim();
    if (!code) code = codeOf(text);
    // a figure ends the label; a row number in the first cell and a code do not
    if (parseDocNumber(text) && !(k === 0 && /^\d{1,3}\.?$/.test(text)) && !codeOf(text)) {
      stop = true;
      return;
    }
    if (text !== "") labelParts.push(text);
  });
  return { tabel: t.index, baris: i + 1, byCol, cells: row.cells, label: labelParts.join(" "), ...(code ? { code } : {}) };
}

function columnsOf(t: DocTable, headerRows: number): Map<number, Column> {
  const cols = new Map<number, Column>();
  const width = Math.max(0, ...t.rows.map((r) => r.cells.reduce((w, c) => Math.max(w, c.gridCol + c.span), 0)));
  for (let g = 0; g < width; g++) {
    const path: string[] = [];
    for (const r of t.rows.slice(0, headerRows)) {
      if (isNumberingRow(r.cells)) continue;
      const c = r.cells.find((c) => c.gridCol <= g && g < c.gridCol + c.span);
      const text = c?.text.replace(/\s+/g, " ").trim() ?? "";
      if (text !== "" && path[path.length - 1] !== text) path.push(text);
    }
    cols.set(g, { grid: g, path, name: path.length > 0 ? path.join(" ") : "" });
  }
  return cols;
}

const CONTINUED = /lanjutan/i;

/** The report's tables, continuations joined. */
export function logicalTables(doc: DocxDocument): LogicalTable[] {
  const out: LogicalTable[] = [];
  let prev: { lt: LogicalTable; key: string; width: number } | undefined;
  let textSince = false;
  let captionSince: string | undefined;
  for (const item of doc.items) {
    if (item.kind === "p") {
      if (/^\s*tabel\s+\d/i.test(item.text)) captionSince = item.text;
      else if (item.text.trim() !== "") textSince = true;
      continue;
    }
    const t = item;
    const hr = headerRowCount(t);
    const key = headerKey(t, hr);
    const width = t.rows[0]?.cells.length ?? 0;
    const continues =
      prev !== undefined &&
      ((captionSince !== undefined && CONTINUED.test(captionSince)) ||
        (!textSince && captionSince === undefined && hr > 0 && key === prev.key));
    if (continues && prev) {
      const skip = key === prev.key ? hr : 0;
      prev.lt.parts.push(t);
      for (let i = skip; i < t.rows.length; i++) prev.lt.rows.push(rowOf(t, i));
    } else {
      const lt: LogicalTable = {
        first: t,
        parts: [t],
        ...(t.caption ? { caption: t.caption } : {}),
        headerRows: hr,
        columns: columnsOf(t, hr),
        rows: [],
      };
      for (let i = hr; i < t.rows.length; i++) lt.rows.push(rowOf(t, i));
      out.push(lt);
      prev = { lt, key, width };
    }
    textSince = false;
    captionSince = undefined;
  }
  return out;
}

/** The figure in a row at a grid column. */
export function numberAt(row: LogicalRow, grid: number): { n: DocNumber; kolom: number } | undefined {
  const at = row.byCol.get(grid);
  if (!at) return undefined;
  const n = cellNumber(at.cell);
  return n ? { n, kolom: at.kolom } : undefined;
}

const parsed = new WeakMap<DocCell, DocNumber | null>();

/** The figure in a cell, parsed once. */
export function cellNumber(cell: DocCell): DocNumber | undefined {
  let n = parsed.get(cell);
  if (n === undefined) {
    n = parseDocNumber(cell.text) ?? null;
    parsed.set(cell, n);
  }
  return n ?? undefined;
}

/** A total row's label: Jumlah, Total, JUMLAH, Jumlah Total, Total Anggaran … */
export const TOTAL_LABEL = /^(jumlah|total|grand total)( (total|anggaran|keseluruhan|seluruhnya|akhir|semua))?\s*:?$/i;

export function isTotalRow(row: LogicalRow): boolean {
  return TOTAL_LABEL.test(row.label.replace(/\s+/g, " ").trim()) || TOTAL_LABEL.test(row.cells[0]?.text.trim() ?? "");
}

/** A column holding percentages: header `%`, `(%)`, persen, capaian, serapan, or figures printed with `%`. */
const percentColumns = new WeakMap<LogicalTable, Map<number, boolean>>();

export function isPercentColumn(t: LogicalTable, grid: number): boolean {
  const known = percentColumns.get(t) ?? new Map<number, boolean>();
  percentColumns.set(t, known);
  let is = known.get(grid);
  if (is === undefined) {
    const name = norm(t.columns.get(grid)?.name ?? "");
    is = /%|persen|capaian|serapan|prosentase|persentase/.test(name) || t.rows.some((r) => numberAt(r, grid)?.n.percent);
    known.set(grid, is);
  }
  return is;
}

/** Grid columns that hold figures in some data row. */
export function numericColumns(t: LogicalTable): number[] {
  const cols = new Set<number>();
  for (const r of t.rows) for (const [g, { cell }] of r.byCol) if (g > 0 && cellNumber(cell) && !codeOf(cell.text)) cols.add(g);
  return [...cols].sort((a, b) => a - b);
}

/** Where a cell is, in words: "Tabel 3.20 (tabel ke-12)". */
export function tableTitle(t: LogicalTable, tabel: number): string {
  const caption = t.caption?.replace(/\s+/g, " ").trim();
  const short = caption ? /^(tabel\s+[\d.]+)/i.exec(caption)?.[1] : undefined;
  return short ? `${short} (tabel ke-${tabel})` : `Tabel ke-${tabel}`;
}
