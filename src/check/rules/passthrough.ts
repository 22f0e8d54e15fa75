// Problems the reader (`baca/…`) and the engine (`pk/tanpa-iku`, `anggaran/sasaran-tidak-dikenal`, …) already found,
// as rules: each keeps its id and default severity, and reports the problems carrying its id as findings.
import type { ReadProblem, Severity } from "../../model/types.js";
import * as msg from "../../text/messages/check.js";
import type { Rule, RuleSource } from "../rule.js";
import type { Finding } from "../types.js";

export function findingOfProblem(p: ReadProblem): Finding {
  return { rule: p.rule, severity: p.severity, sheet: p.sheet, ...(p.cell ? { cell: p.cell } : {}), message: p.message };
}

function passThrough(id: msg.RuleId, severity: Severity, source: Exclude<RuleSource, "pemeriksaan">): Rule {
  return {
    id,
    description: msg.DESCRIPTIONS[id],
    severity,
    source,
    check: ({ model, computed }) =>
      (source === "pembacaan" ? model.problems : computed.problems).filter((p) => p.rule === id).map(findingOfProblem),
  };
}

/** Reading problems (src/workbook, src/model). */
export const pembacaan: Rule[] = [
  passThrough("baca/bukan-angka", "error", "pembacaan"),
  passThrough("baca/angka-ambigu", "info", "pembacaan"),
  passThrough("baca/rumus-tanpa-nilai", "error", "pembacaan"),
  passThrough("baca/nilai-galat", "error", "pembacaan"),
  passThrough("baca/kolom-hilang", "error", "pembacaan"),
  passThrough("baca/kolom-lain", "info", "pembacaan"),
  passThrough("baca/sheet-ganda", "warning", "pembacaan"),
  passThrough("baca/level", "error", "pembacaan"),
  passThrough("baca/tanpa-induk", "error", "pembacaan"),
  passThrough("baca/baris-tanpa-label", "warning", "pembacaan"),
  passThrough("baca/polaritas", "warning", "pembacaan"),
  passThrough("baca/agregasi", "error", "pembacaan"),
  passThrough("baca/profil", "error", "pembacaan"),
  passThrough("baca/rumus-bersama", "warning", "pembacaan"),
];

/** Problems found while computing (src/engine). */
export const mesin: Rule[] = [
  passThrough("pk/tanpa-iku", "warning", "mesin"),
  passThrough("anggaran/sasaran-tidak-dikenal", "warning", "mesin"),
  passThrough("profil/tahun-disimpulkan", "info", "mesin"),
  passThrough("profil/tahun-tidak-diketahui", "warning", "mesin"),
  passThrough("profil/skala-tidak-dikenal", "warning", "mesin"),
  passThrough("skala/kosong", "warning", "mesin"),
  passThrough("skala/tidak-dipakai", "info", "mesin"),
  passThrough("profil/metode-efisiensi", "warning", "mesin"),
];
