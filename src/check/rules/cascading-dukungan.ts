// Every indicator of the office (PK, and IKU rows the PK lacks) is cascaded: the top position carries it and at least
// one position below the top serves it. A position serves an indicator when one of its rows names it by Kode IKU or
// carries the same indicator text. When no row below the top names any Kode IKU (the cascade does not say which
// position serves what), the positions directly under the top serve all of the top's indicators.
import type { CascadingNode } from "../../model/types.js";
import { cascadingRule, codesOf, type Kinerja, kinerjaOf, nodeName, rowsOf, servedBy } from "../cascading.js";
import * as msg from "../../text/messages/check.js";
import { labelText } from "../show.js";

const ID = "cascading/dukungan";

export const rule = cascadingRule(ID, "warning", (c, model, at) => {
  const kinerja = kinerjaOf(model);
  const top = c.roots[0];
  if (!top || kinerja.length === 0) return;
  const carried = (nodes: readonly CascadingNode[]) => new Set<Kinerja>(nodes.flatMap((n) => rowsOf(c, n).flatMap((r) => servedBy(r, kinerja))));
  const onTop = carried([top]);
  const below = c.t.nodes.filter((n) => n !== top && !c.orphans.includes(n) && !c.cycles.includes(n));
  const linked = below.some((n) => rowsOf(c, n).some((r) => codesOf(r.kodeIku).length > 0));
  const served = linked ? carried(below) : (c.children.get(top)?.length ?? 0) > 0 ? onTop : new Set<Kinerja>();
  for (const k of kinerja) {
    if (onTop.has(k) && served.has(k)) continue;
    const subject = k.kode ? `${k.kode} (${k.indikator})` : labelText(k.indikator);
    const message = onTop.has(k)
      ? msg.cascadingTidakDiturunkan(subject, nodeName(top))
      : msg.cascadingTidakDimuatPuncak(subject, nodeName(top), served.has(k));
    at(k.src.cell, message, k.src.sheet);
  }
});
