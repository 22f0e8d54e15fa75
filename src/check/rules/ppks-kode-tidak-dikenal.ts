// A PPKS `Kode IKU` that names no PK indicator: its rows feed no numerator, so the breakdown and the indicator disagree
// silently.
import * as msg from "../../text/messages/check.js";
import { ppksGroups } from "../links.js";
import type { Rule } from "../rule.js";
import { column } from "../sheets.js";
import type { Finding } from "../types.js";

const ID = "ppks/kode-tidak-dikenal";

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "warning",
  source: "pemeriksaan",
  check({ model, computed }) {
    const ppks = model.ppks;
    const kode = column(ppks, "ppks", "kodeIku");
    if (!ppks || !kode || !model.pk) return [];
    const out: Finding[] = [];
    for (const g of ppksGroups(model, computed)) {
      if (g.indicator) continue;
      const first = g.rows[0]!;
      out.push({
        rule: ID,
        severity: "warning",
        sheet: ppks.sheet,
        cell: `${kode.letter}${first.row}`,
        range: `${kode.letter}${first.row}:${kode.letter}${g.rows[g.rows.length - 1]!.row}`,
        message: msg.ppksUnknownCode(g.kode),
      });
    }
    return out;
  },
};
