// A chain of Kode Atasan that comes back to where it started has no top: those positions cannot be drawn in the
// pohon kinerja. Each position of the loop is pointed at (its Kode Atasan cell), and the loop is named in sheet order.
import { nodeKey } from "../../model/cascading.js";
import type { CascadingNode } from "../../model/types.js";
import { atasanCell, cascadeOf, nodeName } from "../cascading.js";
import * as msg from "../../text/messages/check.js";
import type { Rule } from "../rule.js";
import type { Finding } from "../types.js";

const ID = "cascading/siklus";

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "error",
  source: "pemeriksaan",
  check({ model }) {
    const c = cascadeOf(model);
    if (!c || c.cycles.length === 0) return [];
    const out: Finding[] = [];
    const done = new Set<CascadingNode>();
    for (const start of c.cycles) {
      if (done.has(start)) continue;
      // the loop through `start`: follow atasan until back at start
      const loop: CascadingNode[] = [start];
      for (let n = c.byKey.get(nodeKey(start.atasan!)); n && n !== start && loop.length <= c.t.nodes.length; n = c.byKey.get(nodeKey(n.atasan ?? ""))) loop.push(n);
      const words = [...loop, start].map((n) => n.kode).join(" → ");
      for (const n of loop) {
        done.add(n);
        out.push({ rule: ID, severity: "error", sheet: c.t.sheet, cell: atasanCell(c, n).cell, message: msg.cascadingSiklus(nodeName(n), words) });
      }
    }
    return out;
  },
};
