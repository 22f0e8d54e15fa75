// A ratio indicator's stated `Realisasi` (%) equals Pembilang / Penyebut × 100 (19.825 / 125.326 = 15,82%).
import { Decimal } from "decimal.js";
import { isPercentUnit } from "../../engine/index.js";
import * as msg from "../../text/messages/check.js";
import type { Rule } from "../rule.js";
import { pkSubject, showLoose } from "../show.js";
import { checkStated, overNothing } from "../stated.js";
import type { Finding } from "../types.js";
import { rangeOf } from "../cells.js";

const ID = "pk/rasio";

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "error",
  source: "pemeriksaan",
  check({ computed }) {
    const out: Finding[] = [];
    for (const i of computed.indikator) {
      const { pembilang, penyebut, realisasi } = i.pk;
      if (!pembilang || !penyebut || realisasi?.kind !== "num") continue;
      // a ratio is a percentage; a count in the Realisasi cell beside a ratio is another figure, not its copy
      if (i.satuan && !isPercentUnit(i.satuan) && !realisasi.percent) continue;
      const subject = msg.realisasiSubject(pkSubject(i.pk));
      if (penyebut.value.isZero()) {
        out.push(overNothing(realisasi, subject, msg.penyebutDenominator));
        continue;
      }
      const f = checkStated({
        rule: ID,
        severity: "error",
        stated: realisasi,
        exact: pembilang.value.dividedBy(penyebut.value).times(new Decimal(100)),
        kind: "persen",
        subject,
        basis: msg.rasioBasis(showLoose(pembilang.value), showLoose(penyebut.value)),
        range: rangeOf([pembilang.src, penyebut.src], realisasi.src.sheet)!,
      });
      if (f) out.push(f);
    }
    return out;
  },
};
