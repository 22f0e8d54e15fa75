// Realisasi above pagu: money spent beyond the ceiling, or a pagu or realisasi typed wrong.
import * as msg from "../../text/messages/check.js";
import { formatPercent } from "../../text/format.js";
import type { Rule } from "../rule.js";
import { column } from "../sheets.js";
import { anggaranSubject, plain, show } from "../show.js";
import type { Finding } from "../types.js";

const ID = "anggaran/melebihi-pagu";

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "warning",
  source: "pemeriksaan",
  check({ model, computed }) {
    const table = model.anggaran;
    if (!table) return [];
    const perubahan = column(table, "anggaran", "paguPerubahan")?.header ?? "Pagu Perubahan";
    const awal = column(table, "anggaran", "paguAwal")?.header ?? "Pagu Awal";
    const out: Finding[] = [];
    for (const b of computed.anggaran.baris) {
      const realisasi = b.row.realisasi;
      if (!realisasi || b.pagu === undefined || !realisasi.value.greaterThan(b.pagu)) continue;
      const d = realisasi.decimals;
      out.push({
        rule: ID,
        severity: "warning",
        sheet: realisasi.src.sheet,
        cell: realisasi.src.cell,
        message: msg.overBudget(
          anggaranSubject(b.row),
          show(realisasi.value, "rupiah", d),
          (b.paguDari === "awal" ? awal : perubahan).toLowerCase(),
          show(b.pagu, "rupiah", d),
          show(realisasi.value.minus(b.pagu), "rupiah", d),
          b.serapan ? formatPercent(b.serapan, computed.desimal) : "-",
        ),
        expected: plain(b.pagu),
        actual: plain(realisasi.value),
      });
    }
    return out;
  },
};
