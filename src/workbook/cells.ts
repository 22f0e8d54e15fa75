// Cells as the SpreadsheetML reader (src/workbook/xlsx/) finds them: typed as they are read, a number becoming an
// exact decimal with the precision its number format prints, so the sheet's rows go to the model as they are.
import type { Cell, CellValue } from "../cells/cell.js";
import { decimalOfNumber, formatDecimals, isPercentFormat } from "../cells/number.js";

export type CellContent = CellValue;

/** A typed cell as the sheet reader keeps it, with what only the reader needs. */
export interface RawCell extends Cell {
  /** The cell's number format (for a result computed later: see xlsx/evaluate.ts). */
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

/** The content of a number cell: the stored number as an exact decimal, with what its format prints. */
export function numberContent(n: number, numFmt: string | undefined): CellContent {
  const f = numberFormat(numFmt);
  return { kind: "number", value: decimalOfNumber(n), decimals: f.decimals, percent: f.percent };
}
