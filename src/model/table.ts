// The parts every parsed sheet shares: its rows, its stated totals and where its columns are.
import type { Table, TotalRow } from "./types.js";
import { numbersOf } from "./row.js";
import { addressOf } from "../cells/cell.js";
import type { SheetTable } from "../cells/table.js";

/** Wraps parsed rows with the sheet's stated totals; each total covers the data rows since the previous total. */
export function tableOf<R extends { row: number }>(table: SheetTable, rows: R[]): Table<R> {
  const columns: Record<string, string> = {};
  for (const [col, header] of table.headers) columns[header] = addressOf(1, col).replace(/\d+$/, "");
  const totals: TotalRow[] = [];
  let start = 0;
  for (const row of table.rows) {
    if (!row.total) continue;
    const covers: number[] = [];
    for (let i = start; i < rows.length && rows[i]!.row < row.row; i++) covers.push(i);
    start = covers.length ? covers[covers.length - 1]! + 1 : start;
    totals.push({
      row: row.row,
      src: { sheet: table.sheet, cell: addressOf(row.row, 1) },
      label: row.label,
      values: numbersOf(table, row),
      covers,
    });
  }
  return { sheet: table.sheet, rows, totals, columns, headerRow: table.headerRow };
}
