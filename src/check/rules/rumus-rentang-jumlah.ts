// A total's SUM formula must cover exactly the rows the total stands for — `=SUM(F5:F10)` above rows 5–11 leaves row
// 11 out even when its cached value happens to agree today. Applies to stated total rows and to budget parents whose
// cells are formulas; rows it adds that are not its own (a kegiatan inside a program total, another total) are named too.
import { Decimal } from "decimal.js";
import type { AnggaranRow, NumValue } from "../../model/types.js";
import * as msg from "../../text/messages/check.js";
import { parseA1, rangeOf } from "../cells.js";
import { sumCells } from "../formula.js";
import type { Rule } from "../rule.js";
import { isTextHeader } from "../sheets.js";
import { anggaranSubject } from "../show.js";
import { belongingRows, isHierarchyHeader, kindOf, summedTables, type SummedTable } from "../tables.js";
import type { Finding } from "../types.js";

const ID = "rumus/rentang-jumlah";
const LISTED = 5;

function describeRows(t: SummedTable, rows: number[]): string {
  const byRow = new Map<number, AnggaranRow>();
  if (t.id === "anggaran") for (const r of t.table.rows as AnggaranRow[]) byRow.set(r.row, r);
  const shown = rows.slice(0, LISTED).map((n) => {
    const r = byRow.get(n);
    return r ? `${n} (${anggaranSubject(r)})` : String(n);
  });
  return msg.rowList(shown, rows.length - shown.length);
}

/** What every formula of a table is judged against, built once per table. */
interface TableFacts {
  t: SummedTable;
  /** Row numbers of the table's data and total rows. */
  rows: Set<number>;
  /** Budget rows: children's row numbers by row number. */
  childrenOf: Map<number, number[]>;
  byRow: Map<number, { nums: Record<string, NumValue | undefined> }>;
}

function factsOf(t: SummedTable): TableFacts {
  const childrenOf = new Map<number, number[]>();
  if (t.id === "anggaran") {
    const rows = t.table.rows as AnggaranRow[];
    for (const r of rows) if (r.children.length) childrenOf.set(r.row, r.children.map((c) => rows[c]!.row));
  }
  return {
    t,
    rows: new Set<number>([...t.table.rows.map((r) => r.row), ...t.table.totals.map((x) => x.row)]),
    childrenOf,
    byRow: new Map(t.table.rows.map((r) => [r.row, r] as const)),
  };
}

function judge(facts: TableFacts, stated: NumValue, header: string, belongs: number[], what: string): Finding | undefined {
  const t = facts.t;
  const sheet = t.table.sheet;
  const refs = stated.formula ? sumCells(stated.formula, sheet) : undefined;
  const own = parseA1(stated.src.cell);
  if (!refs || !own) return undefined;
  const referenced = new Set(refs.filter((r) => r.col === own.col).map((r) => r.row));
  const belongSet = new Set(belongs);
  // A budget row is also covered when all its children are (a program summed from every sub kegiatan is still right).
  const throughChildren = new Set<number>();
  const covered = (n: number): boolean => {
    if (referenced.has(n)) return true;
    const kids = facts.childrenOf.get(n) ?? [];
    if (kids.length === 0 || !kids.every(covered)) return false;
    for (const k of kids) throughChildren.add(k);
    return true;
  };
  const missing = belongs.filter((r) => !covered(r));
  const extra = [...referenced].filter((r) => facts.rows.has(r) && !belongSet.has(r) && !throughChildren.has(r)).sort((a, b) => a - b);
  if (missing.length === 0 && extra.length === 0) return undefined;
  const formula = stated.formula!;
  let message: string;
  if (missing.length > 0) {
    message = msg.rangeMissing(formula, what, describeRows(t, missing));
    if (extra.length > 0) message += `; ${msg.rangeExtra(describeRows(t, extra))}`;
    const correct = belongs.reduce((a, n) => a.plus(facts.byRow.get(n)?.nums[header]?.value ?? 0), new Decimal(0));
    if (extra.length === 0 && correct.equals(stated.value)) message += `; ${msg.rangeCachedAgrees}`;
  } else {
    message = msg.rangeExtraOnly(formula, what, describeRows(t, extra));
  }
  return {
    rule: ID,
    severity: "error",
    sheet,
    cell: stated.src.cell,
    range: rangeOf(belongs.map((r) => ({ sheet, cell: `${own.letters}${r}` })), sheet)!,
    message,
  };
}

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "error",
  source: "pemeriksaan",
  check({ model }) {
    const out: Finding[] = [];
    // only formulas are judged here: a workbook of plain values has nothing to look at
    if (model.formulas.length === 0) return out;
    for (const t of summedTables(model)) {
      const facts = factsOf(t);
      for (const total of t.table.totals) {
        const belongs = belongingRows(t, total).map((i) => t.table.rows[i]!.row);
        if (belongs.length === 0) continue;
        for (const [header, stated] of Object.entries(total.values)) {
          if (!stated?.formula || isTextHeader(t.id, header) || kindOf(t.id, header, stated.percent) === "persen") continue;
          const f = judge(facts, stated, header, belongs, msg.ofTotal(total.label));
          if (f) out.push(f);
        }
      }
      if (t.id !== "anggaran") continue;
      const rows = t.table.rows as AnggaranRow[];
      for (const row of rows) {
        if (row.children.length === 0) continue;
        for (const [header, stated] of Object.entries(row.nums)) {
          if (!stated?.formula || !isHierarchyHeader(header)) continue;
          const f = judge(facts, stated, header, row.children.map((c) => rows[c]!.row), msg.ofParent(anggaranSubject(row)));
          if (f) out.push(f);
        }
      }
    }
    return out;
  },
};
