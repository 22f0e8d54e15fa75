// The numbers of the model by cell, for recomputing what a SUM formula covers. A cell is "known" when its row is a row
// the model read (data or total row) and its column one the model reads numbers from; a known cell without a number
// is empty. A formula over unknown cells is not judged (the model cannot say what they hold).
import type { Model, NumValue, Quantity, Table } from "../model/types.js";
import { columnNumber } from "./cells.js";

interface SheetCells {
  values: Map<string, NumValue>;
  rows: Set<number>;
  cols: Set<number>;
}

export type Lookup = { known: false } | { known: true; value?: NumValue };

export class CellIndex {
  private readonly sheets = new Map<string, SheetCells>();

  private sheet(name: string): SheetCells {
    let s = this.sheets.get(name);
    if (!s) {
      s = { values: new Map(), rows: new Set(), cols: new Set() };
      this.sheets.set(name, s);
    }
    return s;
  }

  addTable(table: Table<{ row: number }>, columns: string[]): SheetCells {
    const s = this.sheet(table.sheet);
    for (const r of table.rows) s.rows.add(r.row);
    for (const t of table.totals) {
      s.rows.add(t.row);
      for (const v of Object.values(t.values)) if (v) this.add(v);
    }
    for (const letter of columns) s.cols.add(columnNumber(letter));
    return s;
  }

  add(v: NumValue | Quantity | undefined): void {
    if (v?.kind !== "num") return;
    this.sheet(v.src.sheet).values.set(v.src.cell, v);
  }

  lookup(sheet: string, col: number, row: number, cell: string): Lookup {
    const s = this.sheets.get(sheet);
    if (!s || !s.rows.has(row) || !s.cols.has(col)) return { known: false };
    const value = s.values.get(cell);
    return value ? { known: true, value } : { known: true };
  }

  /** The number the model read at a cell, if any. */
  value(sheet: string, cell: string): NumValue | undefined {
    return this.sheets.get(sheet)?.values.get(cell);
  }
}

const cache = new WeakMap<Model, CellIndex>();

/** The model's cell index (built once per model). */
export function cellIndex(model: Model): CellIndex {
  const hit = cache.get(model);
  if (hit) return hit;
  const index = new CellIndex();
  for (const t of [model.anggaran, model.ppks, model.indikatorProgram, model.pegawai]) {
    if (!t) continue;
    index.addTable(t, Object.values(t.columns));
    for (const r of t.rows as { nums: Record<string, NumValue | undefined> }[]) for (const v of Object.values(r.nums)) index.add(v);
  }
  if (model.pk) {
    const pk = model.pk;
    const letters = new Set<string>();
    for (const r of pk.rows) {
      for (const key of ["target", "realisasi", "pembilang", "penyebut", "capaian", "tw1", "tw2", "tw3", "tw4"]) {
        const cell = r.cells[key];
        if (cell) letters.add(cell.cell.replace(/\d+$/, ""));
      }
      for (const v of [r.target, r.realisasi, r.pembilang, r.penyebut, r.capaian, ...r.triwulan]) index.add(v);
    }
    index.addTable(pk, [...letters]);
  }
  if (model.iku) {
    const iku = model.iku;
    const letters = new Set<string>();
    for (const r of iku.rows) {
      for (const v of [r.kondisiAwal, ...Object.values(r.targets), ...Object.values(r.realisasi)]) {
        index.add(v);
        if (v) letters.add(v.src.cell.replace(/\d+$/, ""));
      }
    }
    index.addTable(iku, [...letters]);
  }
  cache.set(model, index);
  return index;
}
