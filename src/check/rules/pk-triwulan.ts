// Quarterly realisasi (TW1–TW4) reconcile with the annual `Realisasi` under the row's rule: summed for counts, the last
// quarter for percentages, indices and letters, or what the `Agregasi` column says (the engine's `annualFromQuarters`).
import type { Decimal } from "decimal.js";
import type { Quantity } from "../../model/types.js";
import { isLetter, isPercentUnit } from "../../engine/index.js";
import * as msg from "../../text/messages/check.js";
import { rangeOf } from "../cells.js";
import type { Rule } from "../rule.js";
import { pkSubject, showMeasured } from "../show.js";
import { checkStated } from "../stated.js";
import type { Finding } from "../types.js";

const ID = "pk/triwulan";

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "error",
  source: "pemeriksaan",
  check({ computed }) {
    const out: Finding[] = [];
    for (const i of computed.indikator) {
      const tw = i.triwulan;
      const stated = i.pk.realisasi;
      if (!tw || tw.tahunan === undefined || !stated) continue;
      const cells = i.pk.triwulan.filter((q): q is Quantity => q !== undefined).map((q) => q.src);
      const range = rangeOf(cells, stated.src.sheet);
      const basis = msg.quarterBasis(tw.agregasi, tw.agregasiBawaan, i.satuan);
      const subject = pkSubject(i.pk);
      if (isLetter(tw.tahunan)) {
        if (stated.kind !== "letter" || stated.letter.trim().toUpperCase() === tw.tahunan.letter) continue;
        out.push({
          rule: ID,
          severity: "error",
          sheet: stated.src.sheet,
          cell: stated.src.cell,
          ...(range ? { range } : {}),
          message: msg.quarterLetters(subject, stated.letter.toUpperCase(), basis, showMeasured(tw.tahunan)),
          expected: tw.tahunan.letter,
          actual: stated.letter.toUpperCase(),
        });
        continue;
      }
      if (stated.kind !== "num") continue;
      const f = checkStated({
        rule: ID,
        severity: "error",
        stated,
        exact: tw.tahunan as Decimal,
        kind: isPercentUnit(i.satuan) ? "persen" : "angka",
        subject: msg.realisasiSubject(subject),
        basis,
        ...(range ? { range } : {}),
      });
      if (f) out.push(f);
    }
    return out;
  },
};
