// The sums a total's formula adds: `SUM(F5:F10)`, `SUM(E2,E11,E16)`, `F3+F6+F8`, `SUM(F2:F4)+F9`. Anything else
// (other functions, other sheets, arithmetic) is not a plain sum and is left alone by the formula rules.
import { columnNumber } from "./cells.js";

export interface CellRef {
  col: number;
  row: number;
}

/** Beyond this many cells a range is not a total's range; the formula is left alone. */
const MAX_CELLS = 200_000;

const REF = String.raw`\$?([A-Za-z]{1,3})\$?(\d+)`;
const SHEET = String.raw`(?:'((?:[^']|'')+)'|([A-Za-z0-9_.\u00C0-\uFFFF]+))!`;
const ARG = new RegExp(String.raw`^(?:${SHEET})?${REF}(?::${REF})?$`);

function expand(arg: string, sheet: string, out: CellRef[]): boolean {
  const m = ARG.exec(arg);
  if (!m) return false;
  const named = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  if (named !== undefined && named.toLowerCase() !== sheet.toLowerCase()) return false;
  const c1 = columnNumber(m[3]!);
  const r1 = Number(m[4]);
  const c2 = m[5] ? columnNumber(m[5]) : c1;
  const r2 = m[6] ? Number(m[6]) : r1;
  const [ca, cb] = c1 <= c2 ? [c1, c2] : [c2, c1];
  const [ra, rb] = r1 <= r2 ? [r1, r2] : [r2, r1];
  if ((cb - ca + 1) * (rb - ra + 1) + out.length > MAX_CELLS) return false;
  for (let c = ca; c <= cb; c++) for (let r = ra; r <= rb; r++) out.push({ col: c, row: r });
  return true;
}

/** The cells a plain-sum formula adds, in formula order (a cell named twice appears twice); undefined otherwise. */
export function sumCells(formula: string, sheet: string): CellRef[] | undefined {
  const text = formula.replace(/^\s*=/, "").replace(/\s+/g, "");
  if (text === "") return undefined;
  const terms = text.split("+");
  const out: CellRef[] = [];
  for (const term of terms) {
    const sum = /^SUM\((.*)\)$/i.exec(term);
    const args = sum ? sum[1]!.split(/[,;]/) : [term];
    if (sum && /[()]/.test(sum[1]!)) return undefined;
    for (const arg of args) {
      if (arg === "") return undefined;
      if (!expand(arg, sheet, out)) return undefined;
    }
  }
  return out.length ? out : undefined;
}

/** True when the formula is a plain sum (see `sumCells`). */
export function isSumFormula(formula: string): boolean {
  return /^\s*=?\s*SUM\s*\(/i.test(formula) || /\+/.test(formula);
}
