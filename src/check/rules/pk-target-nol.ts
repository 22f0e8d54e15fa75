// A target of zero: the capaian formulas divide by the target, so no capaian can be computed.
import * as msg from "../../text/messages/check.js";
import type { Rule } from "../rule.js";
import { pkSubject } from "../show.js";
import type { Finding } from "../types.js";

const ID = "pk/target-nol";

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "warning",
  source: "pemeriksaan",
  check({ computed }) {
    const out: Finding[] = [];
    for (const i of computed.indikator) {
      if (i.status !== "target-nol" || !i.target) continue;
      out.push({ rule: ID, severity: "warning", sheet: i.target.src.sheet, cell: i.target.src.cell, message: msg.targetZero(pkSubject(i.pk)) });
    }
    return out;
  },
};
