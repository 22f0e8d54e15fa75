// A finding: what the checker (and the reader before it) says about one cell or range.
import type { Severity } from "../model/types.js";

export interface Finding {
  /** Rule id, e.g. `anggaran/hierarki`, `baca/bukan-angka`. */
  rule: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the offending cell; absent for findings about a whole sheet. */
  cell?: string;
  /** The cells a total or a link covers, e.g. `F13:F15`. */
  range?: string;
  /** Indonesian, in Indonesian notation: what was found, what was expected, the difference. */
  message: string;
  /** Plain decimal strings (dot decimal separator, no grouping) for tools. */
  expected?: string;
  actual?: string;
}

export interface CheckSummary {
  errors: number;
  warnings: number;
  infos: number;
}

export interface CheckResult {
  file: string;
  findings: Finding[];
  summary: CheckSummary;
}
