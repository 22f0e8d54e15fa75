// A PK indicator with a target and no realisasi at all: its capaian cannot be measured, and the document would show a gap.
import * as msg from "../../text/messages/check.js";
import type { Rule } from "../rule.js";
import { pkSubject, showQuantity } from "../show.js";
import type { Finding } from "../types.js";

const ID = "pk/tanpa-realisasi";

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "warning",
  source: "pemeriksaan",
  check({ computed }) {
    const out: Finding[] = [];
    for (const i of computed.indikator) {
      if (i.status !== "tanpa-realisasi" || !i.target) continue;
      const where = i.pk.cells["realisasi"] ?? i.pk.src;
      out.push({ rule: ID, severity: "warning", sheet: where.sheet, cell: where.cell, message: msg.noRealisasi(pkSubject(i.pk), showQuantity(i.target)) });
    }
    return out;
  },
};
