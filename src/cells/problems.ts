// Problems met while reading a workbook: values with a sheet and cell, never thrown. Both the reader (sheets,
// headers, formulas) and the model (cell values) report through a sink of one sheet.
import type { Decimal } from "decimal.js";

export type Severity = "error" | "warning" | "info";

/** A problem found while reading: a value, never a thrown error. Messages are Indonesian. */
export interface ReadProblem {
  rule: string;
  severity: Severity;
  sheet: string;
  cell?: string;
  message: string;
}

/** A formula cell read, for the stale-formula and total-formula checks. */
export interface FormulaCell {
  sheet: string;
  cell: string;
  formula: string;
  /** The cached result read as a number, when it is one. */
  cached?: Decimal;
}

/** Collects the problems of one sheet. */
export class ProblemSink {
  readonly problems: ReadProblem[] = [];
  constructor(readonly sheet: string) {}
  add(rule: string, severity: ReadProblem["severity"], cell: string | undefined, message: string): void {
    this.problems.push({ rule, severity, sheet: this.sheet, ...(cell ? { cell } : {}), message });
  }
}
