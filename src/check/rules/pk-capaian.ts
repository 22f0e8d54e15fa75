// A stated PK `Capaian` equals the capaian the engine computes from target and realisasi, with the indicator's polarity
// (negative: (2 × target − realisasi) / target × 100), range targets and letter scales. Never re-computed here.
import { Decimal } from "decimal.js";
import { capaianByPolarity } from "../../engine/index.js";
import type { IndicatorResult } from "../../engine/types.js";
import { exactly, printedBounds, rangeOver, type Bounds } from "../interval.js";
import * as msg from "../../text/messages/check.js";
import type { Rule } from "../rule.js";
import { pkSubject, showMeasured, showQuantity } from "../show.js";
import { checkStated, overNothing } from "../stated.js";
import type { Finding } from "../types.js";

const ID = "pk/capaian";

/** How the engine's capaian of an indicator was obtained, worded with its figures. */
export function capaianBasis(i: IndicatorResult): string {
  const r = i.realisasi !== undefined ? showMeasured(i.realisasi) : "-";
  const t = i.target ? showQuantity(i.target) : "-";
  switch (i.metode) {
    case "negatif":
      return msg.capaianNegatifBasis(r, t);
    case "rentang":
      return msg.capaianRentangBasis(r, t, i.polaritas);
    case "ordinal":
      return msg.capaianOrdinalBasis(r, t);
    default:
      return msg.capaianPositifBasis(r, t);
  }
}

/**
 * The capaian over every target and realisasi that round to their printed forms (positive and negative polarity with a
 * number target); a realisasi computed from counts (a ratio) or from quarters is exact.
 */
export function capaianBounds(i: IndicatorResult): Bounds | undefined {
  if ((i.metode !== "positif" && i.metode !== "negatif") || i.target?.kind !== "num" || !Decimal.isDecimal(i.realisasi)) return undefined;
  const realisasi = i.realisasiFrom === "realisasi" && i.pk.realisasi?.kind === "num" ? printedBounds(i.pk.realisasi) : exactly(i.realisasi);
  return rangeOver([realisasi, printedBounds(i.target)], ([r, t]) => capaianByPolarity(r!, t!, i.polaritas));
}

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "error",
  source: "pemeriksaan",
  check({ computed }) {
    const out: Finding[] = [];
    for (const i of computed.indikator) {
      const stated = i.pk.capaian;
      if (!stated) continue;
      const subject = msg.capaianSubject(pkSubject(i.pk));
      if (i.status === "target-nol") {
        out.push(overNothing(stated, subject, msg.targetZeroDenominator));
        continue;
      }
      // without a target or a realisasi there is nothing to compare with (pk/tanpa-realisasi says so)
      if (i.status !== "ok" || !i.capaian) continue;
      const f = checkStated({
        rule: ID,
        severity: "error",
        stated,
        exact: i.capaian,
        kind: "persen",
        subject,
        basis: capaianBasis(i),
        bounds: () => capaianBounds(i),
      });
      if (f) out.push(f);
    }
    return out;
  },
};
