// Each program equals the sum of its kegiatan and each kegiatan the sum of its sub kegiatan, in pagu awal, pagu
// perubahan, realisasi, the year columns and any amount column an office adds (Sisa Anggaran, Selisih). A parent with no value in a column, or whose children are all empty
// there, is not checked in that column; an empty child among valued ones counts as 0.
import { Decimal } from "decimal.js";
import type { NumValue } from "../../model/types.js";
import * as msg from "../../text/messages/check.js";
import { rangeOf } from "../cells.js";
import type { Rule } from "../rule.js";
import { anggaranSubject } from "../show.js";
import { checkStated } from "../stated.js";
import { isHierarchyHeader } from "../tables.js";
import type { Finding } from "../types.js";

const ID = "anggaran/hierarki";

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "error",
  source: "pemeriksaan",
  check({ model }) {
    const table = model.anggaran;
    if (!table) return [];
    const headers = Object.keys(table.columns).filter(isHierarchyHeader);
    const out: Finding[] = [];
    for (const row of table.rows) {
      if (row.children.length === 0) continue;
      const children = row.children.map((c) => table.rows[c]!);
      for (const header of headers) {
        const stated = row.nums[header];
        if (!stated || stated.percent) continue;
        const values = children.map((c) => c.nums[header]).filter((v): v is NumValue => v !== undefined);
        if (values.length === 0) continue;
        const letter = table.columns[header]!;
        const finding = checkStated({
          rule: ID,
          severity: "error",
          stated,
          exact: values.reduce((a, v) => a.plus(v.value), new Decimal(0)),
          kind: "rupiah",
          subject: () => msg.columnSubject(header, anggaranSubject(row)),
          basis: () => msg.childrenBasis(children.length, children[0]!.level),
        });
        if (finding) out.push({ ...finding, range: rangeOf(children.map((c) => ({ sheet: table.sheet, cell: `${letter}${c.row}` })), table.sheet)! });
      }
    }
    return out;
  },
};
