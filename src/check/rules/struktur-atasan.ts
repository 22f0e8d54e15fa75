// The organisation chart is a tree: one position without an atasan (the head of office) and every other position under
// an atasan the sheet names. A position whose atasan is not found is still drawn, under the head, and pointed at here.
import { strukturTree } from "../../model/struktur.js";
import * as msg from "../../text/messages/check.js";
import type { Rule } from "../rule.js";
import type { Finding } from "../types.js";

const ID = "struktur/atasan";

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "warning",
  source: "pemeriksaan",
  check({ model }) {
    const t = model.struktur;
    if (!t || t.rows.length === 0) return [];
    const out: Finding[] = [];
    const at = (cell: string | undefined, message: string) => out.push({ rule: ID, severity: "warning", sheet: t.sheet, ...(cell ? { cell } : {}), message });
    const heads = t.rows.filter((r) => !r.atasan?.trim());
    if (heads.length === 0) at(undefined, msg.strukturTanpaPuncak());
    for (const extra of heads.slice(1)) at(extra.src.cell, msg.strukturPuncakGanda(extra.jabatan, heads[0]!.jabatan));
    const atasanColumn = t.columns[Object.keys(t.columns).find((h) => /^atasan/i.test(h.trim())) ?? ""];
    for (const r of strukturTree(t.rows).orphans) {
      if (!r.atasan?.trim()) continue;
      at(atasanColumn ? `${atasanColumn}${r.row}` : r.src.cell, msg.strukturAtasanTidakDikenal(r.jabatan, r.atasan, heads[0]?.jabatan));
    }
    return out;
  },
};
