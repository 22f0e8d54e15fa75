// One person has one NIP. The head of office signs the LKIP with the Profil's NIP, appears in the organisation chart
// (Struktur) and at the top of the cascade; the same name written with another NIP elsewhere (the Bekasi 2026 cascade
// prints the Kepala Dinas's NIP with 17 digits while the LKIP has 18) is pointed at, naming the first one written.
// Names are compared without academic titles and honorifics (`Dr. Hendra Wiratama, S.STP., M.Si.` = `HENDRA WIRATAMA`);
// NIPs without their separators (`19780314 199803 1 002` = `197803141998031002`).
import { normalizeText } from "../../engine/index.js";
import * as msg from "../../text/messages/check.js";
import type { Rule } from "../rule.js";
import type { Finding } from "../types.js";

const ID = "nip/berbeda";

const PREFIX = /^(dr|drs|dra|ir|h|hj|prof|kh|hc|st|apt|ns|dr\(hc\))\.?$/i;

/** A name without its titles: what is left before the first comma, less the honorifics in front. */
export function personKey(nama: string): string {
  const words = nama.split(",")[0]!.trim().split(/\s+/);
  while (words.length > 1 && PREFIX.test(words[0]!)) words.shift();
  return normalizeText(words.join(" "));
}

const compact = (nip: string) => nip.replace(/[\s.\-]/g, "");

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "warning",
  source: "pemeriksaan",
  check({ model }) {
    const people: { nama: string; nip: string; sheet: string; cell: string }[] = [];
    const profil = model.profil;
    const nipKepala = profil?.entries["nipkepala"];
    if (profil?.namaKepala && nipKepala?.text.trim()) people.push({ nama: profil.namaKepala, nip: nipKepala.text.trim(), ...nipKepala.src });
    const struktur = model.struktur;
    if (struktur) {
      const nipColumn = struktur.columns[Object.keys(struktur.columns).find((h) => /^nip\b/i.test(h.trim())) ?? ""];
      for (const r of struktur.rows) {
        if (r.nama?.trim() && r.nip?.trim()) people.push({ nama: r.nama, nip: r.nip.trim(), sheet: struktur.sheet, cell: nipColumn ? `${nipColumn}${r.row}` : r.src.cell });
      }
    }
    const cascading = model.cascading;
    if (cascading) {
      for (const n of cascading.nodes) {
        const rows = n.rows.map((i) => cascading.rows[i]!);
        const nama = n.nama ?? rows.find((r) => r.nama?.trim())?.nama;
        for (const r of rows) {
          if (nama?.trim() && r.nip?.trim()) people.push({ nama, nip: r.nip.trim(), sheet: cascading.sheet, cell: (r.cells["nip"] ?? r.src).cell });
        }
      }
    }
    const first = new Map<string, (typeof people)[number]>();
    const out: Finding[] = [];
    const reported = new Set<string>();
    for (const p of people) {
      const key = personKey(p.nama);
      if (!key) continue;
      const f = first.get(key);
      if (!f) first.set(key, p);
      else if (compact(f.nip) !== compact(p.nip) && !reported.has(`${key} ${p.sheet} ${compact(p.nip)}`)) {
        reported.add(`${key} ${p.sheet} ${compact(p.nip)}`);
        out.push({ rule: ID, severity: "warning", sheet: p.sheet, cell: p.cell, message: msg.nipBerbeda(p.nip, p.nama.trim(), `${f.sheet}!${f.cell}`, f.nip) });
      }
    }
    return out;
  },
};
