// The Profil keys the document cannot do without: the office and its government (cover, titles), the year, and the
// signatory of the Kata Pengantar and the PK (name, NIP, rank, position, place and date).
import { normalizeHeader } from "../../cells/contract.js";
import * as msg from "../../text/messages/check.js";
import type { Rule } from "../rule.js";
import type { Finding } from "../types.js";

const ID = "profil/kunci-hilang";

const NEEDED: [key: string, purpose: keyof typeof msg.PROFIL_PURPOSE][] = [
  ["Nama Instansi", "sampul"],
  ["Pemerintah Daerah", "sampul"],
  ["Tahun", "tahun"],
  ["Nama Kepala", "tandaTangan"],
  ["NIP Kepala", "tandaTangan"],
  ["Pangkat Kepala", "tandaTangan"],
  ["Jabatan Kepala", "tandaTangan"],
  ["Tempat", "tandaTangan"],
  ["Tanggal", "tandaTangan"],
];

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "warning",
  source: "pemeriksaan",
  check({ model }) {
    const sheet = model.sheets["profil"];
    if (!model.profil || !sheet) return [];
    const out: Finding[] = [];
    for (const [key, purpose] of NEEDED) {
      const k = normalizeHeader(key);
      if (model.profil.entries[k]) continue;
      // A key row with an empty Isi is pointed at; a key with no row at all is a finding on the sheet.
      const blank = model.profil.isiCells[k];
      out.push({
        rule: ID,
        severity: "warning",
        sheet: sheet.name,
        ...(blank ? { cell: blank.cell } : {}),
        message: msg.profilKeyMissing(key, msg.PROFIL_PURPOSE[purpose]),
      });
    }
    return out;
  },
};
