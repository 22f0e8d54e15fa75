// One contract sheet as the reader hands it over: its header row found, columns by key, data rows of typed cells
// (blank-means-above applied) and stated total rows marked.
import type { Cell } from "./cell.js";
import type { SheetId } from "./contract.js";
import type { FormulaCell, ReadProblem } from "./problems.js";

export interface SheetRow {
  row: number;
  cells: Map<number, Cell>;
  /** Columns whose value was carried down from the row above (blank means "same as above"). */
  filled: ReadonlyMap<string, Cell>;
  total: boolean;
  label: string;
}

export interface SheetTable {
  id: SheetId;
  sheet: string;
  headerRow: number;
  /** Contract columns found: key → column number. */
  columns: Map<string, number>;
  /** Header text as written, by column number (every non-empty header). */
  headers: Map<number, string>;
  targetYears: Map<number, number>;
  realisasiYears: Map<number, number>;
  rows: SheetRow[];
}

/**
 * What the reader made of one worksheet named like a contract sheet, in workbook order: its table (none when a second
 * sheet of the same kind, or when no header row was found), the problems met reading it, and its formula cells.
 */
export interface SheetRead {
  id: SheetId;
  /** The worksheet's name as written. */
  name: string;
  /** A second worksheet of a kind already read: reported, not read. */
  duplicate: boolean;
  table?: SheetTable;
  problems: ReadProblem[];
  formulas: FormulaCell[];
}
