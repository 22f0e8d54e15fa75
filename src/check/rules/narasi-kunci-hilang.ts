// The analysis only the office can write (causes, obstacles, solutions, next steps, why money was left unspent): each
// required Narasi key of BAB III that the workbook leaves empty is a warning naming the key to add. The document still
// builds: it writes what the figures say and marks the causes to fill.
import { indicatorSubject, narasiKeys } from "../../engine/narasi.js";
import { sectionKey } from "../../report/templates.js";
import * as msg from "../../text/messages/check.js";
import type { Rule } from "../rule.js";
import type { Finding } from "../types.js";

const ID = "narasi/kunci-hilang";

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "warning",
  source: "pemeriksaan",
  check({ model, computed }) {
    if (!model.pk || computed.sasaran.length === 0) return [];
    const filled = new Set((model.narasi?.rows ?? []).filter((r) => r.teks.trim() !== "").map((r) => sectionKey(r.bagian)));
    const sheet = model.narasi?.sheet ?? model.sheets["narasi"]?.name ?? "Narasi";
    const out: Finding[] = [];
    for (const k of narasiKeys(computed)) {
      if (!k.wajib || k.keys.some((key) => filled.has(sectionKey(key)))) continue;
      const ind = k.indikator !== undefined ? computed.indikator[k.indikator] : undefined;
      const subjek = ind ? msg.narasiSubjekIndikator(indicatorSubject(ind), ind.indikator) : msg.narasiSubjekSasaran(k.sasaranNomor);
      out.push({ rule: ID, severity: "warning", sheet, message: msg.narasiKeyMissing(k.key, msg.NARASI_APA[k.jenis], subjek) });
    }
    return out;
  },
};
