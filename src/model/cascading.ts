// The `Cascading` sheet: one row per indicator of a position; rows sharing a `Kode` form one node (position) of the
// performance cascade. The tree itself (who hangs under whom) is `cascadingTree`.
import type { CascadingNode, CascadingRow, Source, Table } from "./types.js";
import { RowReader } from "./row.js";
import { tableOf } from "./table.js";
import type { ProblemSink } from "../cells/problems.js";
import type { SheetTable } from "../cells/table.js";

const TEXT_KEYS = ["kode", "jabatan", "nama", "nip", "atasan", "sasaran", "indikator", "satuan", "kodeIku", "agregasi"] as const;

/** The key a node's code is matched by: `1.2`, ` 1.2 ` and `1.2.` are one node. */
export function nodeKey(kode: string): string {
  return kode.trim().replace(/\s+/g, " ").replace(/\.$/, "").toLowerCase();
}

export function parseCascading(table: SheetTable, sink: ProblemSink): Table<CascadingRow> & { nodes: CascadingNode[] } {
  const rows: CascadingRow[] = [];
  const nodes: CascadingNode[] = [];
  const byKey = new Map<string, CascadingNode>();
  let lastSasaran: { node: CascadingNode; sasaran: string } | undefined;
  for (const row of table.rows) {
    if (row.total) continue;
    const r = new RowReader(table, row, sink);
    const jabatan = r.text("jabatan");
    const kode = r.text("kode") ?? jabatan;
    const sasaranWritten = r.text("sasaran");
    const indikator = r.text("indikator");
    if (!kode || (!jabatan && !sasaranWritten && !indikator)) continue;
    const key = nodeKey(kode);
    let node = byKey.get(key);
    const index = rows.length;
    if (!node) {
      node = { kode, src: r.source("kode") ?? r.src, jabatan: jabatan ?? "", rows: [] };
      byKey.set(key, node);
      nodes.push(node);
    }
    node.rows.push(index);
    const nama = r.text("nama");
    const nip = r.text("nip");
    const atasan = r.text("atasan");
    const agregasi = r.text("agregasi");
    if (!node.jabatan && jabatan) node.jabatan = jabatan;
    if (node.nama === undefined && nama) node.nama = nama;
    if (node.nip === undefined && nip) node.nip = nip;
    if (node.atasan === undefined && atasan) node.atasan = atasan;
    if (node.agregasi === undefined && agregasi) node.agregasi = agregasi;
    const sasaran = sasaranWritten ?? (lastSasaran?.node === node ? lastSasaran.sasaran : undefined);
    if (sasaran) lastSasaran = { node, sasaran };
    const cells: Record<string, Source> = {};
    for (const k of TEXT_KEYS) {
      const s = r.source(k);
      if (s) cells[k] = s;
    }
    rows.push({
      row: row.row,
      src: r.source("indikator") ?? r.source("kode") ?? r.src,
      kode,
      jabatan,
      nama,
      nip,
      atasan,
      sasaran,
      indikator,
      satuan: r.text("satuan"),
      target: r.quantity("target", { allowRange: true, allowLetter: true }),
      realisasi: r.quantity("realisasi", { allowLetter: true }),
      capaian: r.number("capaian"),
      kodeIku: r.text("kodeIku"),
      agregasi,
      cells,
    });
  }
  return { ...tableOf(table, rows), nodes };
}

export interface CascadeNode {
  node: CascadingNode;
  children: CascadeNode[];
}

/**
 * The cascade as a tree. Nodes without an atasan are roots (normally one: the Kepala Dinas). A node whose atasan is
 * not a known code, or whose atasan chain would loop back to itself, is left out of the tree and returned in
 * `orphans` / `cycles` (the checker reports them; the document draws what is sound).
 */
export function cascadingTree(nodes: readonly CascadingNode[]): { roots: CascadeNode[]; orphans: CascadingNode[]; cycles: CascadingNode[] } {
  const tree = new Map<CascadingNode, CascadeNode>(nodes.map((n) => [n, { node: n, children: [] }]));
  const byKey = new Map<string, CascadingNode>();
  for (const n of nodes) byKey.set(nodeKey(n.kode), n);
  const up = (n: CascadingNode): CascadingNode | undefined => (n.atasan?.trim() ? byKey.get(nodeKey(n.atasan)) : undefined);
  const roots: CascadeNode[] = [];
  const orphans: CascadingNode[] = [];
  const cycles: CascadingNode[] = [];
  for (const n of nodes) {
    if (!n.atasan?.trim()) {
      roots.push(tree.get(n)!);
      continue;
    }
    const parent = up(n);
    if (!parent) {
      orphans.push(n);
      continue;
    }
    // Walk up: reaching n again is a cycle; reaching a root is sound; a missing atasan above is an orphan branch.
    let p: CascadingNode | undefined = parent;
    let loops = false;
    for (let steps = 0; p && steps <= nodes.length; steps++) {
      if (p === n) {
        loops = true;
        break;
      }
      p = up(p);
    }
    if (loops) cycles.push(n);
    else tree.get(parent)!.children.push(tree.get(n)!);
  }
  return { roots, orphans, cycles };
}
