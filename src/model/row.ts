// Reading one table row by column key: the shared step every sheet parser takes.
import type { ExtraNumbers, NumValue, Quantity, Source } from "./types.js";
import { addressOf, type Cell } from "../cells/cell.js";
import { headerName, type SheetId } from "../cells/contract.js";
import type { SheetRow, SheetTable } from "../cells/table.js";
import type { ProblemSink } from "../cells/problems.js";
import { readNumberQuietly, readQuantity, readText } from "./values.js";

export class RowReader {
  /** Numbers already read from this row's own cells, by column: `numbers()` hands the same values over. */
  private readonly read = new Map<number, NumValue>();

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
    const q = this.quantity(key);
    return q?.kind === "num" ? q : undefined;
  }

  quantity(key: string, opts: { allowRange?: boolean; allowLetter?: boolean } = {}): Quantity | undefined {
    const cell = this.cell(key);
    const q = readQuantity(this.sink, cell, { column: headerName(this.id, key), ...opts });
    if (q?.kind === "num" && cell && this.row.cells.get(cell.col) === cell) this.read.set(cell.col, q);
    return q;
  }

  yearQuantities(kind: "target" | "realisasi", opts: { allowRange?: boolean; allowLetter?: boolean }): Record<number, Quantity | undefined> {
    const years = kind === "target" ? this.table.targetYears : this.table.realisasiYears;
    const out: Record<number, Quantity | undefined> = {};
    for (const [year, col] of years) {
      const column = `${kind === "target" ? "Target" : "Realisasi"} ${year}`;
      const q = readQuantity(this.sink, this.row.cells.get(col), { column, ...opts });
      if (q?.kind === "num") this.read.set(col, q);
      out[year] = q;
    }
    return out;
  }

  /** Every numeric cell of the row keyed by header text as written (for totals over any column). */
  numbers(): ExtraNumbers {
    return numbersOf(this.table, this.row, this.read);
  }

  /** Whether the row holds anything besides text in the given label columns. */
  hasNumbers(): boolean {
    return [...this.row.cells.values()].some((c) => c.content.kind === "number");
  }
}

/**
 * Every numeric cell of a row, keyed by its column's header text; cells that are not numbers are left out quietly.
 * `known`: numbers of this row already read by column, handed over as they are rather than read a second time.
 */
export function numbersOf(table: SheetTable, row: SheetRow, known?: ReadonlyMap<number, NumValue>): ExtraNumbers {
  const out: ExtraNumbers = {};
  for (const [col, header] of table.headers) {
    const cell = row.cells.get(col);
    if (!cell) continue;
    const v = known?.get(col) ?? readNumberQuietly(table.sheet, cell);
    if (v) out[header] = v;
  }
  return out;
}
