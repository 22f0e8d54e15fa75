// A SUM over cells that hold numbers written as text: the workbook means them (the contract reads them), Excel leaves
// them out — so the total changes the moment the workbook is recalculated.
import * as msg from "../../text/messages/check.js";
import { rangeOf } from "../cells.js";
import type { Rule } from "../rule.js";
import { plain, show } from "../show.js";
import { displayOf, formulaSums } from "../sums.js";
import type { Finding } from "../types.js";

const ID = "rumus/teks-dalam-sum";

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "warning",
  source: "pemeriksaan",
  check({ model }) {
    const out: Finding[] = [];
    for (const s of formulaSums(model)) {
      if (s.textCells.length === 0) continue;
      const { kind, decimals: d, scale } = displayOf(model, s);
      const range = rangeOf(s.textCells, s.formula.sheet) ?? "";
      out.push({
        rule: ID,
        severity: "warning",
        sheet: s.formula.sheet,
        cell: s.formula.cell,
        range,
        message: msg.textInSum(s.formula.formula, range, show(scale(s.sum), kind, d), show(scale(s.sumNumbers), kind, d)),
        expected: plain(s.sum),
        actual: plain(s.sumNumbers),
      });
    }
    return out;
  },
};
