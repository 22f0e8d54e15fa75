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

interface NumberFormat {
  decimals: number | undefined;
  percent: boolean;
}

const GENERAL: NumberFormat = { decimals: undefined, percent: false };
/** What each number format string prints, worked out once: a workbook uses a handful for many thousand cells. */
const formats = new Map<string, NumberFormat>();

function numberFormat(numFmt: string | undefined): NumberFormat {
  if (numFmt === undefined) return GENERAL;
  let f = formats.get(numFmt);
  if (!f) {
    if (formats.size >= 1000) formats.clear();
    f = { decimals: formatDecimals(numFmt), percent: isPercentFormat(numFmt) };
    formats.set(numFmt, f);
  }
  return f;
}

/** The typed cell of a raw one: a number as an exact decimal, with what its format prints (decimals, percentage). */
export function typedCell(raw: RawCell): Cell {
  const c = raw.content;
  let content: CellValue = c as CellValue;
  if (c.kind === "number") {
    const f = numberFormat(raw.numFmt);
    content = { kind: "number", value: decimalOfNumber(c.value), decimals: f.decimals, percent: f.percent };
  }
  const cell: Cell = { address: raw.address, row: raw.row, col: raw.col, content };
  if (raw.formula !== undefined) cell.formula = raw.formula;
  return cell;
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
