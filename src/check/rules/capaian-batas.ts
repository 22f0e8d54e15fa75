// A capaian above a plausibility ceiling (default 300 %, `batasCapaian` in lkip.config.json) is more often a target or
// realisasi typed in the wrong unit than a real over-achievement.
import * as msg from "../../text/messages/check.js";
import { formatNumber, formatPercent, roundHalfUp } from "../../text/format.js";
import type { Rule } from "../rule.js";
import { pkSubject, plain, showMeasured, showQuantity } from "../show.js";
import type { Finding } from "../types.js";

const ID = "capaian/batas";

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "warning",
  source: "pemeriksaan",
  check({ computed, config }) {
    const out: Finding[] = [];
    for (const i of computed.indikator) {
      if (!i.capaian || !i.capaian.greaterThan(config.batasCapaian)) continue;
      const where = i.pk.capaian?.src ?? i.realisasiSource ?? i.pk.src;
      out.push({
        rule: ID,
        severity: "warning",
        sheet: where.sheet,
        cell: where.cell,
        message: msg.aboveCeiling(
          pkSubject(i.pk),
          formatPercent(i.capaian, computed.desimal),
          `${formatNumber(config.batasCapaian)}%`,
          i.target ? showQuantity(i.target) : "-",
          i.realisasi !== undefined ? showMeasured(i.realisasi) : "-",
        ),
        expected: plain(config.batasCapaian),
        actual: plain(roundHalfUp(i.capaian, computed.desimal)),
      });
    }
    return out;
  },
};
