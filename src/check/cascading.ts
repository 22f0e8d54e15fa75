// What the cascading rules share: the sheet's positions as a tree (parent and children of each node), the IKU/PK
// indicators the cascade must carry, and the capaian of a cascade row by the engine. Rules/cascading-*.ts use it.
import { Decimal } from "decimal.js";
import { capaianByPolarity, measureCapaian, normalizeText } from "../engine/index.js";
import type { CapaianOutcome } from "../engine/types.js";
import { cascadingTree, nodeKey } from "../model/cascading.js";
import type { CascadingNode, CascadingRow, Model, NumValue, Polarity, Severity, Source, Table } from "../model/types.js";
import * as msg from "../text/messages/check.js";
import { exactly, printedBounds, rangeOver, type Bounds } from "./interval.js";
import type { Rule } from "./rule.js";
import type { Finding } from "./types.js";

export type CascadingTable = Table<CascadingRow> & { nodes: CascadingNode[] };

export interface Cascade {
  t: CascadingTable;
  roots: CascadingNode[];
  orphans: CascadingNode[];
  cycles: CascadingNode[];
  /** Children of each node in the sound tree (orphans and cycles left out), in sheet order. */
  children: Map<CascadingNode, CascadingNode[]>;
  byKey: Map<string, CascadingNode>;
}

const cache = new WeakMap<CascadingTable, Cascade>();

/** The cascade of the workbook, or undefined without a Cascading sheet holding positions. */
export function cascadeOf(model: Model): Cascade | undefined {
  const t = model.cascading;
  if (!t || t.nodes.length === 0) return undefined;
  const known = cache.get(t);
  if (known) return known;
  const tree = cascadingTree(t.nodes);
  const children = new Map<CascadingNode, CascadingNode[]>();
  const walk = (n: { node: CascadingNode; children: { node: CascadingNode; children: unknown[] }[] }) => {
    children.set(
      n.node,
      n.children.map((c) => c.node),
    );
    for (const c of n.children) walk(c as typeof n);
  };
  for (const r of tree.roots) walk(r);
  const byKey = new Map<string, CascadingNode>();
  for (const n of t.nodes) if (!byKey.has(nodeKey(n.kode))) byKey.set(nodeKey(n.kode), n);
  const c: Cascade = { t, roots: tree.roots.map((r) => r.node), orphans: tree.orphans, cycles: tree.cycles, children, byKey };
  cache.set(t, c);
  return c;
}

/** Records a finding of the rule: at a cell of the Cascading sheet, of `sheet`, or (no cell) about the whole sheet. */
export type At = (cell: string | undefined, message: string, sheet?: string) => void;

/**
 * A rule of the cascade: it runs only on a workbook whose Cascading sheet holds positions. `find` reports through `at`,
 * or pushes findings made elsewhere (a stated-value check) onto `out`.
 */
export function cascadingRule(
  id: msg.RuleId,
  severity: Severity,
  find: (c: Cascade, model: Model, at: At, out: Finding[]) => void,
): Rule {
  return {
    id,
    description: msg.DESCRIPTIONS[id],
    severity,
    source: "pemeriksaan",
    check({ model }) {
      const c = cascadeOf(model);
      if (!c) return [];
      const out: Finding[] = [];
      const at: At = (cell, message, sheet = c.t.sheet) => out.push({ rule: id, severity, sheet, ...(cell ? { cell } : {}), message });
      find(c, model, at, out);
      return out;
    },
  };
}

/** A node as messages name it: `Sekretaris (kode 2)`. */
export function nodeName(n: CascadingNode): string {
  return msg.cascadingNode(n.jabatan, n.kode);
}

export function rowsOf(c: Cascade, n: CascadingNode): CascadingRow[] {
  return n.rows.map((i) => c.t.rows[i]!);
}

/** The cell where a node's Kode Atasan is written (its first row stating one), else where it belongs (first row). */
export function atasanCell(c: Cascade, n: CascadingNode): Source {
  const rows = rowsOf(c, n);
  const r = rows.find((x) => x.atasan?.trim()) ?? rows[0];
  return r?.cells["atasan"] ?? n.src;
}

/** The codes a `Kode IKU` cell names: `IKU-1`, `IKU-1; IKU-2`, `1.1, 1.2`. */
export function codesOf(kodeIku: string | undefined): string[] {
  return (kodeIku ?? "")
    .split(/[;,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

export const codeKey = (kode: string) => normalizeText(kode);

/** An indicator the cascade must carry: a PK row, or an IKU row the PK does not have. */
export interface Kinerja {
  kode?: string;
  indikator: string;
  sasaran?: string;
  polaritas: Polarity;
  src: Source;
}

export function kinerjaOf(model: Model): Kinerja[] {
  const out: Kinerja[] = [];
  const seen = new Set<string>();
  const key = (kode: string | undefined, indikator: string) => [kode ? `k:${codeKey(kode)}` : "", `t:${normalizeText(indikator)}`];
  const polarityByCode = new Map<string, Polarity>();
  for (const r of model.iku?.rows ?? []) if (r.kode) polarityByCode.set(codeKey(r.kode), r.polaritas);
  for (const r of model.pk?.rows ?? []) {
    if (!r.indikator.trim()) continue;
    const polaritas = r.polaritas ?? (r.kode ? polarityByCode.get(codeKey(r.kode)) : undefined) ?? "positif";
    out.push({ ...(r.kode ? { kode: r.kode } : {}), indikator: r.indikator, ...(r.sasaran ? { sasaran: r.sasaran } : {}), polaritas, src: r.src });
    for (const k of key(r.kode, r.indikator)) if (k) seen.add(k);
  }
  for (const r of model.iku?.rows ?? []) {
    if (!r.indikator.trim() || key(r.kode, r.indikator).some((k) => k && seen.has(k))) continue;
    out.push({ ...(r.kode ? { kode: r.kode } : {}), indikator: r.indikator, ...(r.sasaran ? { sasaran: r.sasaran } : {}), polaritas: r.polaritas, src: r.src });
  }
  return out;
}

/** The IKU/PK indicators a cascade row names: by its Kode IKU, else by its indicator's text. */
export function servedBy(row: CascadingRow, kinerja: readonly Kinerja[]): Kinerja[] {
  const codes = codesOf(row.kodeIku).map(codeKey);
  if (codes.length > 0) return kinerja.filter((k) => k.kode && codes.includes(codeKey(k.kode)));
  const text = normalizeText(row.indikator);
  return text ? kinerja.filter((k) => normalizeText(k.indikator) === text) : [];
}

/**
 * The row's polarity: that of the IKU/PK indicator it restates — same text, or, on the top position (whose indicators
 * are the IKU/PK themselves), the one indicator its Kode IKU names: the top's `Persentase penduduk miskin` stays
 * negative. Otherwise positive: an indicator that only serves a negative IKU (`Jumlah keluarga miskin yang dibantu`)
 * is not negative itself.
 */
export function polarityOf(row: CascadingRow, kinerja: readonly Kinerja[], top = false): Polarity {
  const text = normalizeText(row.indikator);
  const same = text ? kinerja.find((k) => normalizeText(k.indikator) === text) : undefined;
  if (same) return same.polaritas;
  const named = top ? servedBy(row, kinerja) : [];
  return named.length === 1 ? named[0]!.polaritas : "positif";
}

/** The engine's capaian of a row from its target and realisasi (`top`: the row is the top position's). */
export function rowCapaian(row: CascadingRow, kinerja: readonly Kinerja[], top = false): CapaianOutcome {
  return measureCapaian(row.target, row.realisasi, polarityOf(row, kinerja, top), row.satuan);
}

/** The capaian over every target and realisasi that round to their printed forms (number target and realisasi). */
export function rowCapaianBounds(row: CascadingRow, polaritas: Polarity): Bounds | undefined {
  if (row.target?.kind !== "num" || row.realisasi?.kind !== "num") return undefined;
  return rangeOver([printedBounds(row.realisasi), printedBounds(row.target)], ([r, t]) => capaianByPolarity(r!, t!, polaritas));
}

/** A row's capaian as a figure with what it may stand for: computed from target and realisasi, else as stated. */
export interface Measured {
  value: Decimal;
  bounds: Bounds;
}

export function measuredCapaian(row: CascadingRow, kinerja: readonly Kinerja[]): Measured | undefined {
  const o = rowCapaian(row, kinerja);
  if (o.status === "ok" && o.capaian) {
    const b = o.metode === "positif" || o.metode === "negatif" ? rowCapaianBounds(row, o.metode) : undefined;
    return { value: o.capaian, bounds: b ?? exactly(o.capaian) };
  }
  if (row.capaian) return statedFigure(row.capaian);
  return undefined;
}

export function statedFigure(v: NumValue): Measured {
  return { value: v.value, bounds: printedBounds(v) };
}
