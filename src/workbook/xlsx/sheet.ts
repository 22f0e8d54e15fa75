// One worksheet part → rows of addressed cells, in one pass over its XML. Only `<sheetData>` and `<mergeCells>` are
// read; `<dimension>`, `<cols>`, validations, conditional formats … are passed over unread, so nothing a sheet claims
// costs more than its bytes. Every loop is bounded by the cells actually present: the cell budget counts each `<c>`
// parsed (however it is spelled), and merges are applied by a sweep over present rows, never by walking a range.
import { numberContent, type CellContent, type RawCell } from "../cells.js";
import { columnLetter, OUT_OF_RANGE_DATE } from "../../cells/cell.js";
import { evaluateMissingResults } from "./evaluate.js";
import { columnNumber, translateFormula } from "./formula.js";
import { StringItemText } from "./shared-strings.js";
import type { Styles } from "./styles.js";
import { isDateFormat } from "./styles.js";
import { decodePart, parseXml, XmlError, type Attrs } from "./xml.js";

/** Excel's own limit on the characters of one cell. */
export const MAX_CELL_CHARS = 32_767;
const MAX_COL = 16_384;
const MAX_ROW = 1_048_576;
/** Cell visits allowed for computing formulas saved without a result, per sheet. */
const EVALUATION_BUDGET = 2_000_000;

/** A worksheet as lkip reads it: its name and its non-empty cells (a value or a formula) by row and column. */
export interface Worksheet {
  name: string;
  /** `visible`, `hidden` or `veryHidden`. */
  state: string;
  rows: Map<number, Map<number, RawCell>>;
  /** Cells the reader could read only in part (e.g. a shared-formula dependent without its master). */
  problems: CellProblem[];
}

export interface CellProblem {
  cell: string;
  kind: "orphan-shared-formula";
  detail: string;
}

/** What a sheet is refused for; open.ts turns it into one Indonesian line. */
export class SheetLimitError extends Error {
  constructor(
    readonly kind: "cells" | "merges" | "cell-text",
    readonly cell?: string,
    readonly length?: number,
    readonly sheet?: string,
  ) {
    super(kind);
  }
}

/** Cells parsed over the whole workbook, against a limit. */
export class CellBudget {
  used = 0;
  constructor(readonly limit: number) {}
  take(): void {
    if (++this.used > this.limit) throw new SheetLimitError("cells");
  }
}

export interface SheetContext {
  sharedStrings: readonly string[];
  styles: Styles;
  date1904: boolean;
  cells: CellBudget;
  maxMerges: number;
}

/** `B12` → [row, col]; undefined when it is not a cell reference inside the sheet's bounds. */
export function parseAddress(ref: string): [number, number] | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(ref);
  if (!m) return undefined;
  const col = columnNumber(m[1]!.toUpperCase());
  const row = Number(m[2]);
  if (col < 1 || col > MAX_COL || row < 1 || row > MAX_ROW) return undefined;
  return [row, col];
}

/** A serial date → Date (UTC), as Excel counts from 1900 or 1904; undefined when no real date lies there. */
export function excelDate(serial: number, date1904: boolean): Date | undefined {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  return Number.isNaN(ms) || Number.isNaN(d.getTime()) || y < 1899 || y > 9999 ? undefined : d;
}

function isoDate(text: string): Date | undefined {
  const t = text.trim();
  const withZone = /T/.test(t) && !/(Z|[+-]\d\d:?\d\d)$/.test(t) ? `${t}Z` : t;
  const d = new Date(withZone);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

const textContent = (value: string): CellContent => (value.trim() === "" ? { kind: "empty" } : { kind: "text", value });

interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Marks present non-master cells inside a merge, sweeping merges by row over the rows present. */
function markMergedCopies(rows: Map<number, Map<number, RawCell>>, merges: Merge[]): void {
  if (merges.length === 0) return;
  const byTop = [...merges].sort((a, b) => a.top - b.top);
  const rowNumbers = [...rows.keys()].sort((a, b) => a - b);
  // Active merges sorted by left column; valid merges never overlap, so at most one can hold a column.
  const active: Merge[] = [];
  let next = 0;
  for (const r of rowNumbers) {
    for (; next < byTop.length && byTop[next]!.top <= r; next++) {
      const m = byTop[next]!;
      let lo = 0;
      let hi = active.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (active[mid]!.left < m.left) lo = mid + 1;
        else hi = mid;
      }
      active.splice(lo, 0, m);
    }
    for (let i = active.length - 1; i >= 0; i--) if (active[i]!.bottom < r) active.splice(i, 1);
    if (active.length === 0) continue;
    for (const [col, cell] of rows.get(r)!) {
      let lo = 0;
      let hi = active.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (active[mid]!.left <= col) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      const m = found >= 0 ? active[found]! : undefined;
      if (m && col <= m.right && !(r === m.top && col === m.left)) {
        cell.mergedCopy = true;
        cell.content = { kind: "empty" };
      }
    }
  }
  for (const [r, cells] of rows) {
    for (const [col, cell] of cells) if (cell.mergedCopy && !cell.formula) cells.delete(col);
    if (cells.size === 0) rows.delete(r);
  }
}

/** Reads one worksheet part. Throws SheetLimitError past a limit, XmlError when the part is not well-formed. */
export function parseWorksheet(name: string, state: string, bytes: Uint8Array, ctx: SheetContext): Worksheet {
  const rows = new Map<number, Map<number, RawCell>>();
  const problems: CellProblem[] = [];
  const merges: Merge[] = [];
  const masters = new Map<string, { row: number; col: number; formula: string }>();
  const pendingShared: { cell: RawCell; si: string; cached: boolean }[] = [];
  const uncalculated: RawCell[] = [];

  let inSheetData = false;
  let rowNumber = 0;
  let colNumber = 0;
  let rowCells: Map<number, RawCell> | undefined;
  // the cell being read
  let cell: { row: number; col: number; t: string; s: number } | undefined;
  let f: { t: string; si?: string; ref?: string; text: string } | undefined;
  let v: string | undefined;
  let inline: StringItemText | undefined;
  let reading: "v" | "f" | "is" | undefined;
  let textParts: string[] = [];
  let textLength = 0;

  const addressOf = (row: number, col: number) => `${columnLetter(col)}${row}`;
  const limitText = (length: number) => {
    if (length > MAX_CELL_CHARS && cell) throw new SheetLimitError("cell-text", addressOf(cell.row, cell.col), length, name);
  };

  const finishCell = () => {
    const c = cell!;
    const address = addressOf(c.row, c.col);
    const numFmt = c.s > 0 ? ctx.styles.numFmt(c.s) : undefined;
    let content: CellContent;
    const raw = v;
    switch (c.t) {
      case "s": {
        const str = raw === undefined ? undefined : ctx.sharedStrings[Number(raw)];
        if (raw !== undefined && str === undefined) throw new XmlError(`sel ${address} merujuk teks bersama yang tidak ada`);
        if (str !== undefined) limitText(str.length);
        content = str === undefined ? { kind: "empty" } : textContent(str);
        break;
      }
      case "inlineStr":
        content = inline ? textContent(inline.take()) : raw !== undefined ? textContent(raw) : { kind: "empty" };
        break;
      case "str":
        content = raw === undefined ? { kind: "empty" } : textContent(raw);
        break;
      case "b":
        content = raw === undefined ? { kind: "empty" } : { kind: "bool", value: raw.trim() === "1" || raw.trim().toLowerCase() === "true" };
        break;
      case "e":
        content = { kind: "no-result", error: (raw ?? "").trim() || "#N/A" };
        break;
      case "d": {
        const d = raw === undefined ? undefined : isoDate(raw);
        content = d ? { kind: "date", value: d } : raw === undefined || raw.trim() === "" ? { kind: "empty" } : textContent(raw);
        break;
      }
      default: {
        if (raw === undefined || raw.trim() === "") content = { kind: "empty" };
        else {
          const n = Number(raw.trim());
          const dated = Number.isFinite(n) && isDateFormat(numFmt);
          const d = dated ? excelDate(n, ctx.date1904) : undefined;
          // a date-formatted serial outside Excel's calendar (1e15) shows as ######## in Excel: read as that text
          content = d
            ? { kind: "date", value: d }
            : dated
              ? { kind: "text", value: OUT_OF_RANGE_DATE }
              : Number.isFinite(n)
                ? numberContent(n, numFmt)
                : { kind: "no-result", error: raw.trim() };
        }
      }
    }
    let formula: string | undefined;
    let orphanSi: string | undefined;
    // no cached result: an absent `<v>`, or an empty one on a number cell (openpyxl saves every formula so)
    const noValue = raw === undefined || (raw.trim() === "" && (c.t === "n" || c.t === "d"));
    if (f) {
      if (f.t === "shared" && f.si !== undefined) {
        if (f.text.trim() !== "") {
          formula = f.text;
          masters.set(f.si, { row: c.row, col: c.col, formula: f.text });
        } else {
          const m = masters.get(f.si);
          if (m) formula = translateFormula(m.formula, c.row - m.row, c.col - m.col);
          else orphanSi = f.si;
        }
      } else if (f.text.trim() !== "") formula = f.text;
      // A formula never recalculated has no cached value: report it, never read it as 0.
      if (formula !== undefined && noValue && c.t !== "inlineStr") content = { kind: "no-result" };
    }
    const out: RawCell = { address, row: c.row, col: c.col, content, mergedCopy: false };
    if (formula !== undefined) out.formula = formula;
    if (numFmt) out.numFmt = numFmt;
    if (orphanSi !== undefined) pendingShared.push({ cell: out, si: orphanSi, cached: !noValue });
    if (content.kind === "no-result" && !content.error) uncalculated.push(out);
    if (content.kind !== "empty" || formula !== undefined || orphanSi !== undefined) {
      if (!rowCells) {
        rowCells = rows.get(c.row) ?? new Map();
        rows.set(c.row, rowCells);
      }
      rowCells.set(c.col, out);
    }
    cell = undefined;
    f = undefined;
    v = undefined;
    inline = undefined;
  };

  const handler = {
    wantsText: false,
    open(el: string, a: Attrs, selfClosing: boolean) {
      if (cell) {
        if (reading === "is" || el === "is") {
          if (el === "is") {
            inline = new StringItemText();
            if (!selfClosing) reading = "is";
          } else if (!selfClosing) inline!.open(el);
          handler.wantsText = reading === "is" && inline!.wantsText;
          return;
        }
        if (el === "f") {
          f = { t: a.t ?? "normal", ...(a.si !== undefined ? { si: a.si } : {}), ...(a.ref !== undefined ? { ref: a.ref } : {}), text: "" };
          if (!selfClosing) startText("f");
        } else if (el === "v") {
          if (selfClosing) v = "";
          else startText("v");
        }
        return;
      }
      if (el === "sheetData") {
        inSheetData = !selfClosing;
      } else if (inSheetData && el === "row") {
        const r = a.r !== undefined ? Number(a.r) : rowNumber + 1;
        if (!Number.isInteger(r) || r < 1 || r > MAX_ROW) throw new XmlError(`nomor baris tidak sah: ${a.r}`);
        rowNumber = r;
        colNumber = 0;
        rowCells = rows.get(r);
      } else if (inSheetData && el === "c") {
        ctx.cells.take();
        let row = rowNumber || 1;
        let col = colNumber + 1;
        if (a.r !== undefined) {
          const at = parseAddress(a.r.trim());
          if (!at) throw new XmlError(`alamat sel tidak sah: ${a.r}`);
          [row, col] = at;
          if (row !== rowNumber) {
            rowNumber = row;
            rowCells = rows.get(row);
          }
        }
        if (col > MAX_COL) throw new XmlError("kolom melewati batas lembar");
        colNumber = col;
        cell = { row, col, t: a.t ?? "n", s: a.s !== undefined ? Number(a.s) || 0 : 0 };
        if (selfClosing) finishCell();
      } else if (el === "mergeCell" && a.ref) {
        if (merges.length >= ctx.maxMerges) throw new SheetLimitError("merges");
        const [from, to = from] = a.ref.split(":");
        const p = parseAddress(from!.trim());
        const q = parseAddress(to!.trim());
        if (p && q) {
          merges.push({ top: Math.min(p[0], q[0]), left: Math.min(p[1], q[1]), bottom: Math.max(p[0], q[0]), right: Math.max(p[1], q[1]) });
        }
      }
    },
    close(el: string) {
      if (cell) {
        if (reading === "is") {
          if (el === "is") reading = undefined;
          else inline!.close(el);
          handler.wantsText = reading === "is" && inline!.wantsText;
          return;
        }
        if (el === "v" && reading === "v") v = endText();
        else if (el === "f" && reading === "f" && f) f.text = endText();
        else if (el === "c") finishCell();
        return;
      }
      if (el === "sheetData") inSheetData = false;
    },
    text(t: string) {
      textLength += t.length;
      if (reading === "is") {
        inline!.text(t);
        limitText(inline!.length);
      } else {
        limitText(textLength);
        textParts.push(t);
      }
    },
  };
  function startText(what: "v" | "f") {
    reading = what;
    textParts = [];
    textLength = 0;
    handler.wantsText = true;
  }
  function endText(): string {
    reading = undefined;
    handler.wantsText = false;
    return textParts.length === 1 ? textParts[0]! : textParts.join("");
  }

  parseXml(decodePart(bytes), handler);

  // Dependents met before their master (rare, but valid) get its formula now; the others are orphans.
  for (const { cell: c, si, cached } of pendingShared) {
    const m = masters.get(si);
    if (m) {
      c.formula = translateFormula(m.formula, c.row - m.row, c.col - m.col);
      if (!cached) {
        c.content = { kind: "no-result" };
        uncalculated.push(c);
      }
      continue;
    }
    problems.push({ cell: c.address, kind: "orphan-shared-formula", detail: si });
    if (c.content.kind === "empty") rows.get(c.row)?.delete(c.col);
  }
  markMergedCopies(rows, merges);
  evaluateMissingResults(rows, uncalculated, EVALUATION_BUDGET);
  return { name, state, rows, problems };
}
