// Reading one table row by column key: the shared step every sheet parser takes.
import type { ExtraNumbers, NumValue, Quantity, Source } from "./types.js";
import { addressOf, type Cell } from "../cells/cell.js";
import { headerName, type SheetId } from "../cells/contract.js";
import type { SheetRow, SheetTable } from "../cells/table.js";
import { ProblemSink } from "../cells/problems.js";
import { readNumber, readQuantity, readText } from "./values.js";

export class RowReader {
  constructor(
    readonly table: SheetTable,
    readonly row: SheetRow,
    readonly sink: ProblemSink,
  ) {}

  get id(): SheetId {
    return this.table.id;
  }

  get src(): Source {
    return { sheet: this.table.sheet, cell: `A${this.row.row}` };
  }

  cell(key: string): Cell | undefined {
    const col = this.table.columns.get(key);
    if (col === undefined) return undefined;
    return this.row.cells.get(col) ?? this.row.filled.get(key);
  }

  /** The address of a column in this row, whether or not the cell holds anything. */
  address(key: string): string | undefined {
    const col = this.table.columns.get(key);
    return col === undefined ? undefined : addressOf(this.row.row, col);
  }

  source(key: string): Source | undefined {
    const a = this.address(key);
    return a ? { sheet: this.table.sheet, cell: a } : undefined;
  }

  text(key: string): string | undefined {
    return readText(this.cell(key));
  }

  number(key: string): NumValue | undefined {
    return readNumber(this.sink, this.cell(key), headerName(this.id, key));
  }

  quantity(key: string, opts: { allowRange?: boolean; allowLetter?: boolean } = {}): Quantity | undefined {
    return readQuantity(this.sink, this.cell(key), { column: headerName(this.id, key), ...opts });
  }

  yearQuantities(kind: "target" | "realisasi", opts: { allowRange?: boolean; allowLetter?: boolean }): Record<number, Quantity | undefined> {
    const years = kind === "target" ? this.table.targetYears : this.table.realisasiYears;
    const out: Record<number, Quantity | undefined> = {};
    for (const [year, col] of years) {
      const column = `${kind === "target" ? "Target" : "Realisasi"} ${year}`;
      out[year] = readQuantity(this.sink, this.row.cells.get(col), { column, ...opts });
    }
    return out;
  }

  /** Every numeric cell of the row keyed by header text as written (for totals over any column). */
  numbers(): ExtraNumbers {
    return numbersOf(this.table, this.row);
  }

  /** Whether the row holds anything besides text in the given label columns. */
  hasNumbers(): boolean {
    return [...this.row.cells.values()].some((c) => c.content.kind === "number");
  }
}

/** Every numeric cell of a row, keyed by its column's header text; cells that are not numbers are left out quietly. */
export function numbersOf(table: SheetTable, row: SheetRow): ExtraNumbers {
  const out: ExtraNumbers = {};
  const quiet = new ProblemSink(table.sheet);
  for (const [col, header] of table.headers) {
    const v = readNumber(quiet, row.cells.get(col), "");
    if (v) out[header] = v;
  }
  return out;
}
