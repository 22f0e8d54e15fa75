// A percentage typed as a fraction (0,855 for 85,5 %) reads as 0,86 % and makes a capaian "sangat rendah" without any
// error: warn when a `%` indicator's target or realisasi is ≤ 1,5 while the other side is over ten times larger, when
// every value of a percent column is ≤ 1, and likewise for the budget Persen column. A cell formatted as a
// percentage in Excel (or text with `%`) says what it means and is never flagged.
import { Decimal } from "decimal.js";
import { isPercentUnit } from "../../engine/quarters.js";
import type { NumValue, Quantity } from "../../model/types.js";
import { formatNumber } from "../../text/format.js";
import * as msg from "../../text/messages/check.js";
import type { Rule } from "../rule.js";
import { pkSubject } from "../show.js";
import type { Finding } from "../types.js";

const ID = "angka/pecahan";
const LIMIT = new Decimal(1.5);
const ONE = new Decimal(1);

/** A plain number (not formatted or written as a percentage) above zero. */
function plain(q: Quantity | undefined): NumValue | undefined {
  return q?.kind === "num" && !q.percent && q.value.gt(0) ? q : undefined;
}

/** `small` looks like a fraction of `other`: at most 1,5 while `other` is more than ten times larger. */
const fractionOf = (small: NumValue, other: Decimal) => small.value.lte(LIMIT) && other.gt(LIMIT) && other.gt(small.value.times(10));

/** Every value of a column is ≤ 1 (and there is one at least): the whole column was typed as fractions. */
function fractionColumn(values: (NumValue | undefined)[], all: number): NumValue[] {
  const nums = values.filter((v): v is NumValue => v !== undefined);
  return nums.length > 0 && nums.length === all && nums.every((v) => v.value.lte(ONE)) ? nums : [];
}

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "warning",
  source: "pemeriksaan",
  check({ model, computed }) {
    const out = new Map<string, Finding>();
    const add = (v: NumValue, what: string) => {
      const key = `${v.src.sheet}!${v.src.cell}`;
      if (!out.has(key)) out.set(key, { rule: ID, severity: "warning", sheet: v.src.sheet, cell: v.src.cell, message: msg.fractionPercent(what, formatNumber(v.value), formatNumber(v.value.times(100))) });
    };
    const pk = (model.pk?.rows ?? []).filter((r) => isPercentUnit(r.satuan));
    for (const r of pk) {
      const t = plain(r.target);
      const re = plain(r.realisasi);
      if (t && re && fractionOf(re, t.value)) add(re, msg.fractionRealisasi(pkSubject(r)));
      if (t && re && fractionOf(t, re.value)) add(t, msg.fractionTarget(pkSubject(r)));
    }
    // a column typed entirely as fractions: every filled cell a plain number ≤ 1
    const filled = (q: (r: (typeof pk)[number]) => Quantity | undefined) => pk.filter((r) => q(r) !== undefined);
    for (const v of fractionColumn(filled((r) => r.realisasi).map((r) => plain(r.realisasi)), filled((r) => r.realisasi).length)) {
      add(v, msg.fractionRealisasi(pkSubject(pk.find((r) => r.realisasi === v)!)));
    }
    for (const v of fractionColumn(filled((r) => r.target).map((r) => plain(r.target)), filled((r) => r.target).length)) {
      add(v, msg.fractionTarget(pkSubject(pk.find((r) => r.target === v)!)));
    }
    // the budget Persen column: a row whose serapan is far above its stated Persen, or a column of fractions
    const rows = model.anggaran?.rows ?? [];
    const withPersen = rows.filter((r) => r.persen !== undefined);
    const serapan = new Map(computed.anggaran.baris.map((b) => [b.row, b.serapan]));
    for (const r of withPersen) {
      const p = plain(r.persen);
      const s = serapan.get(r);
      if (p && s && fractionOf(p, s)) add(p, msg.fractionPersen(r.kode ?? r.uraian));
    }
    for (const v of fractionColumn(withPersen.map((r) => plain(r.persen)), withPersen.length)) {
      const r = withPersen.find((x) => x.persen === v)!;
      add(v, msg.fractionPersen(r.kode ?? r.uraian));
    }
    return [...out.values()];
  },
};
