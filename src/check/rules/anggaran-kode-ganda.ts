// Every program, kegiatan and sub kegiatan has its own code: a code used twice makes sums and links ambiguous.
import * as msg from "../../text/messages/check.js";
import type { Rule } from "../rule.js";
import { column } from "../sheets.js";
import { anggaranSubject } from "../show.js";
import type { Finding } from "../types.js";
import { codeParts } from "./anggaran-kode-induk.js";

const ID = "anggaran/kode-ganda";

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "error",
  source: "pemeriksaan",
  check({ model }) {
    const table = model.anggaran;
    const kode = column(table, "anggaran", "kode");
    if (!table || !kode) return [];
    const first = new Map<string, number>();
    const out: Finding[] = [];
    table.rows.forEach((row, i) => {
      if (!row.kode) return;
      const key = codeParts(row.kode).join(".");
      const seen = first.get(key);
      if (seen === undefined) {
        first.set(key, i);
        return;
      }
      const other = table.rows[seen]!;
      out.push({
        rule: ID,
        severity: "error",
        sheet: table.sheet,
        cell: `${kode.letter}${row.row}`,
        range: `${kode.letter}${other.row}`,
        message: msg.duplicateCode(row.kode, `${kode.letter}${other.row}`, anggaranSubject(other)),
      });
    });
    return out;
  },
};
