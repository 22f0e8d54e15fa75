// The one table shape of the document: fixed layout with DXA widths (LibreOffice ignores widths otherwise), thin grey
// borders, a shaded header that repeats on every page, rows that do not split and are kept together at both ends (see
// `keptRows`), numbers right-aligned. Column widths are given as weights and scaled to the text width of the page the
// table sits on.
import type { Ctx } from "./context.js";
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  FileChild,
  type IContext,
} from "docx";
import { caption, sumber, type Signer } from "./blocks.js";
import * as msg from "../text/messages/report.js";
import { textWidth } from "./layout/metrics.js";
import { COLOR, SIZE, STYLE, TEXT_WIDTH } from "./styles.js";

export type Align = "left" | "center" | "right";

export interface Column {
  header: string;
  /** Relative width. */
  weight: number;
  align?: Align;
}

export interface CellSpec {
  text: string;
  bold?: boolean;
  italics?: boolean;
  align?: Align;
  /** Columns spanned. */
  span?: number;
  /** Rows spanned (the cells below are left out of their rows). */
  rowSpan?: number;
  fill?: string;
  /** Left indent in DXA (hierarchy levels). */
  indent?: number;
  highlight?: boolean;
}

export type Cell = string | CellSpec;

export interface Row {
  cells: Cell[];
  /** `group`: a shaded heading row; `total`: a bold shaded total row. */
  kind?: "data" | "group" | "total";
}

export type Orientation = "portrait" | "landscape";

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: COLOR.border } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };
const CELL_MARGINS = { top: 40, bottom: 40, left: 70, right: 70 };

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** Integer widths proportional to the weights that add up exactly to `total`. */
export function scaleWidths(weights: readonly number[], total: number): number[] {
  const sumW = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sumW) * total));
  let rest = total - widths.reduce((a, b) => a + b, 0);
  for (let i = widths.length - 1; rest > 0; i = (i - 1 + widths.length) % widths.length, rest--) widths[i]! += 1;
  return widths;
}

// Cells are written lean — the table carries the margins, the TeksTabel style the font size and spacing, and a cell
// only states what differs (alignment, bold, shading) — because a large budget makes tens of thousands of them.
function cellParagraphs(spec: CellSpec, align: Align, header: boolean, keepNext: boolean): Paragraph[] {
  const bold = spec.bold || header;
  return spec.text.split("\n").map(
    (line) =>
      new Paragraph({
        style: STYLE.tableText,
        ...(keepNext ? { keepNext: true } : {}),
        ...(align !== "left" ? { alignment: ALIGN[align] } : {}),
        ...(spec.indent ? { indent: { left: spec.indent } } : {}),
        children: [
          bold || spec.italics || spec.highlight
            ? new TextRun({
                text: line,
                ...(bold ? { bold: true } : {}),
                ...(spec.italics ? { italics: true } : {}),
                ...(spec.highlight ? { highlight: COLOR.placeholder } : {}),
              })
            : new TextRun(line),
        ],
      }),
  );
}

function spec(c: Cell): CellSpec {
  return typeof c === "string" ? { text: c } : c;
}

/** Room left beside a cell's longest word, in DXA, for the renderer's rounding. */
const WORD_SLACK = 20;

/** Width in DXA a cell needs to hold its longest word on one line, with the cell's margins and indent. */
function longestWord(s: CellSpec, bold: boolean): number {
  let most = 0;
  // lines break at spaces and after a hyphen between letters
  for (const word of s.text.split(/\s+|(?<=\p{L}-)(?=\p{L})/u)) most = Math.max(most, textWidth(word, { bold, italic: s.italics ?? false }, SIZE.table / 2));
  return Math.ceil(most * 20) + CELL_MARGINS.left + CELL_MARGINS.right + (s.indent ?? 0) + WORD_SLACK;
}

/** For each column, the width its longest word needs (cells spanning one column only; header rows first). */
function wordWidths(rows: readonly { cells: readonly Cell[]; bold: boolean }[], columns: number): number[] {
  const need = new Array<number>(columns).fill(0);
  // the columns a row span from above covers, per row, by first column: their span
  const covered = new Map<number, Map<number, number>>();
  rows.forEach((r, ri) => {
    const skip = covered.get(ri) ?? new Map<number, number>();
    let col = 0;
    for (const c of r.cells) {
      for (let span = skip.get(col); span !== undefined; span = skip.get(col)) col += span;
      const s = spec(c);
      const span = Math.max(1, s.span ?? 1);
      if (span === 1 && col < columns) need[col] = Math.max(need[col]!, longestWord(s, r.bold || s.bold === true));
      for (let k = 1; k < (s.rowSpan ?? 1); k++) {
        const below = covered.get(ri + k) ?? new Map<number, number>();
        below.set(col, span);
        covered.set(ri + k, below);
      }
      col += span;
    }
  });
  return need;
}

/**
 * The widths, widened where a column is too narrow for its longest word (Word and LibreOffice would break it mid-word:
 * "pendudu|k", "65.579.140.00|0"), with the room taken from the columns wider than their own words need, in
 * proportion to what each can spare. Unchanged when the others cannot spare enough.
 */
export function fitWords(widths: readonly number[], need: readonly number[]): number[] {
  const deficit = widths.reduce((t, w, c) => t + Math.max(0, need[c]! - w), 0);
  if (deficit === 0) return [...widths];
  const spare = widths.map((w, c) => Math.max(0, w - need[c]!));
  const totalSpare = spare.reduce((a, b) => a + b, 0);
  if (totalSpare < deficit) return [...widths];
  const out = widths.map((w, c) => (need[c]! > w ? need[c]! : w - Math.floor((spare[c]! * deficit) / totalSpare)));
  // what the rounding left over goes to the column with the most to spare
  const most = spare.indexOf(Math.max(...spare));
  out[most]! += widths.reduce((a, b) => a + b, 0) - out.reduce((a, b) => a + b, 0);
  return out;
}

function makeCell(s: CellSpec, width: number, align: Align, fill: string | undefined, header: boolean, keepNext: boolean): TableCell {
  const shade = s.fill ?? fill;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(header ? { verticalAlign: VerticalAlignTable.CENTER } : {}),
    ...(s.span && s.span > 1 ? { columnSpan: s.span } : {}),
    ...(s.rowSpan && s.rowSpan > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {}),
    ...(shade ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: shade } } : {}),
    children: cellParagraphs(s, align, header, keepNext),
  });
}

export interface TableOptions {
  columns: Column[];
  rows: Row[];
  orientation?: Orientation;
  /** Header rows above the column headers' own row (e.g. a "Target" over the year columns); each cell may span. */
  headerAbove?: Cell[];
  /** Override the single header row (cells may span / carry row spans together with `headerAbove`). */
  header?: Cell[];
  /** Width in DXA; default the full text width of the page. */
  width?: number;
}

/** A table of at most this many rows is kept whole, with its caption and its "Sumber:" line. */
export const KEEP_WHOLE_ROWS = 5;
/** Rows kept with the caption above the table (with the header rows), and with the "Sumber:" line below it. */
export const KEEP_FIRST_ROWS = 2;
export const KEEP_LAST_ROWS = 2;

/**
 * Which data rows are kept with the next (Word keeps a row with the next when its first cell's first paragraph is;
 * LibreOffice follows the paragraphs too). The header rows always are. Together with the caption's own keep-with-next
 * this moves a caption, its header and its first rows to the next page rather than leave them at a page's foot, and
 * keeps the last rows with the "Sumber:" line below, so that neither a last row nor a source line starts a page alone.
 */
export function keptRows(count: number): (index: number) => boolean {
  if (count <= KEEP_WHOLE_ROWS) return () => true;
  return (i) => i < KEEP_FIRST_ROWS - 1 || i >= count - KEEP_LAST_ROWS;
}

/** Rows of a data table made into docx objects and written at a time (see `DataTable`). */
export const ROWS_PER_CHUNK = 256;

/** The header rows, each data row, and a table of given rows, of a data table: laid out in order, as Word reads them. */
function tableMaker(opts: TableOptions) {
  const total = opts.width ?? TEXT_WIDTH[opts.orientation ?? "portrait"];
  const headerCells: Cell[][] = [...(opts.headerAbove ? [opts.headerAbove] : []), opts.header ?? opts.columns.map((c) => c.header)];
  const widths = fitWords(
    scaleWidths(
      opts.columns.map((c) => c.weight),
      total,
    ),
    wordWidths(
      [
        ...headerCells.map((cells) => ({ cells, bold: true })),
        ...opts.rows.map((r) => ({ cells: r.cells, bold: r.kind === "total" || r.kind === "group" })),
      ],
      opts.columns.length,
    ),
  );
  const aligns = opts.columns.map((c) => c.align ?? "left");
  // the cells covered by a row span from above, per row index (header rows count as -2 / -1), by first column: their
  // column span
  const covered = new Map<number, Map<number, number>>();

  const layoutRow = (cells: Cell[], rowIndex: number, kind: Row["kind"], header: boolean, keepNext: boolean): TableCell[] => {
    const out: TableCell[] = [];
    const skip = covered.get(rowIndex) ?? new Map<number, number>();
    covered.delete(rowIndex);
    let col = 0;
    // a covered cell is written here rather than left to docx, so that its paragraph keeps the row with the next as
    // the row's others do (Word and LibreOffice look at the first cell's paragraph, which may be this one)
    const continueCells = (): void => {
      for (let span = skip.get(col); span !== undefined; span = skip.get(col)) {
        out.push(
          new TableCell({
            width: { size: widths.slice(col, col + span).reduce((a, b) => a + b, 0), type: WidthType.DXA },
            verticalMerge: VerticalMergeType.CONTINUE,
            ...(span > 1 ? { columnSpan: span } : {}),
            children: [new Paragraph({ style: STYLE.tableText, ...(keepNext ? { keepNext: true } : {}) })],
          }),
        );
        col += span;
      }
    };
    for (const c of cells) {
      continueCells();
      const s = spec(c);
      const span = Math.max(1, s.span ?? 1);
      const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      const align: Align = header ? "center" : s.align ?? (span > 1 ? "left" : aligns[col] ?? "left");
      const fill = header ? COLOR.headerFill : kind === "group" ? COLOR.groupFill : kind === "total" ? COLOR.totalFill : undefined;
      const bold = kind === "total" || kind === "group" ? { bold: s.bold ?? true } : {};
      out.push(makeCell({ ...s, ...bold }, width, align, fill, header, keepNext));
      if (s.rowSpan && s.rowSpan > 1) {
        for (let r = 1; r < s.rowSpan; r++) {
          const below = covered.get(rowIndex + r) ?? new Map<number, number>();
          below.set(col, span);
          covered.set(rowIndex + r, below);
        }
      }
      col += span;
    }
    continueCells();
    return out;
  };

  const headerRows = headerCells;
  const keep = keptRows(opts.rows.length);
  return {
    header: (): TableRow[] =>
      headerRows.map((cells, i) => new TableRow({ tableHeader: true, cantSplit: true, children: layoutRow(cells, i - headerRows.length, "data", true, true) })),
    row: (i: number): TableRow => {
      const r = opts.rows[i]!;
      return new TableRow({ cantSplit: true, children: layoutRow(r.cells, i, r.kind, false, keep(i)) });
    },
    table: (rows: TableRow[]): Table =>
      new Table({
        rows,
        width: { size: total, type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        borders: BORDERS,
        margins: CELL_MARGINS,
      }),
  };
}

type Formatted = Record<string, unknown[]>;

/**
 * A data table that becomes docx objects only while it is written, `ROWS_PER_CHUNK` rows at a time, so that a budget
 * of 20.000 rows never exists as one tree of docx objects (about 3 KB a cell) beside its formatted XML: the document's
 * memory then grows with its XML, not with both. The XML is the same as that of the whole table made at once
 * (test/report/tables.test.ts).
 */
export class DataTable extends FileChild {
  constructor(private readonly opts: TableOptions) {
    super("w:tbl");
  }

  /** The table made whole, as docx objects. */
  whole(): Table {
    const make = tableMaker(this.opts);
    return make.table([...make.header(), ...this.opts.rows.map((_, i) => make.row(i))]);
  }

  override prepForXml(context: IContext): Formatted | undefined {
    const make = tableMaker(this.opts);
    const pool = new Map<string, unknown>();
    // on the stack as the table docx would find (the section it is in gives its available width)
    context.stack.push(this);
    try {
      const xml = make.table(make.header()).prepForXml(context) as Formatted | undefined;
      const children = xml?.["w:tbl"];
      if (!children) return xml;
      for (let start = 0; start < this.opts.rows.length; start += ROWS_PER_CHUNK) {
        const rows: TableRow[] = [];
        for (let i = start; i < Math.min(start + ROWS_PER_CHUNK, this.opts.rows.length); i++) rows.push(make.row(i));
        const chunk = make.table(rows).prepForXml(context) as Formatted | undefined;
        // the chunk's own table properties and grid are the header's; its rows follow them
        for (const child of chunk?.["w:tbl"] ?? []) if (isRow(child)) children.push(shareProperties(child, pool));
      }
      return xml;
    } finally {
      context.stack.pop();
    }
  }
}

function isRow(x: unknown): boolean {
  return typeof x === "object" && x !== null && "w:tr" in x;
}

/** Whether the formatted node holds no text at any depth; its parts without text are replaced by equal pooled ones. */
function pooled(node: Record<string, unknown>, pool: Map<string, unknown>): boolean {
  let textFree = true;
  for (const key in node) {
    const value = node[key];
    if (key === "_attr") continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const child: unknown = value[i];
        if (typeof child === "object" && child !== null) value[i] = share(child as Record<string, unknown>, pool);
        else textFree = false;
      }
      for (const child of value) if (typeof child === "object" && child !== null && !shareable.has(child)) textFree = false;
    } else if (typeof value === "object" && value !== null) {
      node[key] = share(value as Record<string, unknown>, pool);
      if (!shareable.has(node[key] as object)) textFree = false;
    } else if (value !== undefined) textFree = false;
  }
  return textFree;
}

/** Pooled nodes (properties, attributes: whatever holds no text). */
const shareable = new WeakSet<object>();

function share(node: Record<string, unknown>, pool: Map<string, unknown>): Record<string, unknown> {
  if (shareable.has(node)) return node;
  if (!pooled(node, pool)) return node;
  const key = JSON.stringify(node);
  const found = pool.get(key) as Record<string, unknown> | undefined;
  if (found) return found;
  pool.set(key, node);
  shareable.add(node);
  return node;
}

/**
 * The row with the parts of its cells that hold no text (cell, paragraph and run properties, attributes) replaced by
 * equal ones already written in the table: a budget table repeats a handful of them tens of thousands of times, and
 * each is a small tree of objects. Nothing changes them once formatted (the page numbers go into fields and headings,
 * never into a data table's cells), so sharing them changes nothing in the XML.
 */
function shareProperties(row: unknown, pool: Map<string, unknown>): unknown {
  const cells = (row as Record<string, unknown>)["w:tr"];
  if (!Array.isArray(cells)) return row;
  for (let i = 0; i < cells.length; i++) {
    const cell: unknown = cells[i];
    if (typeof cell === "object" && cell !== null) cells[i] = share(cell as Record<string, unknown>, pool);
  }
  return row;
}

/**
 * A data table. Cells of a row are laid left to right over the columns; a cell spanning several columns takes their
 * widths; a cell with `rowSpan` covers the same columns in the rows below, which then give one cell fewer.
 */
export function dataTable(opts: TableOptions): DataTable {
  return new DataTable(opts);
}

/**
 * Signature blocks side by side in a borderless table, one row per line (date, label, office, room to sign, name, rank,
 * NIP), so the names line up even when one office's title wraps; every row is kept with the next, so a block is never
 * split across pages. `undefined` leaves a column empty.
 */
export function signatureTable(signers: readonly (Signer | undefined)[], width: number): Table {
  // an empty first column leaves the block on the right, a little wider so the office's title wraps less
  const widths = scaleWidths(
    signers.map((s, i) => (signers.length === 2 && signers[0] === undefined ? (i === 0 ? 40 : 60) : 1)),
    width,
  );
  const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
  const line = (text: string | undefined, o: { bold?: boolean; underline?: boolean } = {}) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 0, after: 0, line: 264, lineRule: LineRuleType.AUTO },
      children: text ? [new TextRun({ text, ...(o.bold ? { bold: true } : {}), ...(o.underline ? { underline: {} } : {}) })] : [],
    });
  const rowOf = (pick: (s: Signer) => string | undefined, o: { bold?: boolean; underline?: boolean; height?: number } = {}) =>
    new TableRow({
      cantSplit: true,
      ...(o.height ? { height: { value: o.height, rule: HeightRule.ATLEAST } } : {}),
      children: signers.map(
        (s, i) =>
          new TableCell({
            width: { size: widths[i]!, type: WidthType.DXA },
            // the columns' lines start together: the labels, and the offices however many lines each wraps to
            verticalAlign: VerticalAlignTable.TOP,
            children: [line(s ? pick(s) : undefined, o)],
          }),
      ),
    });
  const rows: TableRow[] = [];
  if (signers.some((s) => s?.tempatTanggal)) rows.push(rowOf((s) => s.tempatTanggal));
  if (signers.some((s) => s?.label)) rows.push(rowOf((s) => s.label, { bold: true }));
  rows.push(
    rowOf((s) => s.jabatan.toUpperCase(), { bold: true }),
    rowOf(() => undefined, { height: 1300 }),
    rowOf((s) => s.nama || msg.tandaTanganKosong, { bold: true, underline: true }),
  );
  if (signers.some((s) => s?.pangkat)) rows.push(rowOf((s) => s.pangkat));
  if (signers.some((s) => s?.nip)) rows.push(rowOf((s) => (s.nip ? msg.nip(s.nip) : undefined)));
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows,
  });
}

/**
 * Caption above, table, "Sumber: …" below. With `keepNext` the source line is kept with what follows, so that a
 * signature after the table goes to the next page with the table's last rows, never alone.
 */
export function captioned(title: string, table: Table | DataTable, source: string, opts: { keepNext?: boolean } = {}): FileChild[] {
  return [caption(title), table, sumber(source, opts)];
}

/** One row per PK indicator under its sasaran (number and text spanning its indicators), with its target, and with
 *  realisasi and capaian when asked: the shape of the PK tables in BAB II and the Lampiran. */
export function sasaranIndicatorRows(ctx: Ctx, withResults: boolean): Row[] {
  const rows: Row[] = [];
  for (const s of ctx.computed.sasaran) {
    s.indikator.forEach((i, k) => {
      const cells = [];
      if (k === 0) {
        cells.push({ text: String(s.nomor), align: "center" as const, rowSpan: s.indikator.length });
        cells.push({ text: s.sasaran || msg.NIHIL, rowSpan: s.indikator.length });
      }
      cells.push(i.indikator, { text: i.satuan ?? msg.NIHIL, align: "center" as const }, { text: ctx.target(i), align: "right" as const });
      if (withResults) cells.push({ text: ctx.realisasi(i), align: "right" as const }, { text: ctx.capaian(i), align: "right" as const });
      rows.push({ cells });
    });
  }
  return rows;
}
