// A chain of Kode Atasan that comes back to where it started has no top: those positions cannot be drawn in the
// pohon kinerja. Each position of the loop is pointed at (its Kode Atasan cell), and the loop is named in sheet order.
import { nodeKey } from "../../model/cascading.js";
import type { CascadingNode } from "../../model/types.js";
import { atasanCell, cascadingRule, nodeName } from "../cascading.js";
import * as msg from "../../text/messages/check.js";

const ID = "cascading/siklus";

export const rule = cascadingRule(ID, "error", (c, _model, at) => {
  const done = new Set<CascadingNode>();
  for (const start of c.cycles) {
    if (done.has(start)) continue;
    // the loop through `start`: follow atasan until back at start
    const loop: CascadingNode[] = [start];
    for (let n = c.byKey.get(nodeKey(start.atasan!)); n && n !== start && loop.length <= c.t.nodes.length; n = c.byKey.get(nodeKey(n.atasan ?? ""))) loop.push(n);
    const words = [...loop, start].map((n) => n.kode).join(" → ");
    for (const n of loop) {
      done.add(n);
      at(atasanCell(c, n).cell, msg.cascadingSiklus(nodeName(n), words));
    }
  }
});
