// Every stated total row (`Jumlah`, `Total`) equals the sum of the rows it covers, in every numeric column where it has
// a value — except percentage columns, which are ratios of the row's own totals (checked by the percentage rules).
import { Decimal } from "decimal.js";
import type { NumValue } from "../../model/types.js";
import * as msg from "../../text/messages/check.js";
import { rangeOf } from "../cells.js";
import type { Rule } from "../rule.js";
import { isTextHeader } from "../sheets.js";
import { checkStated } from "../stated.js";
import { belongingRows, belongingWord, grandRows, kindOf, summedTables } from "../tables.js";
import type { Finding } from "../types.js";

const ID = "jumlah/total";

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "error",
  source: "pemeriksaan",
  check({ model }) {
    const out: Finding[] = [];
    for (const t of summedTables(model)) {
      const { table, id } = t;
      table.totals.forEach((total, n) => {
        const rows = belongingRows(t, total);
        // after other totals, a total may be the grand total of everything above it
        const grand = n > 0 ? grandRows(t, total) : undefined;
        const primary = rows.length > 0 ? rows : (grand ?? []);
        if (primary.length === 0) return;
        for (const [header, stated] of Object.entries(total.values)) {
          if (!stated || isTextHeader(id, header)) continue;
          const kind = kindOf(id, header, stated.percent);
          if (kind === "persen") continue;
          const letter = table.columns[header];
          const judge = (indexes: number[]): Finding | undefined => {
            const values = indexes.map((i) => table.rows[i]!.nums[header]).filter((v): v is NumValue => v !== undefined);
            // every row empty in this column: nothing to add up
            if (values.length === 0) return undefined;
            return checkStated({
              rule: ID,
              severity: "error",
              stated,
              exact: values.reduce((a, v) => a.plus(v.value), new Decimal(0)),
              kind,
              subject: () => msg.totalSubject(total.label, header),
              basis: () => msg.totalBasis(indexes.length, belongingWord(t, indexes)),
              ...(letter ? { range: rangeOf(indexes.map((i) => ({ sheet: table.sheet, cell: `${letter}${table.rows[i]!.row}` })), table.sheet)! } : {}),
            });
          };
          const finding = judge(primary);
          if (finding && !(grand && primary !== grand && judge(grand) === undefined)) out.push(finding);
        }
      });
    }
    return out;
  },
};
