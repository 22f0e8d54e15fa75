// A row whose Agregasi says how the positions directly under its position add up: `rata-rata`, `terendah` or
// `tertinggi` of their indicators' capaian (computed from target and realisasi, else as written) gives the row's
// capaian; `jumlah` of their realisasi (indicators with the row's satuan) gives the row's realisasi. A stated figure
// that contradicts it is an error, under the one rounding rule over the children's printed figures.
import { Decimal } from "decimal.js";
import { normalizeText } from "../../engine/index.js";
import { cascadingAgregasi, type CascadingAgregasi } from "../../model/cascading-agregasi.js";
import type { CascadingRow } from "../../model/types.js";
import { cascadeOf, kinerjaOf, measuredCapaian, nodeName, rowsOf, statedFigure, type Measured } from "../cascading.js";
import type { Bounds } from "../interval.js";
import * as msg from "../../text/messages/check.js";
import type { Rule } from "../rule.js";
import { checkStated } from "../stated.js";
import type { Finding } from "../types.js";

const ID = "cascading/agregasi";

/** The figure and its bounds over the children's: each function is monotone in every input, so bounds map to bounds. */
function combine(how: CascadingAgregasi, xs: Measured[]): Measured {
  const pick = (vs: Decimal[]): Decimal => {
    switch (how) {
      case "terendah":
        return Decimal.min(...vs);
      case "tertinggi":
        return Decimal.max(...vs);
      case "jumlah":
        return vs.reduce((a, b) => a.plus(b), new Decimal(0));
      case "rata-rata":
        return vs.reduce((a, b) => a.plus(b), new Decimal(0)).dividedBy(vs.length);
    }
  };
  const bounds: Bounds = { lo: pick(xs.map((x) => x.bounds.lo)), hi: pick(xs.map((x) => x.bounds.hi)) };
  return { value: pick(xs.map((x) => x.value)), bounds };
}

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "error",
  source: "pemeriksaan",
  check({ model }) {
    const c = cascadeOf(model);
    if (!c) return [];
    const kinerja = kinerjaOf(model);
    const out: Finding[] = [];
    for (const n of c.t.nodes) {
      const childRows: CascadingRow[] = (c.children.get(n) ?? []).flatMap((k) => rowsOf(c, k));
      for (const r of rowsOf(c, n)) {
        if (!r.agregasi?.trim()) continue;
        const how = cascadingAgregasi(r.agregasi);
        const cell = r.cells["agregasi"]?.cell ?? r.src.cell;
        if (!how) {
          out.push({ rule: ID, severity: "error", sheet: c.t.sheet, cell, message: msg.cascadingAgregasiTidakDikenal(r.agregasi.trim()) });
          continue;
        }
        const subject = msg.cascadingSubject(r.indikator ?? r.sasaran ?? "", nodeName(n));
        if (how === "jumlah") {
          if (r.realisasi?.kind !== "num") continue;
          const satuan = normalizeText(r.satuan);
          const xs = childRows
            .filter((x) => x.realisasi?.kind === "num" && (!satuan || normalizeText(x.satuan) === satuan))
            .map((x) => statedFigure(x.realisasi as Extract<typeof x.realisasi, { kind: "num" }>));
          if (xs.length === 0) continue;
          const sum = combine(how, xs);
          const f = checkStated({
            rule: ID,
            severity: "error",
            stated: r.realisasi,
            exact: sum.value,
            kind: "angka",
            subject: msg.realisasiSubject(subject),
            basis: msg.AGREGASI_BASIS.jumlah(xs.length),
            bounds: () => sum.bounds,
          });
          if (f) out.push(f);
          continue;
        }
        if (!r.capaian) continue;
        const xs = childRows.flatMap((x) => (x.indikator ? [measuredCapaian(x, kinerja)] : [])).filter((m): m is Measured => m !== undefined);
        if (xs.length === 0) continue;
        const agg = combine(how, xs);
        const f = checkStated({
          rule: ID,
          severity: "error",
          stated: r.capaian,
          exact: agg.value,
          kind: "persen",
          subject: msg.capaianSubject(subject),
          basis: msg.AGREGASI_BASIS[how](xs.length),
          bounds: () => agg.bounds,
        });
        if (f) out.push(f);
      }
    }
    return out;
  },
};
