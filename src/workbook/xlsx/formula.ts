// Shared formulas: Excel stores a formula once on its master cell (`<f t="shared" ref="F2:F9" si="0">SUM(D2:E2)</f>`)
// and only `si` on the cells that share it. A dependent's own formula is the master's moved by the row and column
// offset: relative references move, `$`-anchored parts stay (as Excel itself shows it).
import { columnLetter } from "../../cells/cell.js";

const MAX_COL = 16_384;
const MAX_ROW = 1_048_576;

/** Column number of letters (`A` → 1, `AA` → 27). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & 0x1f);
  return n;
}

// A cell reference not part of a name or function (`LOG10(` is a function, `A1B` a name); sheet prefixes pass through.
const REF = /(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(!])/g;

/** Moves the relative references of `formula` by `dRow` rows and `dCol` columns; string literals are left alone. */
export function translateFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REF, (whole, colAbs: string, letters: string, rowAbs: string, digits: string) => {
            let col = columnNumber(letters.toUpperCase());
            let row = Number(digits);
            if (col > MAX_COL || row < 1 || row > MAX_ROW) return whole;
            if (!colAbs) col += dCol;
            if (!rowAbs) row += dRow;
            if (col < 1 || row < 1 || col > MAX_COL || row > MAX_ROW) return "#REF!";
            return `${colAbs}${columnLetter(col)}${rowAbs}${row}`;
          }),
    )
    .join("");
}
