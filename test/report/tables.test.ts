// Column widths of the data tables: a column too narrow for its longest word is widened, so no word breaks mid-way.
import { describe, expect, it } from "vitest";
import { fitWords, scaleWidths } from "../../src/report/tables.js";

const total = (ws: readonly number[]) => ws.reduce((a, b) => a + b, 0);

describe("a table's column widths", () => {
  it("widen a column too narrow for its longest word, with room from the columns that can spare it", () => {
    const widths = scaleWidths([60, 30, 10], 9000);
    const need = [2000, 1500, 1400];
    const fitted = fitWords(widths, need);
    expect(widths[2]!).toBeLessThan(need[2]!);
    expect(fitted[2]!).toBeGreaterThanOrEqual(need[2]!);
    fitted.forEach((w, c) => expect(w).toBeGreaterThanOrEqual(need[c]!));
    expect(total(fitted)).toBe(total(widths));
    // the widest column gives the most
    expect(widths[0]! - fitted[0]!).toBeGreaterThan(widths[1]! - fitted[1]!);
  });

  it("stay as weighted when every word fits, or when the others cannot spare enough", () => {
    const widths = scaleWidths([50, 50], 4000);
    expect(fitWords(widths, [1000, 1000])).toEqual(widths);
    expect(fitWords(widths, [1900, 2500])).toEqual(widths);
  });
});
