// A position's performance is measured by the indicators of each of its sasaran: a sasaran with no indicator under it
// (its row and the rows that carry it down all have a blank Indikator) cannot be measured. Pointed at where it is written.
import { normalizeText } from "../../engine/index.js";
import { cascadingRule, nodeName, rowsOf } from "../cascading.js";
import * as msg from "../../text/messages/check.js";

const ID = "cascading/tanpa-indikator";

export const rule = cascadingRule(ID, "warning", (c, _model, at) => {
  for (const n of c.t.nodes) {
    // sasaran of the node in order of appearance, with whether any row under it has an indicator
    const bySasaran = new Map<string, { text: string; cell: string; measured: boolean }>();
    for (const r of rowsOf(c, n)) {
      const key = normalizeText(r.sasaran);
      if (!key) continue;
      const known = bySasaran.get(key);
      if (known) known.measured ||= !!r.indikator;
      else bySasaran.set(key, { text: r.sasaran!, cell: (r.cells["sasaran"] ?? r.src).cell, measured: !!r.indikator });
    }
    for (const s of bySasaran.values()) {
      if (!s.measured) at(s.cell, msg.cascadingTanpaIndikator(s.text, nodeName(n)));
    }
  }
});
