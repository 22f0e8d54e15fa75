// The pohon kinerja of BAB II: the cascade drawn with the organisation chart's technique (`boxChart`: boxes as
// bordered shaded paragraphs, lines as cell borders of a Word table), so it stays editable in Word. The top at the head,
// one column per unit under it, deeper positions stacked in their unit's column, each box with the position and its
// sasaran. A tree too wide or too deep for one page is split: the top with its units, then one figure per unit (its
// positions as columns), and a unit with more columns than a landscape page holds in several parts.
import type { Table } from "docx";
import { boxChart, type BoxSizes, type ChartNode } from "./orgchart.js";
import { under, type Position } from "./cascade.js";
import { TEXT_WIDTH } from "./styles.js";

/** Columns a portrait page holds; beyond, the figures go on landscape pages. */
export const PORTRAIT_COLUMNS = 3;
/** Columns a landscape page holds (about 3,2 cm each at its text width). */
export const LANDSCAPE_COLUMNS = 7;
/** The widest a column is drawn (about 5,3 cm): a figure of few columns is narrower than the page, centred. */
export const COLUMN_WIDTH_MAX = 3000;
/** Boxes stacked under a unit in the one-figure tree; a deeper tree is split per unit. */
export const STACK_MAX = 4;

/** Smaller than the organisation chart's: a pohon's boxes carry sasaran too. */
const POHON_SIZES: BoxSizes = { title: [16, 15, 14], smaller: 2 };

export interface PohonFigure {
  chart: Table;
  /** The subject of the caption: the office for the whole tree, the unit's position for a unit's figure. */
  subject: "instansi" | string;
  /** `[k, n]` when a unit's figure is one of n parts. */
  part?: [number, number];
  columns: number;
}

function chartNode(p: Position, levels: number): ChartNode {
  const lines = [...(p.node.nama ? [{ text: p.node.nama }] : []), ...p.sasaran.map((s) => ({ text: s, italics: true }))];
  return { title: p.node.jabatan || p.node.kode, lines, children: levels > 0 ? p.children.map((c) => chartNode(c, levels - 1)) : [] };
}

/** Whether the whole tree fits one figure: few enough units, and few enough positions under each. */
export function fitsOneFigure(top: Position): boolean {
  return top.children.length <= LANDSCAPE_COLUMNS && top.children.every((c) => under(c).length - 1 <= STACK_MAX);
}

function figure(root: ChartNode, subject: string, part?: [number, number]): Omit<PohonFigure, "chart"> & { root: ChartNode } {
  return { root, subject, columns: Math.max(1, root.children.length), ...(part ? { part } : {}) };
}

/** The figures of the cascade, drawn at the width of the page they go on (landscape when any needs it). */
export function pohonFigures(top: Position): { figures: PohonFigure[]; landscape: boolean } {
  const plans: ReturnType<typeof figure>[] = [];
  const ALL = Number.MAX_SAFE_INTEGER;
  if (fitsOneFigure(top)) plans.push(figure(chartNode(top, ALL), "instansi"));
  else {
    plans.push(figure(chartNode(top, 1), "instansi"));
    for (const unit of top.children) {
      if (unit.children.length === 0) continue;
      const parts = Math.ceil(unit.children.length / LANDSCAPE_COLUMNS);
      for (let k = 0; k < parts; k++) {
        const slice = unit.children.slice(Math.floor((k * unit.children.length) / parts), Math.floor(((k + 1) * unit.children.length) / parts));
        const root = { ...chartNode(unit, 0), children: slice.map((c) => chartNode(c, ALL)) };
        plans.push(figure(root, unit.node.jabatan || unit.node.kode, parts > 1 ? [k + 1, parts] : undefined));
      }
    }
  }
  const landscape = plans.some((p) => p.columns > PORTRAIT_COLUMNS);
  const width = TEXT_WIDTH[landscape ? "landscape" : "portrait"];
  return { figures: plans.map(({ root, ...p }) => ({ ...p, chart: boxChart(root, Math.min(width, p.columns * COLUMN_WIDTH_MAX), POHON_SIZES, { centered: true, boxesAsCells: true }) })), landscape };
}
