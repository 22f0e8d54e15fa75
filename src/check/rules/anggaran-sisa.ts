// A column an office adds for what is left of the budget (`Sisa Anggaran`, `Sisa`, `Selisih`) equals pagu − realisasi
// on every row and total row, pagu being pagu perubahan when the row has one, else pagu awal (as serapan). Written the
// other way round (realisasi − pagu) is accepted: offices use both signs.
import { Decimal } from "decimal.js";
import type { NumValue } from "../../model/types.js";
import * as msg from "../../text/messages/check.js";
import type { Rule } from "../rule.js";
import { column, isSisaHeader } from "../sheets.js";
import { anggaranSubject, show } from "../show.js";
import { checkStated } from "../stated.js";
import type { Finding } from "../types.js";

const ID = "anggaran/sisa";

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "error",
  source: "pemeriksaan",
  check({ model }) {
    const table = model.anggaran;
    if (!table) return [];
    const headers = Object.keys(table.columns).filter(isSisaHeader);
    if (headers.length === 0) return [];
    const perubahan = column(table, "anggaran", "paguPerubahan");
    const awal = column(table, "anggaran", "paguAwal");
    const realisasiColumn = column(table, "anggaran", "realisasi");
    const out: Finding[] = [];
    const one = (stated: NumValue | undefined, subject: () => string, pagu: NumValue | undefined, realisasi: NumValue | undefined) => {
      if (!stated || stated.percent || !pagu) return;
      const r = realisasi?.value ?? new Decimal(0);
      const exact = pagu.value.minus(r);
      // realisasi − pagu is the same figure with the other sign
      const signed = stated.value.isNegative() !== exact.isNegative() && !exact.isZero() ? exact.negated() : exact;
      const f = checkStated({
        rule: ID,
        severity: "error",
        stated,
        exact: signed,
        kind: "rupiah",
        subject,
        basis: () => msg.sisaBasis(show(pagu.value, "rupiah", pagu.decimals), show(r, "rupiah", realisasi?.decimals ?? 0)),
      });
      if (f) out.push(f);
    };
    for (const header of headers) {
      for (const row of table.rows) {
        one(row.nums[header], () => msg.columnSubject(header, anggaranSubject(row)), row.paguPerubahan ?? row.paguAwal, row.realisasi);
      }
      for (const total of table.totals) {
        const pagu = (perubahan && total.values[perubahan.header]) || (awal && total.values[awal.header]) || undefined;
        const r = realisasiColumn ? total.values[realisasiColumn.header] : undefined;
        one(total.values[header], () => msg.columnSubject(header, `baris ${total.label}`), pagu, r);
      }
    }
    return out;
  },
};
