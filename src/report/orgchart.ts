// The organisation chart of BAB I, drawn as a native Word table so it stays editable in Word and renders the same in
// LibreOffice: the head of office in a box at the top, a line down to a bar, one column per unit directly under the
// head (Sekretaris, each Bidang, …) with its box, and the units below each (subbagian, seksi, jabatan fungsional)
// stacked under it, joined by lines. Boxes are bordered, shaded paragraphs; lines are cell borders on a grid of two
// half-columns per unit, so every vertical line runs exactly through a unit's centre.
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
  WidthType,
  type IBorderOptions,
} from "docx";
import type { OrgNode } from "../model/struktur.js";
import { scaleWidths } from "./tables.js";

const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 8, color: "404040" };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const BOX_FILL = ["D9E2F3", "EAF1FB", "F7F9FC"] as const;
/** Font sizes (half-points) by depth: the head, the units under it, the units below those. */
const BOX_SIZE = [18, 16, 14] as const;
const CONNECTOR = 220;

/** A box of a chart: its title and the lines under it, and the boxes hanging under it. */
export interface ChartNode {
  title: string;
  /** Lines under the title in the box (the holder's name; a position's sasaran), smaller. */
  lines?: { text: string; italics?: boolean }[];
  children: ChartNode[];
}

/** Font sizes (half-points) of a chart's boxes by depth, and how much smaller the lines under a title are. */
export interface BoxSizes {
  title: readonly [number, number, number];
  smaller: number;
}

const ORG_SIZES: BoxSizes = { title: BOX_SIZE, smaller: 2 };

function boxParagraph(node: ChartNode, depth: number, sizes: BoxSizes): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    indent: { left: 70, right: 70 },
    spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    border: { top: LINE, bottom: LINE, left: LINE, right: LINE },
    shading: { type: ShadingType.CLEAR, color: "auto", fill: BOX_FILL[Math.min(depth, 2) as 0 | 1 | 2] },
    children: boxRuns(node, depth, sizes),
  });
}

const emptyParagraph = () =>
  new Paragraph({ keepNext: true, spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, children: [new TextRun({ text: "", size: 2 })] });

/** Descendants of a unit in reading order, each with its depth below the head. */
function below(node: ChartNode, depth: number): { node: ChartNode; depth: number }[] {
  return node.children.flatMap((c) => [{ node: c, depth }, ...below(c, depth + 1)]);
}

function chartOf(node: OrgNode): ChartNode {
  return { title: node.row.jabatan, ...(node.row.nama ? { lines: [{ text: node.row.nama }] } : {}), children: node.children.map(chartOf) };
}

/** The organisation chart of a tree with a top; `width` in DXA. */
export function orgChart(root: OrgNode, width: number): Table {
  return boxChart(chartOf(root), width, ORG_SIZES);
}

/** The runs of a box: its title, bold above the lowest level, and its lines, smaller. */
function boxRuns(node: ChartNode, depth: number, sizes: BoxSizes): TextRun[] {
  const d = Math.min(depth, 2) as 0 | 1 | 2;
  const size = sizes.title[d];
  const runs = [new TextRun({ text: node.title, bold: d < 2, size })];
  for (const line of node.lines ?? []) {
    runs.push(new TextRun({ text: line.text, size: size - sizes.smaller, break: 1, ...(line.italics ? { italics: true } : {}) }));
  }
  return runs;
}

export interface ChartOptions {
  /** Centre a chart narrower than the text on the page. */
  centered?: boolean;
  /**
   * Draw each box as a shaded cell (with a narrow empty cell either side) rather than a bordered paragraph: the boxes
   * of a row are then as tall as the tallest, so the line below every box starts at its edge even when the boxes of a
   * row hold different numbers of lines (a pohon kinerja's sasaran). A box's sides are its cell's left and right
   * borders; its top and bottom edges are borders of the exact-height connector rows above and below it, which is also
   * what lkip's page layout follows (it measures no cell's own top or bottom border elsewhere).
   */
  boxesAsCells?: boolean;
}

/** Relative widths of a column's slots: with boxes as cells, a gap, the two halves, a gap. */
const CELL_BOX_SLOTS = [1, 10, 10, 1];
/** Height of the edge rows above the top box and below the last boxes (boxes as cells). */
const EDGE = 20;

/**
 * A chart of boxes for a tree with a top: the top centred, one column per box under it, the boxes below each stacked
 * in its column in reading order; `width` in DXA.
 */
export function boxChart(root: ChartNode, width: number, sizes: BoxSizes, opts: ChartOptions = {}): Table {
  const columns = Math.max(1, root.children.length);
  const asCells = opts.boxesAsCells === true;
  // each column is two halves (the line runs on their shared edge), with a gap either side when boxes are cells
  const per = asCells ? CELL_BOX_SLOTS.length : 2;
  const half = asCells ? 1 : 0;
  const slots = columns * per;
  const grid = scaleWidths(asCells ? new Array<number[]>(columns).fill(CELL_BOX_SLOTS).flat() : new Array<number>(slots).fill(1), width);
  const span = (from: number, count: number) => grid.slice(from, from + count).reduce((a, b) => a + b, 0);

  type Look = { top?: boolean; right?: boolean; bottom?: boolean; content?: Paragraph };
  const cell = (from: number, count: number, o: Look = {}) =>
    new TableCell({
      width: { size: span(from, count), type: WidthType.DXA },
      ...(count > 1 ? { columnSpan: count } : {}),
      verticalAlign: VerticalAlignTable.TOP,
      borders: { top: o.top ? LINE : NONE, bottom: o.bottom ? LINE : NONE, left: NONE, right: o.right ? LINE : NONE },
      children: [o.content ?? emptyParagraph()],
    });
  const boxCell = (from: number, count: number, node: ChartNode, depth: number) => {
    if (!asCells) return cell(from, count, { content: boxParagraph(node, depth, sizes) });
    return new TableCell({
      width: { size: span(from, count), type: WidthType.DXA },
      ...(count > 1 ? { columnSpan: count } : {}),
      verticalAlign: VerticalAlignTable.CENTER,
      borders: { top: NONE, bottom: NONE, left: LINE, right: LINE },
      shading: { type: ShadingType.CLEAR, color: "auto", fill: BOX_FILL[Math.min(depth, 2) as 0 | 1 | 2] },
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          indent: { left: 60, right: 60 },
          spacing: { before: 40, after: 40, line: 240, lineRule: LineRuleType.AUTO },
          children: boxRuns(node, depth, sizes),
        }),
      ],
    });
  };
  /** A column's cells in a connector row: the gaps (boxes as cells only) and the two halves. */
  const columnCells = (i: number, left: Look, right: Look, gaps: [Look, Look] = [{}, {}]): TableCell[] =>
    asCells
      ? [cell(per * i, 1, gaps[0]), cell(per * i + 1, 1, left), cell(per * i + 2, 1, right), cell(per * i + 3, 1, gaps[1])]
      : [cell(per * i, 1, left), cell(per * i + 1, 1, right)];
  /** A column's box (or nothing) across its two halves. */
  const columnBox = (i: number, item?: { node: ChartNode; depth: number }): TableCell[] => {
    const box = item ? boxCell(per * i + half, 2, item.node, item.depth) : cell(per * i + half, 2);
    return asCells ? [cell(per * i, 1), box, cell(per * i + 3, 1)] : [box];
  };
  const connectorRow = (children: TableCell[], height = CONNECTOR) =>
    new TableRow({ cantSplit: true, height: { value: height, rule: HeightRule.EXACT }, children });
  const boxRow = (children: TableCell[]) => new TableRow({ cantSplit: true, children });
  /** Boxes as cells: the edge of a box above (`top`) and below (`bottom`) a connector row's halves. */
  const edges = (above: boolean, below: boolean): Look => (asCells ? { ...(above ? { top: true } : {}), ...(below ? { bottom: true } : {}) } : {});

  const rows: TableRow[] = [];
  // the head, centred over the middle of the grid: over the middle column's halves, or over the two middle columns'
  // inner halves (with their gaps) when the columns are even and boxes are cells
  const centre = slots / 2;
  const headFrom = asCells && columns % 2 === 0 ? centre - 2 : centre - 1;
  const headSpan = asCells && columns % 2 === 0 ? 4 : 2;
  /** A row with the given cells over the head's span and empty cells either side. */
  const overHead = (middle: TableCell[]): TableCell[] => [
    ...(headFrom > 0 ? [cell(0, headFrom)] : []),
    ...middle,
    ...(headFrom + headSpan < slots ? [cell(headFrom + headSpan, slots - headFrom - headSpan)] : []),
  ];
  if (asCells) rows.push(connectorRow(overHead([cell(headFrom, headSpan, { bottom: true })]), EDGE));
  rows.push(boxRow(overHead([boxCell(headFrom, headSpan, root, 0)])));
  if (root.children.length === 0) {
    if (asCells) rows.push(connectorRow(overHead([cell(headFrom, headSpan, { top: true })]), EDGE));
    return table(rows, grid, width, opts.centered);
  }

  // a line down from the head, then a bar from the first unit's centre to the last's, with a drop to each unit
  if (asCells) {
    // the head's bottom edge over its span, split at the centre where the line runs down
    rows.push(connectorRow(overHead([cell(headFrom, centre - headFrom, { top: true, right: true }), cell(centre, headFrom + headSpan - centre, { top: true })])));
  } else rows.push(connectorRow([cell(0, centre, { right: true }), cell(centre, centre)]));
  const bar: TableCell[] = [];
  for (let i = 0; i < columns; i++) {
    const toLeft = { top: i > 0 };
    const toRight = { top: i < columns - 1 };
    bar.push(...columnCells(i, { right: true, ...toLeft, ...edges(false, true) }, { ...toRight, ...edges(false, true) }, [toLeft, toRight]));
  }
  rows.push(connectorRow(bar));
  rows.push(boxRow(root.children.flatMap((c, i) => columnBox(i, { node: c, depth: 1 }))));

  // the units below each unit, stacked in its column, each joined to the one above by a line through the centre
  const stacks = root.children.map((c) => below(c, 2));
  const depth = Math.max(0, ...stacks.map((s) => s.length));
  for (let j = 0; j <= depth; j++) {
    const line: TableCell[] = [];
    const boxes: TableCell[] = [];
    stacks.forEach((s, i) => {
      const item = s[j];
      const above = j === 0 || s[j - 1] !== undefined;
      line.push(...columnCells(i, { right: item !== undefined, ...edges(above, item !== undefined) }, edges(above, item !== undefined)));
      boxes.push(...columnBox(i, item));
    });
    if (j < depth) rows.push(connectorRow(line), boxRow(boxes));
    // below the last boxes, their bottom edges
    else if (asCells) rows.push(connectorRow(line, EDGE));
  }
  return table(rows, grid, width, opts.centered);
}

function table(rows: TableRow[], grid: number[], width: number, centered = false): Table {
  return new Table({
    rows,
    ...(centered ? { alignment: AlignmentType.CENTER } : {}),
    width: { size: width, type: WidthType.DXA },
    columnWidths: grid,
    layout: TableLayoutType.FIXED,
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
  });
}
