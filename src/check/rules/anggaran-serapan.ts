// A stated `Persen` (serapan) equals realisasi / pagu × 100, pagu being pagu perubahan when the row has one, else pagu
// awal (the engine's rule). In a total row it is the total realisasi over the total pagu of that same row.
import { Decimal } from "decimal.js";
import type { NumValue } from "../../model/types.js";
import { serapan } from "../../engine/index.js";
import * as msg from "../../text/messages/check.js";
import type { Rule } from "../rule.js";
import { column } from "../sheets.js";
import { anggaranSubject, show } from "../show.js";
import { exactly, printedBounds, rangeOver } from "../interval.js";
import { checkStated, overNothing } from "../stated.js";
import type { Finding } from "../types.js";

const ID = "anggaran/serapan";

function one(
  stated: NumValue,
  subject: () => string,
  realisasi: NumValue | undefined,
  pagu: NumValue | undefined,
  paguLabel: string,
  computed?: Decimal,
): Finding | undefined {
  if (!pagu || pagu.value.isZero()) return overNothing(stated, subject(), msg.paguDenominator(paguLabel));
  // a stated percentage with an empty realisasi means nothing was spent
  const r = realisasi?.value ?? new Decimal(0);
  return checkStated({
    rule: ID,
    severity: "error",
    stated,
    // the engine's serapan of the row, when it has one, is this same quotient
    exact: computed ?? serapan(r, pagu.value)!,
    kind: "persen",
    subject,
    bounds: () => rangeOver([realisasi ? printedBounds(realisasi) : exactly(r), printedBounds(pagu)], ([x, p]) => serapan(x!, p!)),
    basis: () => msg.serapanBasis(show(r, "rupiah", realisasi?.decimals ?? 0), paguLabel.toLowerCase(), show(pagu.value, "rupiah", pagu.decimals)),
  });
}

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "error",
  source: "pemeriksaan",
  check({ model, computed }) {
    const table = model.anggaran;
    if (!table) return [];
    const out: Finding[] = [];
    const perubahan = column(table, "anggaran", "paguPerubahan");
    const awal = column(table, "anggaran", "paguAwal");
    const labelOf = (fromPerubahan: boolean) => (fromPerubahan ? perubahan?.header : awal?.header) ?? "Pagu";
    table.rows.forEach((row, i) => {
      if (!row.persen) return;
      const pagu = row.paguPerubahan ?? row.paguAwal;
      const engine = computed.anggaran.baris[i];
      const exact = engine?.row === row ? engine.serapan : undefined;
      const f = one(row.persen, () => msg.persenSubject(anggaranSubject(row)), row.realisasi, pagu, labelOf(!!row.paguPerubahan || !row.paguAwal), exact);
      if (f) out.push(f);
    });
    const persen = column(table, "anggaran", "persen");
    const realisasi = column(table, "anggaran", "realisasi");
    if (persen) {
      for (const total of table.totals) {
        const stated = total.values[persen.header];
        if (!stated) continue;
        const pp = perubahan ? total.values[perubahan.header] : undefined;
        const pa = awal ? total.values[awal.header] : undefined;
        const r = realisasi ? total.values[realisasi.header] : undefined;
        const f = one(stated, () => msg.persenTotalSubject(total.label), r, pp ?? pa, labelOf(!!pp || !pa));
        if (f) out.push(f);
      }
    }
    return out;
  },
};
