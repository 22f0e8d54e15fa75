// A ratio indicator's stated `Realisasi` equals Pembilang / Penyebut × its multiplier (19.825 / 125.326 × 100 = 15,82%;
// 9 / 8.400 × 100.000 = 107,14 per 100.000 kelahiran hidup). The multiplier is the engine's (`ratioMultiplier`).
import * as msg from "../../text/messages/check.js";
import type { Rule } from "../rule.js";
import { pkSubject, showLoose } from "../show.js";
import { printedBounds, rangeOver } from "../interval.js";
import { checkStated, overNothing } from "../stated.js";
import type { Finding } from "../types.js";
import { rangeOf } from "../cells.js";
import { formatNumber } from "../../text/format.js";

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
      if (!pembilang || !penyebut || !i.rasio || realisasi?.kind !== "num") continue;
      // a count in the Realisasi cell beside a ratio is another figure, not its copy: only a satuan or formula that
      // names the multiplier (%, per 1.000, ‰, indeks) — or a cell formatted as % — says the cell holds the ratio
      if (i.satuan && i.rasio.pengaliDari === "bawaan" && !realisasi.percent) continue;
      const persen = i.rasio.pengali.equals(100);
      const subject = msg.realisasiSubject(pkSubject(i.pk));
      if (penyebut.value.isZero()) {
        out.push(overNothing(realisasi, subject, msg.penyebutDenominator));
        continue;
      }
      const f = checkStated({
        rule: ID,
        severity: "error",
        stated: realisasi,
        exact: pembilang.value.dividedBy(penyebut.value).times(i.rasio.pengali),
        kind: persen ? "persen" : "angka",
        subject,
        basis: msg.rasioBasis(showLoose(pembilang.value), showLoose(penyebut.value), formatNumber(i.rasio.pengali)),
        range: rangeOf([pembilang.src, penyebut.src], realisasi.src.sheet)!,
        bounds: () =>
          rangeOver([printedBounds(pembilang), printedBounds(penyebut)], ([p, q]) => (q!.isZero() ? undefined : p!.dividedBy(q!).times(i.rasio!.pengali))),
      });
      if (f) out.push(f);
    }
    return out;
  },
};
