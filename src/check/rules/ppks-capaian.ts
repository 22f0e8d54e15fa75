// A stated PPKS `Capaian` equals realisasi / target × 100; in a total row, the row's own total realisasi over its total
// target.
import { capaianPositive } from "../../engine/index.js";
import type { NumValue } from "../../model/types.js";
import * as msg from "../../text/messages/check.js";
import type { Rule } from "../rule.js";
import { column } from "../sheets.js";
import { labelText, showLoose } from "../show.js";
import { printedBounds, rangeOver } from "../interval.js";
import { checkStated, overNothing } from "../stated.js";
import type { Finding } from "../types.js";

const ID = "ppks/capaian";

export function capaianOfCounts(
  rule: string,
  stated: NumValue,
  subject: string,
  target: NumValue | undefined,
  realisasi: NumValue | undefined,
): Finding | undefined {
  if (!target) return undefined;
  if (target.value.isZero()) return overNothing(stated, subject, msg.targetZeroDenominator);
  if (!realisasi) return undefined;
  return checkStated({
    rule,
    severity: "error",
    stated,
    exact: capaianPositive(realisasi.value, target.value)!,
    kind: "persen",
    subject,
    basis: msg.capaianPositifBasis(showLoose(realisasi.value), showLoose(target.value)),
    bounds: () => rangeOver([printedBounds(realisasi), printedBounds(target)], ([r, t]) => capaianPositive(r!, t!)),
  });
}

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "error",
  source: "pemeriksaan",
  check({ model }) {
    const table = model.ppks;
    if (!table) return [];
    const out: Finding[] = [];
    for (const row of table.rows) {
      if (!row.capaian) continue;
      const f = capaianOfCounts(ID, row.capaian, msg.ppksRowSubject(labelText(row.kategori)), row.target, row.realisasi);
      if (f) out.push(f);
    }
    const capaian = column(table, "ppks", "capaian");
    const target = column(table, "ppks", "target");
    const realisasi = column(table, "ppks", "realisasi");
    if (capaian && target && realisasi) {
      for (const total of table.totals) {
        const stated = total.values[capaian.header];
        if (!stated) continue;
        const f = capaianOfCounts(ID, stated, msg.ppksRowSubject(msg.ofTotal(total.label)), total.values[target.header], total.values[realisasi.header]);
        if (f) out.push(f);
      }
    }
    return out;
  },
};
