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
  const d = Math.min(depth, 2) as 0 | 1 | 2;
  const size = sizes.title[d];
  const runs = [new TextRun({ text: node.title, bold: d < 2, size })];
  for (const line of node.lines ?? []) {
    runs.push(new TextRun({ text: line.text, size: size - sizes.smaller, break: 1, ...(line.italics ? { italics: true } : {}) }));
  }
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    indent: { left: 70, right: 70 },
    spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    border: { top: LINE, bottom: LINE, left: LINE, right: LINE },
    shading: { type: ShadingType.CLEAR, color: "auto", fill: BOX_FILL[d] },
    children: runs,
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

/**
 * A chart of boxes for a tree with a top: the top centred, one column per box under it, the boxes below each stacked
 * in its column in reading order; `width` in DXA.
 */
export function boxChart(root: ChartNode, width: number, sizes: BoxSizes, opts: { centered?: boolean } = {}): Table {
  const columns = Math.max(1, root.children.length);
  const grid = scaleWidths(new Array<number>(columns * 2).fill(1), width);
  const span = (from: number, count: number) => grid.slice(from, from + count).reduce((a, b) => a + b, 0);

  const cell = (from: number, count: number, o: { top?: boolean; right?: boolean; content?: Paragraph } = {}) =>
    new TableCell({
      width: { size: span(from, count), type: WidthType.DXA },
      ...(count > 1 ? { columnSpan: count } : {}),
      verticalAlign: VerticalAlignTable.TOP,
      borders: { top: o.top ? LINE : NONE, bottom: NONE, left: NONE, right: o.right ? LINE : NONE },
      children: [o.content ?? emptyParagraph()],
    });
  const connectorRow = (children: TableCell[]) =>
    new TableRow({ cantSplit: true, height: { value: CONNECTOR, rule: HeightRule.EXACT }, children });
  const boxRow = (children: TableCell[]) => new TableRow({ cantSplit: true, children });

  const rows: TableRow[] = [];
  // the head, centred over the middle of the grid
  const head: TableCell[] = [];
  if (columns > 1) head.push(cell(0, columns - 1));
  head.push(cell(columns - 1, 2, { content: boxParagraph(root, 0, sizes) }));
  if (columns > 1) head.push(cell(columns + 1, columns - 1));
  rows.push(boxRow(head));
  if (root.children.length === 0) return table(rows, grid, width, opts.centered);

  // a line down from the head, then a bar from the first unit's centre to the last's, with a drop to each unit
  rows.push(connectorRow([cell(0, columns, { right: true }), cell(columns, columns)]));
  const bar: TableCell[] = [];
  for (let i = 0; i < columns; i++) {
    bar.push(cell(2 * i, 1, { right: true, top: i > 0 }), cell(2 * i + 1, 1, { top: i < columns - 1 }));
  }
  rows.push(connectorRow(bar));
  rows.push(boxRow(root.children.map((c, i) => cell(2 * i, 2, { content: boxParagraph(c, 1, sizes) }))));

  // the units below each unit, stacked in its column, each joined to the one above by a line through the centre
  const stacks = root.children.map((c) => below(c, 2));
  const depth = Math.max(0, ...stacks.map((s) => s.length));
  for (let j = 0; j < depth; j++) {
    const line: TableCell[] = [];
    const boxes: TableCell[] = [];
    stacks.forEach((s, i) => {
      const item = s[j];
      line.push(cell(2 * i, 1, { right: item !== undefined }), cell(2 * i + 1, 1));
      boxes.push(cell(2 * i, 2, item ? { content: boxParagraph(item.node, item.depth, sizes) } : {}));
    });
    rows.push(connectorRow(line), boxRow(boxes));
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
