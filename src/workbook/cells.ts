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

/**
 * The typed rows of a worksheet's raw rows, by row and column number. The raw cells are typed in place (a number's
 * content becomes its exact decimal) and the same maps are handed over: a 20.000-row sheet is not held twice while the
 * model is made. Typing again (the Profil is read ahead, a header is looked for twice) finds them typed already.
 */
export function typedRows(rows: Map<number, Map<number, RawCell>>): Map<number, Map<number, Cell>> {
  for (const cells of rows.values()) {
    for (const raw of cells.values()) {
      const c = raw.content;
      if (c.kind !== "number" || typeof c.value !== "number") continue;
      const f = numberFormat(raw.numFmt);
      (raw as unknown as Cell).content = { kind: "number", value: decimalOfNumber(c.value), decimals: f.decimals, percent: f.percent };
    }
  }
  return rows as unknown as Map<number, Map<number, Cell>>;
}
