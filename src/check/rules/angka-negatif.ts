// Negative amounts: money in `Anggaran`, counts in `PPKS`, a ratio's Pembilang / Penyebut. None of these can be below
// zero; a minus sign is a typing slip or a correction entered as a row of its own.
import type { ExtraNumbers, NumValue } from "../../model/types.js";
import type { SheetId } from "../../cells/contract.js";
import * as msg from "../../text/messages/check.js";
import type { Rule } from "../rule.js";
import { isSisaHeader, isTextHeader } from "../sheets.js";
import { anggaranSubject, labelText, pkSubject, plain, show } from "../show.js";
import { kindOf } from "../tables.js";
import type { Finding } from "../types.js";

const ID = "angka/negatif";

function negative(id: SheetId, header: string, v: NumValue, subject: string): Finding {
  const kind = kindOf(id, header, v.percent);
  return {
    rule: ID,
    severity: "warning",
    sheet: v.src.sheet,
    cell: v.src.cell,
    message: msg.negative(header, subject, show(v.value, kind, v.decimals)),
    actual: plain(v.value),
  };
}

function scan(id: SheetId, nums: ExtraNumbers, subject: () => string, out: Finding[]): void {
  for (const [header, v] of Object.entries(nums)) {
    if (!v || !v.value.isNegative() || v.value.isZero() || isTextHeader(id, header)) continue;
    // a negative percentage is a capaian below zero or a decline: not an amount
    if (kindOf(id, header, v.percent) === "persen") continue;
    // a Selisih may be written realisasi − pagu; a negative Sisa is realisasi over pagu (anggaran/melebihi-pagu says so)
    if (id === "anggaran" && isSisaHeader(header)) continue;
    out.push(negative(id, header, v, subject()));
  }
}

export const rule: Rule = {
  id: ID,
  description: msg.DESCRIPTIONS[ID],
  severity: "warning",
  source: "pemeriksaan",
  check({ model }) {
    const out: Finding[] = [];
    for (const row of model.anggaran?.rows ?? []) scan("anggaran", row.nums, () => anggaranSubject(row), out);
    for (const row of model.ppks?.rows ?? []) scan("ppks", row.nums, () => labelText(row.kategori), out);
    for (const row of model.pegawai?.rows ?? []) scan("pegawai", row.nums, () => labelText(row.uraian), out);
    for (const row of model.pk?.rows ?? []) {
      for (const [header, v] of [["Pembilang", row.pembilang], ["Penyebut", row.penyebut]] as const) {
        if (v && v.value.isNegative() && !v.value.isZero()) out.push(negative("pk", header, v, pkSubject(row)));
      }
    }
    return out;
  },
};
