// Column lookups on the model's tables: which header (as written) and which column letter a contract column has,
// and what kind of values a header holds (money, counts, percentages), for messages and for which columns are summed.
import type { Model, Table } from "../model/types.js";
import { normalizeHeader, type ColumnKind, type SheetId } from "../cells/contract.js";
import { matchColumn, matchYearColumn } from "../workbook/headers.js";

export interface ColumnRef {
  /** Header text as written: the key of `nums` and `TotalRow.values`. */
  header: string;
  letter: string;
}

/** The column of a contract key (`paguPerubahan`, `realisasi`, …) on a table, if the sheet has it. */
export function column(table: Table<unknown> | undefined, id: SheetId, key: string): ColumnRef | undefined {
  if (!table) return undefined;
  for (const [header, letter] of Object.entries(table.columns)) {
    if (matchColumn(id, header)?.key === key) return { header, letter };
  }
  return undefined;
}

/** The header written above a column letter. */
export function headerAt(table: { columns: Record<string, string> }, letter: string): string | undefined {
  for (const [header, l] of Object.entries(table.columns)) if (l === letter) return header;
  return undefined;
}

export type HeaderRole =
  /** A contract column, with its key and kind. */
  | { role: "kontrak"; key: string; kind: ColumnKind }
  /** `Target 2025`, `Realisasi 2024`. */
  | { role: "tahun"; kind: "target" | "realisasi"; year: number }
  /** Any other column. */
  | { role: "lain" };

export function headerRole(id: SheetId, header: string): HeaderRole {
  const spec = matchColumn(id, header);
  if (spec) return { role: "kontrak", key: spec.key, kind: spec.kind };
  const y = matchYearColumn(header);
  if (y) return { role: "tahun", kind: y.kind, year: y.year };
  return { role: "lain" };
}

/** A percentage column (`Persen`, `Capaian`, `Serapan (%)`): in a total row it is a ratio of the row's totals, not a sum. */
export function isPercentHeader(id: SheetId, header: string): boolean {
  const r = headerRole(id, header);
  if (r.role === "kontrak") return r.kind === "percent";
  return /persen|capaian|serapan/.test(normalizeHeader(header));
}

/** An amount an office adds for what is left of the budget: `Sisa Anggaran`, `Sisa`, `Selisih (Rp)` — not `Sisa (%)`. */
export function isSisaHeader(header: string): boolean {
  return /^(sisa|selisih)(anggaran|pagu|dana)?(rp)?$/.test(normalizeHeader(header)) && !isPercentHeader("anggaran", header);
}

/** A text column (`Kode`, `Sasaran`, `Level`…): a number there is a label, never summed. */
export function isTextHeader(id: SheetId, header: string): boolean {
  const r = headerRole(id, header);
  return r.role === "kontrak" && r.kind === "text";
}

/** The table read from a worksheet, by the worksheet's name as written. */
export function tableOfSheet(model: Model, sheet: string): { id: SheetId; table: Table<unknown> } | undefined {
  const tables: [SheetId, Table<unknown> | undefined][] = [
    ["anggaran", model.anggaran],
    ["ppks", model.ppks],
    ["pegawai", model.pegawai],
    ["indikatorProgram", model.indikatorProgram],
    ["pk", model.pk],
    ["iku", model.iku],
  ];
  for (const [id, table] of tables) if (table && table.sheet === sheet) return { id, table };
  return undefined;
}
