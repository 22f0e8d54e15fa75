// A realisasi about 100 times (or more) larger or smaller than its target is rarely a real result: it is a ratio taken
// with the wrong multiplier (9 deaths in 8.400 births × 100 = 0,11 against a target of 100 per 100.000) or a target and
// a realisasi written in different units (0,85 and 85 %). Two orders of magnitude: log10(realisasi / target) rounds to
// ±2 or beyond, i.e. a factor above about 32.
import { Decimal } from "decimal.js";
import { isLetter } from "../../engine/index.js";
import { formatNumber } from "../../text/format.js";
import * as msg from "../../text/messages/check.js";
import type { Rule } from "../rule.js";
import { pkSubject, plain, showMeasured, showQuantity } from "../show.js";
import type { Finding } from "../types.js";

const ID = "pk/realisasi-janggal";
const MIN_ORDERS = 2;

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "warning",
  source: "pemeriksaan",
  check({ computed }) {
    const out: Finding[] = [];
    for (const i of computed.indikator) {
      if (i.target?.kind !== "num" || i.realisasi === undefined || isLetter(i.realisasi)) continue;
      const target = i.target.value;
      const realisasi = i.realisasi as Decimal;
      if (target.isZero() || realisasi.isZero()) continue;
      const orders = realisasi.abs().dividedBy(target.abs()).log(10).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
      if (Math.abs(orders) < MIN_ORDERS) continue;
      const where = i.realisasiSource ?? i.pk.src;
      const saran = i.rasio
        ? msg.farFromTargetRasio(formatNumber(i.rasio.pengali), i.rasio.pengaliDari === "bawaan")
        : msg.farFromTargetSatuan;
      out.push({
        rule: ID,
        severity: "warning",
        sheet: where.sheet,
        cell: where.cell,
        message: msg.farFromTarget(
          pkSubject(i.pk),
          showMeasured(realisasi),
          showQuantity(i.target),
          formatNumber(new Decimal(10).pow(Math.abs(orders))),
          orders > 0,
          saran,
        ),
        expected: plain(target),
        actual: plain(realisasi),
      });
    }
    return out;
  },
};
