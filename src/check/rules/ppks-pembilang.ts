// The `Realisasi` of the PPKS rows linked to an indicator add up to that indicator's `Pembilang` when it has one, else
// to its `Realisasi` when its satuan is a count. The finding sits on the PK cell, with the PPKS rows as its range.
import { Decimal } from "decimal.js";
import { isCountUnit } from "../../engine/index.js";
import type { NumValue } from "../../model/types.js";
import * as msg from "../../text/messages/check.js";
import { rangeOf } from "../cells.js";
import { ppksGroups } from "../links.js";
import type { Rule } from "../rule.js";
import { column } from "../sheets.js";
import { pkSubject } from "../show.js";
import { checkStated } from "../stated.js";
import type { Finding } from "../types.js";

const ID = "ppks/pembilang";

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "error",
  source: "pemeriksaan",
  check({ model, computed }) {
    const ppks = model.ppks;
    const letter = column(ppks, "ppks", "realisasi")?.letter;
    if (!ppks || !letter) return [];
    const out: Finding[] = [];
    for (const g of ppksGroups(model, computed)) {
      const i = g.indicator;
      if (!i) continue;
      const values = g.rows.map((r) => r.realisasi).filter((v): v is NumValue => v !== undefined);
      if (values.length === 0) continue;
      let stated: NumValue | undefined;
      let what: "Pembilang" | "Realisasi";
      if (i.pk.pembilang) {
        stated = i.pk.pembilang;
        what = "Pembilang";
      } else if (i.pk.realisasi?.kind === "num" && isCountUnit(i.satuan)) {
        stated = i.pk.realisasi;
        what = "Realisasi";
      } else continue;
      const f = checkStated({
        rule: ID,
        severity: "error",
        stated,
        exact: values.reduce((a, v) => a.plus(v.value), new Decimal(0)),
        kind: "angka",
        subject: msg.ppksSubject(what, pkSubject(i.pk)),
        basis: msg.ppksBasis(g.rows.length, g.kode),
        range: rangeOf(g.rows.map((r) => ({ sheet: ppks.sheet, cell: `${letter}${r.row}` })), stated.src.sheet)!,
      });
      if (f) out.push(f);
    }
    return out;
  },
};
