// Cells as the SpreadsheetML reader (src/workbook/xlsx/) finds them, and their typed form handed to the model:
// numbers become exact decimals with the precision their number format prints.
import type { Cell, CellValue } from "../cells/cell.js";
import { decimalOfNumber, formatDecimals, isPercentFormat } from "../cells/number.js";

/** What a cell holds as read: a typed cell's content, but a number still the stored JS number. */
export type CellContent = Exclude<CellValue, { kind: "number" }> | { kind: "number"; value: number };

export interface RawCell {
  address: string;
  row: number;
  col: number;
  content: CellContent;
  formula?: string;
  numFmt?: string;
  /** A non-master cell of a merge: it repeats the master's value and must not count again. */
  mergedCopy: boolean;
}

/** The typed cell of a raw one: a number as an exact decimal, with what its format prints (decimals, percentage). */
export function typedCell(raw: RawCell): Cell {
  const c = raw.content;
  const content: CellValue =
    c.kind === "number"
      ? { kind: "number", value: decimalOfNumber(c.value), decimals: formatDecimals(raw.numFmt), percent: isPercentFormat(raw.numFmt) }
      : c;
  return { address: raw.address, row: raw.row, col: raw.col, content, ...(raw.formula !== undefined ? { formula: raw.formula } : {}) };
}

/** The typed rows of a worksheet's raw rows, by row and column number. */
export function typedRows(rows: Map<number, Map<number, RawCell>>): Map<number, Map<number, Cell>> {
  const out = new Map<number, Map<number, Cell>>();
  for (const [r, cells] of rows) {
    const typed = new Map<number, Cell>();
    for (const [col, cell] of cells) typed.set(col, typedCell(cell));
    out.set(r, typed);
  }
  return out;
}
