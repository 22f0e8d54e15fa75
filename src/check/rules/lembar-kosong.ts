// A main sheet that is there, with its header row, but holds no data: nothing in it can be checked, and the document
// would have an empty chapter. Said once per sheet.
import * as msg from "../../text/messages/check.js";
import type { Rule } from "../rule.js";
import type { Finding } from "../types.js";

const ID = "lembar/kosong";

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "warning",
  source: "pemeriksaan",
  check({ model }) {
    const empty = {
      profil: model.profil !== undefined && Object.keys(model.profil.entries).length === 0,
      iku: model.iku !== undefined && model.iku.rows.length === 0,
      pk: model.pk !== undefined && model.pk.rows.length === 0,
      anggaran: model.anggaran !== undefined && model.anggaran.rows.length === 0,
    };
    const out: Finding[] = [];
    for (const id of ["profil", "iku", "pk", "anggaran"] as const) {
      const sheet = model.sheets[id];
      if (!empty[id] || !sheet) continue;
      out.push({ rule: ID, severity: "warning", sheet: sheet.name, message: msg.sheetEmpty(sheet.name, msg.SHEET_MISSING_WHAT[id]) });
    }
    return out;
  },
};
