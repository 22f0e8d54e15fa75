// The Cascading sheet is one performance tree: one position without a Kode Atasan (the head of office) at the top and
// every Kode Atasan naming a Kode of the sheet. A position whose atasan is missing hangs nowhere: it and everything
// under it fall out of the pohon kinerja, so the finding is an error at its Kode Atasan cell.
import { atasanCell, cascadeOf, nodeName } from "../cascading.js";
import * as msg from "../../text/messages/check.js";
import type { Rule } from "../rule.js";
import type { Finding } from "../types.js";

const ID = "cascading/atasan";

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "error",
  source: "pemeriksaan",
  check({ model }) {
    const c = cascadeOf(model);
    if (!c) return [];
    const out: Finding[] = [];
    const at = (cell: string | undefined, message: string) => out.push({ rule: ID, severity: "error", sheet: c.t.sheet, ...(cell ? { cell } : {}), message });
    if (c.roots.length === 0) at(undefined, msg.cascadingTanpaPuncak());
    const top = c.roots[0];
    for (const extra of c.roots.slice(1)) at(atasanCell(c, extra).cell, msg.cascadingPuncakGanda(nodeName(extra), nodeName(top!)));
    for (const n of c.orphans) at(atasanCell(c, n).cell, msg.cascadingAtasanTidakAda(nodeName(n), n.atasan!.trim()));
    return out;
  },
};
