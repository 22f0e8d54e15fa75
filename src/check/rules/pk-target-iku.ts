// The PK target of an indicator against its IKU `Target <tahun>` for the report year. A warning, not an error: a PK
// perubahan (amended agreement) may set another target than the Renstra — the message says so.
import type { Quantity } from "../../model/types.js";
import * as msg from "../../text/messages/check.js";
import type { Rule } from "../rule.js";
import { pkSubject, plain, showQuantity } from "../show.js";
import type { Finding } from "../types.js";
import { sheetPrefix } from "../cells.js";

const ID = "pk/target-iku";

function same(a: Quantity, b: Quantity): boolean {
  if (a.kind === "num" && b.kind === "num") return a.value.equals(b.value);
  if (a.kind === "range" && b.kind === "range") return a.lo.equals(b.lo) && a.hi.equals(b.hi);
  if (a.kind === "letter" && b.kind === "letter") return a.letter.trim().toUpperCase() === b.letter.trim().toUpperCase();
  return false;
}

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "warning",
  source: "pemeriksaan",
  check({ computed }) {
    const tahun = computed.tahun;
    if (tahun === undefined) return [];
    const out: Finding[] = [];
    for (const i of computed.indikator) {
      const pk = i.pk.target;
      const iku = i.iku?.targets[tahun];
      if (!pk || !iku || same(pk, iku)) continue;
      out.push({
        rule: ID,
        severity: "warning",
        sheet: pk.src.sheet,
        cell: pk.src.cell,
        range: sheetPrefix(iku.src.sheet) + iku.src.cell,
        message: msg.targetVsIku(pkSubject(i.pk), showQuantity(pk), tahun, sheetPrefix(iku.src.sheet) + iku.src.cell, showQuantity(iku)),
        ...(pk.kind === "num" && iku.kind === "num" ? { expected: plain(iku.value), actual: plain(pk.value) } : {}),
      });
    }
    return out;
  },
};
