// A NIP (Nomor Induk Pegawai) is 18 digits that say who the person is: date of birth (8, YYYYMMDD), TMT CPNS (6,
// YYYYMM), sex (1: laki-laki, 2: perempuan) and a sequence number (3). One printed on a signature block or in the
// organisation chart or the Cascading sheet with a digit missing, an impossible date, or rounded by Excel (a NIP typed as a number keeps only
// 15 significant digits, so its sequence ends as 000) is pointed at with what it should be.
import * as msg from "../../text/messages/check.js";
import type { Rule } from "../rule.js";
import type { Finding } from "../types.js";

const ID = "nip/tidak-sah";

/** The first reason `text` cannot be a NIP of someone working in `tahun`, or undefined when it can. */
export function nipProblem(text: string, tahun: number): string | undefined {
  const compact = text.replace(/[\s.\-]/g, "");
  if (!/^\d+$/.test(compact)) return msg.nipBukanAngka();
  if (compact.length !== 18) return msg.nipPanjang(compact.length);
  const n = (from: number, to: number) => Number(compact.slice(from, to));
  const [lahirY, lahirM, lahirD] = [n(0, 4), n(4, 6), n(6, 8)];
  const [tmtY, tmtM] = [n(8, 12), n(12, 14)];
  const days = new Date(Date.UTC(lahirY, lahirM, 0)).getUTCDate();
  if (lahirM < 1 || lahirM > 12 || lahirD < 1 || lahirD > days) return msg.nipTanggalLahir(compact.slice(0, 8));
  if (lahirY < tahun - 80 || lahirY > tahun - 17) return msg.nipTahunLahir(lahirY, tahun);
  if (tmtM < 1 || tmtM > 12) return msg.nipTmtBulan(compact.slice(8, 14));
  const ageAtTmt = (tmtY * 12 + tmtM - (lahirY * 12 + lahirM)) / 12;
  if (ageAtTmt < 18) return msg.nipTmtMuda(compact.slice(8, 14), Math.floor(ageAtTmt));
  if (tmtY > tahun) return msg.nipTmtNanti(compact.slice(8, 14), tahun);
  if (compact[14] !== "1" && compact[14] !== "2") return msg.nipKelamin(compact[14]!);
  if (compact.endsWith("000")) return msg.nipUrutNol();
  return undefined;
}

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "warning",
  source: "pemeriksaan",
  check({ model, computed }) {
    const tahun = computed.tahun ?? new Date().getFullYear();
    const out: Finding[] = [];
    const at = (sheet: string, cell: string | undefined, nip: string, whose: string) => {
      const problem = nipProblem(nip, tahun);
      if (problem) out.push({ rule: ID, severity: "warning", sheet, ...(cell ? { cell } : {}), message: msg.nipTidakSah(nip, whose, problem) });
    };
    const profil = model.profil;
    const kepala = profil?.entries["nipkepala"];
    if (profil && kepala?.text.trim()) at(kepala.src.sheet, kepala.src.cell, kepala.text.trim(), profil.namaKepala ?? "Kepala");
    const struktur = model.struktur;
    if (struktur) {
      const nipColumn = struktur.columns[Object.keys(struktur.columns).find((h) => /^nip\b/i.test(h.trim())) ?? ""];
      for (const r of struktur.rows) {
        if (!r.nip?.trim()) continue;
        at(struktur.sheet, nipColumn ? `${nipColumn}${r.row}` : r.src.cell, r.nip.trim(), r.nama?.trim() || r.jabatan);
      }
    }
    // Cascading: a position's NIP may be repeated on each of its rows; each NIP is judged once, where first written
    const cascading = model.cascading;
    if (cascading) {
      const seen = new Set<string>();
      for (const r of cascading.rows) {
        const nip = r.nip?.trim();
        if (!nip || seen.has(`${r.kode}\u0000${nip}`)) continue;
        seen.add(`${r.kode}\u0000${nip}`);
        at(cascading.sheet, (r.cells["nip"] ?? r.src).cell, nip, r.nama?.trim() || r.jabatan?.trim() || r.kode);
      }
    }
    return out;
  },
};
