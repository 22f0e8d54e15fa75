// Everything the workbook holds is printed or named here: the filled rows of the supporting sheets the document leaves
// out. What the document prints is decided once, in engine/usage.ts, which the report builder prints from; this rule
// reports that decision's leftovers, so the two cannot drift apart.
import { computeRincian } from "../../engine/rincian.js";
import { reportUse } from "../../engine/usage.js";
import * as msg from "../../text/messages/check.js";
import type { Rule } from "../rule.js";

const ID = "data/tidak-dicetak";

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "info",
  source: "pemeriksaan",
  check({ model, computed }) {
    if (!model.pk) return [];
    return reportUse(model, computed, computeRincian(model, computed)).tidakDipakai.map((u) => ({
      rule: ID,
      severity: "info" as const,
      sheet: u.src.sheet,
      cell: u.src.cell,
      message: msg.TIDAK_DIPAKAI[u.sebab]!(u.teks),
    }));
  },
};
