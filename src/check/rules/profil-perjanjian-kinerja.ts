// The Lampiran prints the Perjanjian Kinerja as it was signed, so the Profil must say when it was signed and with whom:
// `Tanggal PK` (in the report year), the Kepala Daerah's name and title, and `Tanggal PK Perubahan` when the budget was
// revised (real offices sign a PK perubahan after the APBD-P). A missing key would otherwise print as a placeholder.
import { formatDate } from "../../text/date.js";
import { formatRupiah } from "../../text/format.js";
import * as msg from "../../text/messages/check.js";
import { jabatanKepalaDaerah } from "../../text/messages/report.js";
import { normalizeHeader } from "../../cells/contract.js";
import type { Rule } from "../rule.js";
import type { Finding } from "../types.js";

const ID = "profil/perjanjian-kinerja";
const ISO = /^\d{4}-\d{2}-\d{2}$/;

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "warning",
  source: "pemeriksaan",
  check({ model, computed }) {
    const profil = model.profil;
    const sheet = model.sheets["profil"];
    if (!profil || !sheet || !model.pk) return [];
    const out: Finding[] = [];
    /** A finding on the key's `Isi` cell, or on the sheet when the key has no row. */
    const at = (key: string, message: string) => {
      const k = normalizeHeader(key);
      const cell = profil.entries[k]?.src.cell ?? profil.isiCells[k]?.cell;
      out.push({ rule: ID, severity: "warning", sheet: sheet.name, ...(cell ? { cell } : {}), message });
    };
    const date = (key: string, value: string | undefined): string | undefined => {
      if (value === undefined) return undefined;
      if (!ISO.test(value)) {
        at(key, msg.pkDateUnreadable(key, value));
        return undefined;
      }
      if (computed.tahun !== undefined && Number(value.slice(0, 4)) !== computed.tahun) {
        at(key, msg.pkDateYear(key, formatDate(value), computed.tahun));
      }
      return value;
    };

    if (!profil.tanggalPk) at("Tanggal PK", msg.pkKeyMissing("Tanggal PK", msg.PK_AKIBAT.tanggalPk));
    const murni = date("Tanggal PK", profil.tanggalPk);
    if (!profil.namaKepalaDaerah && !profil.entries["namaatasan"]) {
      at("Nama Kepala Daerah", msg.pkKeyMissing("Nama Kepala Daerah", msg.PK_AKIBAT.namaKepalaDaerah));
    }
    if (!profil.jabatanKepalaDaerah && !profil.entries["jabatanatasan"]) {
      const derived = jabatanKepalaDaerah(profil.pemerintahDaerah ?? "");
      at("Jabatan Kepala Daerah", msg.pkKeyMissing("Jabatan Kepala Daerah", msg.PK_AKIBAT.jabatanKepalaDaerah(derived)));
    }
    const perubahan = date("Tanggal PK Perubahan", profil.tanggalPkPerubahan);
    if (murni && perubahan && perubahan < murni) {
      at("Tanggal PK Perubahan", msg.pkPerubahanBeforeMurni(formatDate(murni), formatDate(perubahan)));
    }
    const t = computed.anggaran.total;
    if (!profil.tanggalPkPerubahan && t.paguAwal && t.paguPerubahan && !t.paguAwal.equals(t.paguPerubahan)) {
      at(
        "Tanggal PK Perubahan",
        msg.pkKeyMissing("Tanggal PK Perubahan", msg.PK_AKIBAT.tanggalPkPerubahan(formatRupiah(t.paguAwal), formatRupiah(t.paguPerubahan))),
      );
    }
    return out;
  },
};
