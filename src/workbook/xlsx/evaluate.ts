// Formulas saved without their result. Writers that never calculate (openpyxl, scripts) save `<f>SUM(F2:F10)</f>`
// with an empty `<v>`, and Excel computes it on opening. lkip computes only the simplest, most common case the same
// way — `SUM` of cells and ranges of the same sheet holding plain numbers (or such sums themselves) — and leaves every
// other formula without a result, to be reported (`baca/rumus-tanpa-nilai`), never read as 0. The work is bounded:
// ranges visit only the cells present, and the whole evaluation has a budget of cell visits.
import { numberContent, type RawCell } from "../cells.js";
import { parseAddress } from "./sheet.js";

type Rows = Map<number, Map<number, RawCell>>;

const SUM = /^\s*SUM\(\s*([^()"]*)\)\s*$/i;

class GiveUp extends Error {}

/** Gives cells whose formula has no result the value of that formula, where it is a plain same-sheet SUM. */
export function evaluateMissingResults(rows: Rows, pending: RawCell[], budget: number): void {
  if (pending.length === 0) return;
  let visits = budget;
  const state = new Map<RawCell, "busy" | "done">();
  const sortedRows = [...rows.keys()].sort((a, b) => a - b);

  const valueOf = (cell: RawCell | undefined): number => {
    if (--visits < 0) throw new GiveUp();
    if (!cell) return 0;
    const c = cell.content;
    if (c.kind === "number") return c.value.toNumber();
    if (c.kind === "empty" || c.kind === "text" || c.kind === "bool") return 0; // SUM passes over text in references
    if (c.kind === "no-result" && !c.error && cell.formula && state.get(cell) !== "busy") {
      evaluate(cell);
      if (cell.content.kind === "number") return cell.content.value.toNumber();
    }
    throw new GiveUp();
  };

  const rangeSum = (top: number, left: number, bottom: number, right: number): number => {
    let sum = 0;
    const span = bottom - top + 1;
    const each = (r: number) => {
      const cells = rows.get(r);
      if (!cells) return;
      if (right - left + 1 <= cells.size) {
        for (let col = left; col <= right; col++) if (cells.has(col)) sum += valueOf(cells.get(col));
      } else for (const [col, cell] of cells) if (col >= left && col <= right) sum += valueOf(cell);
    };
    if (span <= sortedRows.length) for (let r = top; r <= bottom; r++) each(r);
    else for (const r of sortedRows) if (r >= top && r <= bottom) each(r);
    return sum;
  };

  const evaluate = (cell: RawCell): void => {
    state.set(cell, "busy");
    try {
      const m = SUM.exec(cell.formula ?? "");
      if (!m) return;
      let sum = 0;
      for (const arg of m[1]!.split(",")) {
        const [from, to] = arg.trim().split(":");
        const p = parseAddress(from ?? "");
        const q = to === undefined ? p : parseAddress(to);
        if (!p || !q) return;
        sum += rangeSum(Math.min(p[0], q[0]), Math.min(p[1], q[1]), Math.max(p[0], q[0]), Math.max(p[1], q[1]));
      }
      if (Number.isFinite(sum)) cell.content = numberContent(roundFloat(sum), cell.numFmt);
    } catch (e) {
      if (!(e instanceof GiveUp)) throw e;
    } finally {
      state.set(cell, "done");
    }
  };

  try {
    for (const cell of pending) if (state.get(cell) !== "done") evaluate(cell);
  } catch (e) {
    if (!(e instanceof GiveUp)) throw e;
  }
}

/** Drops binary floating-point noise from a sum (0.1 + 0.2), as Excel shows 15 significant digits. */
function roundFloat(n: number): number {
  return Number(n.toPrecision(15));
}
