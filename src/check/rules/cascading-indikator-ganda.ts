// An indicator written twice for one position, or for two positions under the same atasan, is counted twice in the
// cascade (the seed's hand-typed lists repeat items). Compared as normalised text; the second is pointed at, naming the
// first. Positions under different atasan may share an indicator: each carries it down its own branch.
import { normalizeText } from "../../engine/index.js";
import { nodeKey } from "../../model/cascading.js";
import type { CascadingNode, CascadingRow } from "../../model/types.js";
import { cascadingRule, nodeName, rowsOf } from "../cascading.js";
import * as msg from "../../text/messages/check.js";

const ID = "cascading/indikator-ganda";

export const rule = cascadingRule(ID, "warning", (c, _model, at) => {
  const reported = new Set<CascadingRow>();
  // within one position
  for (const n of c.t.nodes) {
    const first = new Map<string, CascadingRow>();
    for (const r of rowsOf(c, n)) {
      const key = normalizeText(r.indikator);
      if (!key) continue;
      const f = first.get(key);
      if (!f) first.set(key, r);
      else {
        reported.add(r);
        at(r.src.cell, msg.cascadingIndikatorGandaJabatan(r.indikator!, nodeName(n), f.src.cell));
      }
    }
  }
  // among the positions under one atasan
  const siblings = new Map<string, CascadingNode[]>();
  for (const n of c.t.nodes) {
    if (!n.atasan?.trim()) continue;
    const key = nodeKey(n.atasan);
    siblings.set(key, [...(siblings.get(key) ?? []), n]);
  }
  for (const [key, group] of siblings) {
    if (group.length < 2) continue;
    const first = new Map<string, { node: CascadingNode; row: CascadingRow }>();
    for (const n of group) {
      for (const r of rowsOf(c, n)) {
        const text = normalizeText(r.indikator);
        if (!text || reported.has(r)) continue;
        const f = first.get(text);
        if (!f) first.set(text, { node: n, row: r });
        else if (f.node !== n) {
          const atasan = c.byKey.get(key);
          at(r.src.cell, msg.cascadingIndikatorGandaSaudara(r.indikator!, nodeName(n), f.row.src.cell, nodeName(f.node), atasan ? nodeName(atasan) : `kode ${n.atasan!.trim()}`));
        }
      }
    }
  }
});
