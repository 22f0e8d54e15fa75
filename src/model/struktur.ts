// The `Struktur` rows as a tree (who reports to whom), for the organisation chart and for the check of the sheet.
import type { StrukturRow } from "./types.js";
import { normalizeHeader } from "../cells/contract.js";

export interface OrgNode {
  row: StrukturRow;
  children: OrgNode[];
}

/**
 * The tree of `Struktur` rows: the first row without an `Atasan` is the top; every other row hangs under the row whose
 * `Jabatan` its `Atasan` names. Rows whose atasan is not found (or that would close a loop) hang under the top, so no
 * unit is left out of the chart; they are returned as `orphans` too.
 */
export function strukturTree(rows: readonly StrukturRow[]): { root?: OrgNode; orphans: StrukturRow[] } {
  const nodes = rows.map((row): OrgNode => ({ row, children: [] }));
  const rootIndex = rows.findIndex((r) => !r.atasan?.trim());
  if (rootIndex < 0) return { orphans: [...rows] };
  const root = nodes[rootIndex]!;
  const byJabatan = new Map<string, OrgNode>();
  for (const n of nodes) if (!byJabatan.has(normalizeHeader(n.row.jabatan))) byJabatan.set(normalizeHeader(n.row.jabatan), n);
  const parent = new Map<OrgNode, OrgNode>();
  const orphans: StrukturRow[] = [];
  const reaches = (from: OrgNode | undefined, target: OrgNode): boolean => {
    for (let n = from, steps = 0; n && steps <= nodes.length; n = parent.get(n), steps++) if (n === target) return true;
    return false;
  };
  for (const n of nodes) {
    if (n === root) continue;
    const up = n.row.atasan?.trim() ? byJabatan.get(normalizeHeader(n.row.atasan)) : undefined;
    if (up && up !== n && !reaches(up, n)) parent.set(n, up);
    else {
      parent.set(n, root);
      orphans.push(n.row);
    }
  }
  for (const n of nodes) parent.get(n)?.children.push(n);
  return { root, orphans };
}
