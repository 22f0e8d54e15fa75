// Every plain-sum formula of the model (`SUM(…)`, `A+B`) with what its cells hold, read the contract's way: the sum
// with text numbers included (what the workbook means) and without them (what Excel computes, skipping text).
import { Decimal } from "decimal.js";
import type { FormulaCell, Model, NumValue, Source } from "../model/types.js";
import { address } from "./cells.js";
import { cellIndex } from "./cellindex.js";
import { sumCells } from "./formula.js";
import { headerAt, tableOfSheet } from "./sheets.js";
import type { ValueKind } from "./show.js";
import { kindOf } from "./tables.js";

export interface FormulaSum {
  formula: FormulaCell;
  /** The cells the formula covers. */
  cells: Source[];
  /** With text numbers (the contract's reading). */
  sum: Decimal;
  /** Without text numbers (Excel's SUM). */
  sumNumbers: Decimal;
  /** Cells holding a number written as text. */
  textCells: Source[];
  /** The value the model read at the formula's own cell (for its printed precision), when it read one. */
  own?: NumValue;
}

/** The value as it sits in the cell: a percentage-formatted cell holds the fraction. */
function raw(v: NumValue): Decimal {
  return v.percent ? v.value.dividedBy(100) : v.value;
}

const cache = new WeakMap<Model, FormulaSum[]>();

/** The plain-sum formulas whose cells are all known to the model (others cannot be judged). */
export function formulaSums(model: Model): FormulaSum[] {
  const hit = cache.get(model);
  if (hit) return hit;
  const out: FormulaSum[] = [];
  if (model.formulas.length === 0) {
    cache.set(model, out);
    return out;
  }
  const index = cellIndex(model);
  for (const f of model.formulas) {
    const refs = sumCells(f.formula, f.sheet);
    if (!refs) continue;
    let sum = new Decimal(0);
    let sumNumbers = new Decimal(0);
    const textCells: Source[] = [];
    const cells: Source[] = [];
    let known = true;
    for (const r of refs) {
      const cell = address(r.col, r.row);
      const hitCell = index.lookup(f.sheet, r.col, r.row, cell);
      if (!hitCell.known) {
        known = false;
        break;
      }
      cells.push({ sheet: f.sheet, cell });
      const v = hitCell.value;
      if (!v) continue;
      sum = sum.plus(raw(v));
      if (v.text !== undefined) textCells.push(v.src);
      else sumNumbers = sumNumbers.plus(raw(v));
    }
    if (!known) continue;
    const own = index.value(f.sheet, f.cell);
    out.push({ formula: f, cells, sum, sumNumbers, textCells, ...(own ? { own } : {}) });
  }
  cache.set(model, out);
  return out;
}

/** Equal up to what binary floating point in a cached result can blur (sums of thousands of amounts with cents). */
export function sameNumber(a: Decimal, b: Decimal): boolean {
  const tolerance = Decimal.max(new Decimal("1e-9"), b.abs().times("1e-11"));
  return a.minus(b).abs().lessThanOrEqualTo(tolerance);
}

/** How a formula's figures are printed in a message: kind of value, decimals, and the ×100 of a percentage cell. */
export function displayOf(model: Model, s: FormulaSum): { kind: ValueKind; decimals: number; scale: (v: Decimal) => Decimal } {
  const t = tableOfSheet(model, s.formula.sheet);
  const header = t ? headerAt(t.table, s.formula.cell.replace(/\d+$/, "")) : undefined;
  const percent = s.own?.percent ?? false;
  const kind: ValueKind = t && header ? kindOf(t.id, header, percent) : percent ? "persen" : "angka";
  const cached = s.formula.cached ?? s.sum;
  const decimals = s.own?.decimals ?? Math.min(Math.max(s.sum.decimalPlaces(), cached.decimalPlaces()), 4);
  return { kind, decimals, scale: (v) => (percent ? v.times(100) : v) };
}
