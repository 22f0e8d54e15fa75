// A row whose Agregasi says how the positions directly under its position add up: `rata-rata`, `terendah` or
// `tertinggi` of their indicators' capaian (computed from target and realisasi, else as written) gives the row's
// capaian; `jumlah` of their realisasi (indicators with the row's satuan) gives the row's realisasi. A stated figure
// that contradicts it is an error, under the one rounding rule over the children's printed figures.
import { Decimal } from "decimal.js";
import { normalizeText } from "../../engine/index.js";
import { cascadingAgregasi, type CascadingAgregasi } from "../../model/cascading-agregasi.js";
import type { CascadingRow } from "../../model/types.js";
import { cascadingRule, kinerjaOf, type Measured, measuredCapaian, nodeName, rowsOf, statedFigure } from "../cascading.js";
import type { Bounds } from "../interval.js";
import * as msg from "../../text/messages/check.js";
import { checkStated } from "../stated.js";

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

export const rule = cascadingRule(ID, "error", (c, model, at, out) => {
  const kinerja = kinerjaOf(model);
  for (const n of c.t.nodes) {
    const childRows: CascadingRow[] = (c.children.get(n) ?? []).flatMap((k) => rowsOf(c, k));
    for (const r of rowsOf(c, n)) {
      if (!r.agregasi?.trim()) continue;
      const how = cascadingAgregasi(r.agregasi);
      const cell = r.cells["agregasi"]?.cell ?? r.src.cell;
      if (!how) {
        at(cell, msg.cascadingAgregasiTidakDikenal(r.agregasi.trim()));
        continue;
      }
      const subject = msg.cascadingSubject(r.indikator ?? r.sasaran ?? "", nodeName(n));
      // jumlah: the row's realisasi over the children's of the same satuan; otherwise its capaian over theirs
      const satuan = normalizeText(r.satuan);
      const stated = how === "jumlah" ? (r.realisasi?.kind === "num" ? r.realisasi : undefined) : r.capaian;
      const xs =
        how === "jumlah"
          ? childRows.flatMap((x) => (x.realisasi?.kind === "num" && (!satuan || normalizeText(x.satuan) === satuan) ? [statedFigure(x.realisasi)] : []))
          : childRows.flatMap((x) => (x.indikator ? [measuredCapaian(x, kinerja)] : [])).filter((m): m is Measured => m !== undefined);
      if (!stated || xs.length === 0) continue;
      const agg = combine(how, xs);
      const f = checkStated({
        rule: ID,
        severity: "error",
        stated,
        exact: agg.value,
        kind: how === "jumlah" ? "angka" : "persen",
        subject: how === "jumlah" ? msg.realisasiSubject(subject) : msg.capaianSubject(subject),
        basis: msg.AGREGASI_BASIS[how](xs.length),
        bounds: () => agg.bounds,
      });
      if (f) out.push(f);
    }
  }
});
