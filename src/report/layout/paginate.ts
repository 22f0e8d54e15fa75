// Paragraphs and table rows put on pages as Word puts them (the rules docx's layout follows, for what lkip writes):
// - each section starts a page; the space between paragraphs is the larger of one's space after and the next one's
//   space before; the space before is dropped at the top of a page, but for the first paragraph of a section (whole
//   with LibreOffice's measures; with docx's, less the space after the section before's last paragraph);
// - a paragraph's lines go on until the page is full; space after need not fit, nor the extra height of the last line
//   that fits; widow control keeps two lines together at either end; keep-lines moves a paragraph whole;
// - with LibreOffice's measures (the default), a paragraph kept whole or with the next fits when all but the extra
//   height of its (or the last kept paragraph's) last line does, as LibreOffice lets that line overhang too;
// - a paragraph kept with the next moves to a new page with it when the two do not fit but would on a page of their
//   own: with the next paragraph's first lines, or a table's first rows;
// - table rows do not split (lkip's never do); a row that does not fit starts a page, under the table's header rows;
// - a row kept with the next (its first cell's first paragraph is) goes on with the rows kept with it, and the last
//   row kept with the next with the first lines of what follows the table: to a new page when they do not fit on this
//   one but would on a page of their own. A paragraph kept with a table is kept with its first row and the rows kept
//   with that one.
// Gives the page each bookmark starts on.
import { layParagraph, type Laid, type Measure } from "./lines.js";
import type { Block, Row, Section, Table } from "./read.js";

const EPSILON = 0.01;
/** A table's border under the last row on a page, which a row must leave room for there, in points. */
const BREAK_BORDER_EIGHTHS = 4;

interface LaidRow {
  height: number;
  header: boolean;
  keepNext: boolean;
  bookmarks: string[];
}

/** A table measured: each row's height in points, its borders included. */
interface LaidTable {
  rows: LaidRow[];
  /** The border drawn under the last row on a page, in points. */
  breakBorder: number;
}

type LaidBlock = ({ type: "p" } & Laid) | ({ type: "table" } & LaidTable);

export interface Pagination {
  /** The page (0-based, across the document) each bookmark starts on. */
  bookmarks: Map<string, number>;
  /** The number of pages of each section. */
  sectionPages: number[];
}

/** The last of the rows from `index` on that are kept together, each but the last kept with the next. */
function keptRowsEnd(rows: readonly LaidRow[], index: number): number {
  let end = index;
  while (end < rows.length - 1 && rows[end]!.keepNext) end++;
  return end;
}

function sum(xs: readonly number[]): number {
  let t = 0;
  for (const x of xs) t += x;
  return t;
}

/** Height of blocks stacked in a table cell: their lines, the first one's space before and the last one's after. */
function stackHeight(blocks: readonly Block[], width: number, bookmarks: string[], measure: Measure): number {
  let height = 0;
  let after = 0;
  blocks.forEach((b, i) => {
    if (b.type === "table") {
      const t = layTable(b, measure);
      height += after + sum(t.rows.map((r) => r.height));
      after = 0;
      for (const r of t.rows) bookmarks.push(...r.bookmarks);
      return;
    }
    const laid = layParagraph(b, width, measure);
    height += (i === 0 ? laid.before : Math.max(after, laid.before)) + sum(laid.lines);
    after = laid.after;
    bookmarks.push(...laid.bookmarks);
  });
  return height + after;
}

function layTable(t: Table, measure: Measure): LaidTable {
  const m = { top: t.margins.top / 20, bottom: t.margins.bottom / 20, left: t.margins.left / 20, right: t.margins.right / 20 };
  const heights: number[] = [];
  const bookmarks: string[][] = [];
  const borderAbove = (r: number): number => (r === 0 ? t.borders.top : t.borders.inside) / 8;
  // a vertically merged cell: its height, and the row it starts in, by the grid column it starts at
  const merges = new Map<number, { height: number; from: number }>();
  const endMerge = (col: number, end: number): void => {
    const merge = merges.get(col);
    if (merge === undefined) return;
    merges.delete(col);
    const spanned = sum(heights.slice(merge.from, end));
    const missing = borderAbove(merge.from) + merge.height - spanned;
    if (missing > EPSILON) heights[end - 1]! += missing;
  };
  t.rows.forEach((row: Row, r) => {
    let col = 0;
    let content = 0;
    const marks: string[] = [];
    const continued = new Set<number>();
    for (const cell of row.cells) {
      if (cell.merge === "continue") continued.add(col);
      else {
        endMerge(col, r);
        const width = sum(t.grid.slice(col, col + cell.span)) / 20 - m.left - m.right;
        const height = m.top + stackHeight(cell.blocks, width, marks, measure) + m.bottom;
        if (cell.merge === "restart") merges.set(col, { height, from: r });
        else content = Math.max(content, height);
      }
      col += cell.span;
    }
    for (const c of [...merges.keys()]) if (!continued.has(c) && merges.get(c)!.from < r) endMerge(c, r);
    let height = content;
    if (row.height?.rule === "exact") height = row.height.value / 20;
    else if (row.height !== undefined) height = Math.max(height, row.height.value / 20);
    heights.push(borderAbove(r) + height);
    bookmarks.push(marks);
  });
  for (const c of [...merges.keys()]) endMerge(c, t.rows.length);
  if (heights.length > 0) heights[heights.length - 1]! += t.borders.bottom / 8;
  return {
    rows: heights.map((height, i) => ({ height, header: t.rows[i]!.header, keepNext: t.rows[i]!.keepNext, bookmarks: bookmarks[i]! })),
    breakBorder: Math.max(t.borders.bottom, t.borders.inside > 0 ? BREAK_BORDER_EIGHTHS : 0) / 8,
  };
}

export function paginate(sections: readonly Section[], measure: Measure = "libreoffice"): Pagination {
  const bookmarks = new Map<string, number>();
  const sectionPages: number[] = [];
  let page = -1;
  // the space after the last paragraph of the section before, which the next section's first space before overlaps
  let sectionAfter = 0;
  for (const section of sections) {
    const first = page + 1;
    page = first;
    const bodyHeight = (section.height - section.top - section.bottom) / 20;
    const textWidth = (section.width - section.left - section.right) / 20;
    const blocks: LaidBlock[] = section.blocks.map((b) => (b.type === "p" ? { type: "p", ...layParagraph(b, textWidth, measure) } : { type: "table", ...layTable(b, measure) }));
    // y: the bottom of the last line placed; after: the space below it, which the next paragraph's space before
    // overlaps (the larger of the two separates them)
    let y = 0;
    let after = 0;
    let atTop = true;
    let sectionStart = true;
    const newPage = (): void => {
      page++;
      y = 0;
      after = 0;
      atTop = true;
      sectionStart = false;
    };
    const mark = (names: readonly string[]): void => {
      for (const n of names) if (!bookmarks.has(n)) bookmarks.set(n, page);
    };
    const gapAbove = (before: number): number =>
      sectionStart && atTop ? (measure === "libreoffice" ? before : Math.max(sectionAfter, before) - sectionAfter) : atTop ? 0 : Math.max(after, before);

    /**
     * Height from the top of block `i` that must go on one page with what it is kept with, below a space `gap`; and
     * how much of it may hang below the bottom margin: the extra line spacing of its last line, when that is a line of
     * text (LibreOffice lets the last line on a page overhang so, kept paragraphs' too).
     */
    const kept = (i: number, gap: number): { height: number; hang: number } => {
      const b = blocks[i];
      if (b === undefined) return { height: 0, hang: 0 };
      if (b.type === "table") {
        // the first row and the rows kept with it, and with header rows, the first row below them: header rows are
        // never left alone
        const firstData = b.rows.findIndex((r) => !r.header);
        const end = Math.max(keptRowsEnd(b.rows, 0), firstData);
        // a table kept whole, its last row with what follows it, goes on with that too (as LibreOffice moves it)
        const past = end === b.rows.length - 1 && b.rows[end]!.keepNext ? kept(i + 1, 0) : { height: 0, hang: 0 };
        return { height: gap + sum(b.rows.slice(0, end + 1).map((r) => r.height)) + past.height, hang: past.hang };
      }
      // an empty paragraph that only ends the section: nothing of the section to keep with
      if (b.sectionMark && i === blocks.length - 1) return { height: 0, hang: 0 };
      const own = Math.max(gap, b.before);
      const n = b.lines.length;
      if (b.keepNext) {
        const next = kept(i + 1, b.after);
        const height = own + sum(b.lines) + next.height;
        return { height, hang: next.height > 0 ? next.hang : b.hang[n - 1]! };
      }
      const lines = b.keepLines || (b.widowControl && n <= 3) ? n : b.widowControl ? 2 : 1;
      return { height: own + sum(b.lines.slice(0, lines)), hang: b.hang[lines - 1]! };
    };
    /** The height `kept` gives, less what may hang below the margin. */
    const keptHeight = (i: number, gap: number): number => {
      const k = kept(i, gap);
      return measure === "libreoffice" ? k.height - k.hang : k.height;
    };

    blocks.forEach((b, i) => {
      if (b.type === "table") {
        const headers = b.rows.filter((r) => r.header);
        const repeated = sum(headers.map((r) => r.height));
        const last = b.rows.length - 1;
        let rowsOnPage = 0;
        // the last row of a run kept together that did not fit on a page of its own: not moved again
        let brokenUntil = -1;
        const startTablePage = (row: LaidRow): void => {
          newPage();
          if (!row.header && rowsOnPage > 0 && headers.length > 0) {
            y = repeated;
            atTop = false;
          }
          rowsOnPage = 0;
        };
        b.rows.forEach((row, r) => {
          const end = keptRowsEnd(b.rows, r);
          const pastTable = end === last && b.rows[last]!.keepNext;
          if ((end > r || pastTable) && r > brokenUntil) {
            const together = () =>
              sum(b.rows.slice(r, end + 1).map((k) => k.height)) + (end < last ? b.breakBorder : 0) + (pastTable ? keptHeight(i + 1, 0) : 0);
            if (y + after + together() > bodyHeight + EPSILON) {
              if (!atTop) startTablePage(row);
              if (y + after + together() > bodyHeight + EPSILON) brokenUntil = end;
            }
          }
          const room = row.height + (r < last ? b.breakBorder : 0);
          if (y + after + room > bodyHeight + EPSILON && !atTop) startTablePage(row);
          mark(row.bookmarks);
          y += after + row.height;
          after = 0;
          atTop = false;
          sectionStart = false;
          rowsOnPage++;
        });
        return;
      }
      if (b.sectionMark && i > 0 && i === blocks.length - 1 && blocks[i - 1]!.type !== "table") {
        // an empty paragraph that only ends the section takes no line
        y += gapAbove(b.before);
        after = b.after;
        return;
      }
      if (b.pageBreakBefore && !atTop) newPage();
      if (!atTop) {
        const kept = b.keepNext ? keptHeight(i, after) : b.keepLines ? Math.max(after, b.before) + sum(b.lines) - (measure === "libreoffice" ? b.hang[b.lines.length - 1]! : 0) : 0;
        if (kept > 0 && y + kept > bodyHeight + EPSILON && kept <= bodyHeight + EPSILON) newPage();
      }
      const n = b.lines.length;
      let line = 0;
      while (line < n) {
        const gap = line === 0 ? gapAbove(b.before) : 0;
        // how many of the remaining lines fit: the last one may overhang by its extra line spacing
        let fit = 0;
        let h = gap;
        while (line + fit < n && y + h + b.lines[line + fit]! - b.hang[line + fit]! <= bodyHeight + EPSILON) h += b.lines[line + fit++]!;
        const rest = n - line;
        if (fit < rest) {
          if (b.keepLines && line === 0) fit = 0;
          else if (b.widowControl && rest >= 2) {
            if (rest - fit === 1) fit--;
            if (line === 0 && fit === 1) fit = 0;
          }
          if (fit === 0 && atTop) fit = 1;
        }
        if (fit > 0) {
          if (line === 0) mark(b.bookmarks);
          y += gap + sum(b.lines.slice(line, line + fit));
          atTop = false;
          sectionStart = false;
          line += fit;
        }
        if (line < n) newPage();
      }
      after = b.after;
    });
    sectionAfter = after;
    sectionPages.push(page - first + 1);
  }
  return { bookmarks, sectionPages };
}
