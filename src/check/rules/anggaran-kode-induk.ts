// A kegiatan's code extends its program's code, a sub kegiatan's its kegiatan's (`1.06.04` → `1.06.04.2.01` →
// `1.06.04.2.01.0001`): a code that does not is a row filed under the wrong parent, or a mistyped code.
import * as msg from "../../text/messages/check.js";
import type { Rule } from "../rule.js";
import { column } from "../sheets.js";
import { anggaranSubject } from "../show.js";
import type { Finding } from "../types.js";

const ID = "anggaran/kode-induk";

/** Segments of a budget code: `1.06.01.2.01 - 04.2.01.01` → [1, 06, 01, 2, 01, 04, 2, 01, 01]. */
export function codeParts(code: string): string[] {
  return code
    .replace(/\s*-\s*/g, ".")
    .split(".")
    .map((s) => s.trim().toUpperCase())
    .filter((s) => s !== "");
}

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "error",
  source: "pemeriksaan",
  check({ model }) {
    const table = model.anggaran;
    const kode = column(table, "anggaran", "kode");
    if (!table || !kode) return [];
    const out: Finding[] = [];
    // a parent's code is compared with each of its children's: split it once
    const parentParts = new Map<number, string[]>();
    for (const row of table.rows) {
      if (row.parent === undefined || !row.kode) continue;
      const parent = table.rows[row.parent]!;
      if (!parent.kode) continue;
      const mine = codeParts(row.kode);
      let theirs = parentParts.get(row.parent);
      if (!theirs) parentParts.set(row.parent, (theirs = codeParts(parent.kode)));
      const extends_ = mine.length > theirs.length && theirs.every((s, i) => s === mine[i]);
      if (extends_) continue;
      out.push({
        rule: ID,
        severity: "error",
        sheet: table.sheet,
        cell: `${kode.letter}${row.row}`,
        range: `${kode.letter}${parent.row}`,
        message: msg.codeNotUnderParent(row.kode, row.level, parent.kode, anggaranSubject(parent)),
      });
    }
    return out;
  },
};
