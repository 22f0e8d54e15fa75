// A Capaian written in the Cascading sheet equals the capaian the engine computes from the row's target and realisasi
// (the same formulas as PK: polarity — negative only for a row restating a negative IKU —, range targets, letter scales),
// compared under the one rounding rule: some target and realisasi that round to their printed forms give it.
import { cascadingRule, kinerjaOf, nodeName, polarityOf, rowCapaian, rowCapaianBounds } from "../cascading.js";
import * as msg from "../../text/messages/check.js";
import { showQuantity } from "../show.js";
import { checkStated, overNothing } from "../stated.js";

const ID = "cascading/capaian";

export const rule = cascadingRule(ID, "error", (c, model, _at, out) => {
  const kinerja = kinerjaOf(model);
  c.t.nodes.forEach((n) => {
    for (const i of n.rows) {
      const r = c.t.rows[i]!;
      if (!r.capaian || !r.target || !r.realisasi) continue;
      const subject = () => msg.capaianSubject(msg.cascadingSubject(r.indikator ?? r.sasaran ?? "", nodeName(n)));
      const top = c.roots.includes(n);
      const o = rowCapaian(r, kinerja, top);
      if (o.status === "target-nol") {
        out.push(overNothing(r.capaian, subject(), msg.targetZeroDenominator));
        continue;
      }
      if (o.status !== "ok" || !o.capaian) continue;
      const polaritas = polarityOf(r, kinerja, top);
      const [real, target] = [showQuantity(r.realisasi), showQuantity(r.target)];
      const f = checkStated({
        rule: ID,
        severity: "error",
        stated: r.capaian,
        exact: o.capaian,
        kind: "persen",
        subject,
        basis: () =>
          o.metode === "negatif"
            ? msg.capaianNegatifBasis(real, target)
            : o.metode === "rentang"
              ? msg.capaianRentangBasis(real, target, polaritas)
              : o.metode === "ordinal"
                ? msg.capaianOrdinalBasis(real, target)
                : msg.capaianPositifBasis(real, target),
        bounds: () => (o.metode === "positif" || o.metode === "negatif" ? rowCapaianBounds(r, o.metode) : undefined),
      });
      if (f) out.push(f);
    }
  });
});
