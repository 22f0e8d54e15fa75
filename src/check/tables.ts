// The tables whose rows are summed (Anggaran, PPKS, Indikator Program, Pegawai), the rows a stated total stands for, and what
// kind of values a column holds. Shared by the total, hierarchy and formula-range rules so they agree on "belongs to".
import type { AnggaranRow, ExtraNumbers, Model, Table, TotalRow } from "../model/types.js";
import type { SheetId } from "../cells/contract.js";
import { isPercentHeader, isTextHeader } from "./sheets.js";
import type { ValueKind } from "./show.js";

export type SummedId = "anggaran" | "ppks" | "indikatorProgram" | "pegawai";

export interface SummedTable {
  id: SummedId;
  table: Table<{ row: number; nums: ExtraNumbers }>;
}

export function summedTables(model: Model): SummedTable[] {
  const out: SummedTable[] = [];
  if (model.anggaran) out.push({ id: "anggaran", table: model.anggaran });
  if (model.ppks) out.push({ id: "ppks", table: model.ppks });
  if (model.indikatorProgram) out.push({ id: "indikatorProgram", table: model.indikatorProgram });
  if (model.pegawai) out.push({ id: "pegawai", table: model.pegawai });
  return out;
}

const RANK = { program: 0, kegiatan: 1, "sub kegiatan": 2 } as const;

/**
 * Indexes of the rows a stated total adds up: every row it covers, except in `Anggaran`, where a total adds up the
 * highest level among the rows it covers (the programs: kegiatan and sub kegiatan are already inside them).
 */
export function belongingRows(t: SummedTable, total: TotalRow): number[] {
  if (t.id !== "anggaran") return total.covers;
  const rows = t.table.rows as AnggaranRow[];
  let top = 3;
  for (const i of total.covers) top = Math.min(top, RANK[rows[i]!.level]);
  return total.covers.filter((i) => RANK[rows[i]!.level] === top);
}

/**
 * A grand total after subtotals (`Jumlah` per block, then `Jumlah Total`) adds up every row above it, not only the rows
 * since the previous total: the same rule as `belongingRows`, over all data rows above the total.
 */
export function grandRows(t: SummedTable, total: TotalRow): number[] {
  const all: number[] = [];
  t.table.rows.forEach((r, i) => {
    if (r.row < total.row) all.push(i);
  });
  return belongingRows(t, { ...total, covers: all });
}

/** What the rows a total adds up are called in a message: `program`, `baris`. */
export function belongingWord(t: SummedTable, indexes: number[]): string {
  if (t.id !== "anggaran") return "baris";
  const first = indexes[0];
  return first === undefined ? "baris" : (t.table.rows as AnggaranRow[])[first]!.level;
}

/** Money in `Anggaran`, percentages in percentage columns, plain numbers elsewhere. */
export function kindOf(id: SheetId, header: string, percent = false): ValueKind {
  if (percent || isPercentHeader(id, header)) return "persen";
  return id === "anggaran" ? "rupiah" : "angka";
}

/**
 * The budget columns a parent must equal the sum of its children in: every column a `Jumlah` row adds up — pagu awal,
 * pagu perubahan, realisasi, year columns, and any amount an office adds (`Sisa Anggaran`, `Selisih`, `Efisiensi`) —
 * never a percentage or a text column.
 */
export function isHierarchyHeader(header: string): boolean {
  return !isTextHeader("anggaran", header) && kindOf("anggaran", header) !== "persen";
}
