// A SUM whose cached result differs from the sum of the cells it covers: the workbook was saved without being
// recalculated (written by a tool, or calculation set to manual), so the figure shown is not the figure computed.
// A range holding text numbers is judged against both readings (see rumus/teks-dalam-sum).
import * as msg from "../../text/messages/check.js";
import { rangeOf } from "../cells.js";
import type { Rule } from "../rule.js";
import { plain, show, showDifference } from "../show.js";
import { displayOf, formulaSums, sameNumber } from "../sums.js";
import type { Finding } from "../types.js";

const ID = "rumus/usang";

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "error",
  source: "pemeriksaan",
  check({ model }) {
    const out: Finding[] = [];
    for (const s of formulaSums(model)) {
      const cached = s.formula.cached;
      if (cached === undefined) continue;
      if (sameNumber(cached, s.sum)) continue;
      // Excel skips text in SUM: a result equal to the sum without the text numbers is fresh
      if (s.textCells.length > 0 && sameNumber(cached, s.sumNumbers)) continue;
      const { kind, decimals: d, scale } = displayOf(model, s);
      const range = rangeOf(s.cells, s.formula.sheet) ?? "";
      out.push({
        rule: ID,
        severity: "error",
        sheet: s.formula.sheet,
        cell: s.formula.cell,
        range,
        message: msg.staleFormula(
          s.formula.formula,
          show(scale(cached), kind, d),
          range,
          show(scale(s.sum), kind, d),
          showDifference(scale(cached.minus(s.sum)), kind, d),
        ),
        expected: plain(s.sum),
        actual: plain(cached),
      });
    }
    return out;
  },
};
