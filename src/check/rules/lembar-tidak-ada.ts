// `check` works on whatever contract sheets exist; a main sheet that is missing is said once, with what went unchecked.
// It is an error: without Profil, IKU, PK or Anggaran the workbook cannot become an LKIP (`lkip build` refuses it).
import { SHEETS } from "../../cells/contract.js";
import * as msg from "../../text/messages/check.js";
import type { Rule } from "../rule.js";
import type { Finding } from "../types.js";

const ID = "lembar/tidak-ada";

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "error",
  source: "pemeriksaan",
  check({ model }) {
    const out: Finding[] = [];
    for (const id of ["profil", "iku", "pk", "anggaran"] as const) {
      if (model.sheets[id]) continue;
      const name = SHEETS[id].names[0]!;
      out.push({ rule: ID, severity: "error", sheet: name, message: msg.sheetMissing(name, msg.SHEET_MISSING_WHAT[id]) });
    }
    return out;
  },
};
