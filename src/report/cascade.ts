// The performance cascade as both documents print it (BAB II of the LKIP and the standalone "Pengukuran Kinerja
// Individu"): the positions of the `Cascading` sheet as a tree under the top, each with its sasaran and indicators in
// sheet order, and — where the sheet gives target and realisasi — each indicator measured by the engine, with the same
// capaian, cap and kategori as the PK. Positions the tree cannot hold (atasan unknown, a loop) are set apart, never
// drawn twice and never followed round a loop.
import type { Decimal } from "decimal.js";
import { measureCapaian } from "../engine/capaian.js";
import { roundHalfUp } from "../engine/decimal.js";
import { kategori } from "../engine/scales.js";
import { normalizeText } from "../engine/text.js";
import type { Computed } from "../engine/types.js";
import { cascadingTree, type CascadeNode } from "../model/cascading.js";
import type { CascadingNode, CascadingRow, Model, Polarity } from "../model/types.js";

export interface CascadeIndicator {
  row: CascadingRow;
  /** The engine's capaian when target and realisasi are both given (capped as the PK's is). */
  capaian?: Decimal;
  status?: string;
  kategori?: string;
}

export interface Position {
  node: CascadingNode;
  /** 0 for the top, 1 for the units under it, … */
  depth: number;
  /** The position above (none for the top). */
  parent?: Position;
  children: Position[];
  /** The position's sasaran, each once, in sheet order. */
  sasaran: string[];
  indikator: CascadeIndicator[];
}

export interface Cascade {
  /** The top of the tree (the Kepala Dinas): the first position without an atasan. */
  top: Position;
  /** Every position in the tree, top first, in reading order (depth first). */
  positions: Position[];
  /** Positions of the sheet left out of the tree: other tops, unknown atasan, loops. */
  left: CascadingNode[];
}

/** The polarity of the IKU/PK indicator a cascade row serves (by `Kode IKU`), else positive. */
function polarityOf(model: Model, kodeIku: string | undefined): Polarity {
  const kode = normalizeText(kodeIku);
  if (kode === "") return "positif";
  const pk = model.pk?.rows.find((r) => r.kode !== undefined && normalizeText(r.kode) === kode);
  const iku = model.iku?.rows.find((r) => r.kode !== undefined && normalizeText(r.kode) === kode);
  return pk?.polaritas ?? iku?.polaritas ?? "positif";
}

function measure(model: Model, computed: Computed, row: CascadingRow): CascadeIndicator {
  if (!row.target && !row.realisasi) return { row };
  const outcome = measureCapaian(row.target, row.realisasi, polarityOf(model, row.kodeIku), row.satuan);
  const cap = computed.batasCapaian;
  const used = outcome.capaian && cap && outcome.capaian.greaterThan(cap) ? cap : outcome.capaian;
  return {
    row,
    status: outcome.status,
    ...(outcome.capaian ? { capaian: outcome.capaian } : {}),
    ...(used ? { kategori: kategori(computed.skala, roundHalfUp(used, computed.desimal)) } : {}),
  };
}

/** The cascade of the workbook; undefined without a `Cascading` sheet, without positions, or without a top. */
export function cascadeOf(model: Model, computed: Computed): Cascade | undefined {
  const sheet = model.cascading;
  if (!sheet || sheet.nodes.length === 0) return undefined;
  const { roots } = cascadingTree(sheet.nodes);
  const root = roots[0];
  if (!root) return undefined;
  const positions: Position[] = [];
  const make = (c: CascadeNode, depth: number, parent?: Position): Position => {
    const rows = c.node.rows.map((i) => sheet.rows[i]!);
    const sasaran: string[] = [];
    for (const r of rows) if (r.sasaran && !sasaran.some((s) => normalizeText(s) === normalizeText(r.sasaran))) sasaran.push(r.sasaran.trim());
    const indikator = rows.filter((r) => r.indikator).map((r) => measure(model, computed, r));
    const p: Position = { node: c.node, depth, ...(parent ? { parent } : {}), children: [], sasaran, indikator };
    positions.push(p);
    p.children = c.children.map((k) => make(k, depth + 1, p));
    return p;
  };
  const top = make(root, 0);
  const inTree = new Set(positions.map((p) => p.node));
  return { top, positions, left: sheet.nodes.filter((n) => !inTree.has(n)) };
}

/** A position and those below it, depth first (the order of a column of the documents). */
export function under(p: Position): Position[] {
  return [p, ...p.children.flatMap(under)];
}

/** `1. …`, `2. …`: a generated numbered list, so no number can be skipped or repeated. */
export function numbered(items: readonly string[]): string[] {
  return items.map((t, i) => `${i + 1}. ${t}`);
}
