// A stated `Capaian` in `Indikator Program` equals the capaian of its target and realisasi (the engine's
// `measureCapaian`, positive polarity: output indicators have none of their own); in a total row, the row's totals.
import { capaianPositive, measureCapaian } from "../../engine/index.js";
import * as msg from "../../text/messages/check.js";
import type { Rule } from "../rule.js";
import { column } from "../sheets.js";
import { labelText, showQuantity } from "../show.js";
import { printedBounds, rangeOver } from "../interval.js";
import { checkStated, overNothing } from "../stated.js";
import type { Finding } from "../types.js";
import { capaianOfCounts } from "./ppks-capaian.js";

const ID = "indikator-program/capaian";

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "error",
  source: "pemeriksaan",
  check({ model }) {
    const table = model.indikatorProgram;
    if (!table) return [];
    const out: Finding[] = [];
    for (const row of table.rows) {
      const stated = row.capaian;
      if (!stated) continue;
      const subject = msg.programIndicatorSubject(labelText(row.indikator));
      const m = measureCapaian(row.target, row.realisasi, "positif", row.satuan);
      if (m.status === "target-nol") {
        out.push(overNothing(stated, subject, msg.targetZeroDenominator));
        continue;
      }
      if (m.status !== "ok" || !m.capaian || !row.target || !row.realisasi) continue;
      const r = showQuantity(row.realisasi);
      const t = showQuantity(row.target);
      const basis =
        m.metode === "ordinal" ? msg.capaianOrdinalBasis(r, t) : m.metode === "rentang" ? msg.capaianRentangBasis(r, t, "positif") : msg.capaianPositifBasis(r, t);
      const { target: tv, realisasi: rv } = row;
      const bounds = () =>
        m.metode === "positif" && tv.kind === "num" && rv.kind === "num"
          ? rangeOver([printedBounds(rv), printedBounds(tv)], ([r, t]) => capaianPositive(r!, t!))
          : undefined;
      const f = checkStated({ rule: ID, severity: "error", stated, exact: m.capaian, kind: "persen", subject, basis, bounds });
      if (f) out.push(f);
    }
    const capaian = column(table, "indikatorProgram", "capaian");
    const target = column(table, "indikatorProgram", "target");
    const realisasi = column(table, "indikatorProgram", "realisasi");
    if (capaian && target && realisasi) {
      for (const total of table.totals) {
        const stated = total.values[capaian.header];
        if (!stated) continue;
        const f = capaianOfCounts(ID, stated, msg.programIndicatorSubject(msg.ofTotal(total.label)), total.values[target.header], total.values[realisasi.header]);
        if (f) out.push(f);
      }
    }
    return out;
  },
};
