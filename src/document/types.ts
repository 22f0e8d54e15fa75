// A finding about a Word report, located as the JSON contract says (docs/checks.md, "Laporan Word").
import type { Severity } from "../model/types.js";

export type Lokasi = { tabel: number; baris: number; kolom: number } | { paragraf: number };

export interface DocFinding {
  rule: string;
  severity: Severity;
  lokasi: Lokasi;
  /** For stylish: "Tabel 3.20 (tabel ke-12)" or "Paragraf ke-40". */
  where: string;
  /** For stylish: "baris 9, kolom Realisasi"; empty for paragraphs. */
  cellWhere: string;
  message: string;
  /** As printed in the document's notation (`1.229.493.910`, `85,82%`). */
  expected?: string;
  actual?: string;
  terkait?: Lokasi[];
}

export interface DocCheckResult {
  file: string;
  findings: DocFinding[];
  summary: { errors: number; warnings: number; infos: number };
}
