// The worksheet reader on hand-written SpreadsheetML: the cell types, formulas and spellings other writers produce.
import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import type { RawCell } from "../../src/workbook/cells.js";
import { translateFormula } from "../../src/workbook/xlsx/formula.js";
import { CellBudget, parseWorksheet, SheetLimitError } from "../../src/workbook/xlsx/sheet.js";
import { NO_STYLES, parseStyles } from "../../src/workbook/xlsx/styles.js";

const styles = parseStyles(
  strToU8(
    `<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>` +
      `<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>` +
      `<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="3"/></cellXfs></styleSheet>`,
  ),
);

function sheet(data: string, opts: { sharedStrings?: string[]; date1904?: boolean; cells?: number; tail?: string } = {}) {
  const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${data}</sheetData>${opts.tail ?? ""}</worksheet>`;
  return parseWorksheet("S", "visible", strToU8(xml), {
    sharedStrings: opts.sharedStrings ?? [],
    styles,
    date1904: opts.date1904 ?? false,
    cells: new CellBudget(opts.cells ?? 1000),
    maxMerges: 10,
  });
}

const cell = (ws: ReturnType<typeof sheet>, address: string): RawCell | undefined =>
  [...ws.rows.values()].flatMap((r) => [...r.values()]).find((c) => c.address === address);

/** A cell's content with a number as a JS number (the reader keeps it as an exact decimal). */
const content = (ws: ReturnType<typeof sheet>, address: string) => {
  const c = cell(ws, address)?.content;
  return c?.kind === "number" ? { kind: "number", value: c.value.toNumber() } : c;
};

describe("worksheet reader", () => {
  it("reads each cell type", () => {
    const ws = sheet(
      `<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="e"><v>#DIV/0!</v></c><c r="C1" t="str"><f>A1&amp;"x"</f><v>TRUEx</v></c>` +
        `<c r="D1" t="d"><v>2025-01-06T00:00:00</v></c><c r="E1" t="s"><v>1</v></c><c r="F1" t="inlineStr"><is><r><t>Dinas </t></r><r><t>Sosial</t></r><rPh><t>ふりがな</t></rPh></is></c>` +
        `<c r="G1"><v>1.5E3</v></c><c r="H1" s="1"><v>0.855</v></c><c r="I1" s="2"><v>45663</v></c></row>`,
      { sharedStrings: ["a", "Kota <Bekasi>"] },
    );
    expect(cell(ws, "A1")!.content).toEqual({ kind: "bool", value: true });
    expect(cell(ws, "B1")!.content).toEqual({ kind: "no-result", error: "#DIV/0!" });
    expect(cell(ws, "C1")).toMatchObject({ content: { kind: "text", value: "TRUEx" }, formula: 'A1&"x"' });
    expect(cell(ws, "D1")!.content).toEqual({ kind: "date", value: new Date(Date.UTC(2025, 0, 6)) });
    expect(cell(ws, "E1")!.content).toEqual({ kind: "text", value: "Kota <Bekasi>" });
    expect(cell(ws, "F1")!.content).toEqual({ kind: "text", value: "Dinas Sosial" });
    expect(content(ws, "G1")).toEqual({ kind: "number", value: 1500 });
    expect(content(ws, "H1")).toEqual({ kind: "number", value: 0.855 });
    expect(cell(ws, "H1")).toMatchObject({ content: { decimals: 1, percent: true }, numFmt: "0.0%" });
    expect(cell(ws, "I1")!.content).toEqual({ kind: "date", value: new Date(Date.UTC(2025, 0, 6)) });
  });

  it("counts 1904 serials from 1904", () => {
    const ws = sheet(`<row r="1"><c r="A1" s="2"><v>44201</v></c></row>`, { date1904: true });
    expect(cell(ws, "A1")!.content).toEqual({ kind: "date", value: new Date(Date.UTC(2025, 0, 6)) });
  });

  it("places rows and cells without `r` by their order, and decodes entities and character references", () => {
    const ws = sheet(`<row><c t="inlineStr"><is><t>A&#228;&#x20AC;&amp;</t></is></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row>`);
    expect(cell(ws, "A1")!.content).toEqual({ kind: "text", value: "Aä€&" });
    expect(content(ws, "B1")).toEqual({ kind: "number", value: 2 });
    expect(content(ws, "C2")).toEqual({ kind: "number", value: 3 });
    expect(content(ws, "D2")).toEqual({ kind: "number", value: 4 });
  });

  it("gives shared-formula dependents the master's formula moved by their offset; orphans become problems", () => {
    const ws = sheet(
      `<row r="2"><c r="F2"><f t="shared" ref="F2:G3" si="0">SUM(D2:E2)+$A$1+A$1</f><v>5</v></c><c r="G2"><f t="shared" si="0"/><v>6</v></c></row>` +
        `<row r="3"><c r="F3"><f t="shared" si="0"/><v>7</v></c><c r="H3"><f t="shared" si="4"/><v>8</v></c></row>`,
    );
    expect(cell(ws, "G2")!.formula).toBe("SUM(E2:F2)+$A$1+B$1");
    expect(cell(ws, "F3")!.formula).toBe("SUM(D3:E3)+$A$1+A$1");
    expect(content(ws, "H3")).toEqual({ kind: "number", value: 8 });
    expect(cell(ws, "H3")!.formula).toBeUndefined();
    expect(ws.problems).toEqual([{ cell: "H3", kind: "orphan-shared-formula", detail: "4" }]);
  });

  it("computes a same-sheet SUM saved without its result, and leaves other formulas without one", () => {
    const ws = sheet(
      `<row r="1"><c r="A1"><v>1.1</v></c><c r="B1"><v>2.2</v></c><c r="C1"><f>SUM(A1:B1)</f><v></v></c><c r="D1"><f>SUM(C1,A1)</f></c><c r="E1"><f>A1*2</f><v></v></c></row>`,
    );
    expect(content(ws, "C1")).toEqual({ kind: "number", value: 3.3 });
    expect(content(ws, "D1")).toEqual({ kind: "number", value: 4.4 });
    expect(cell(ws, "E1")!.content).toEqual({ kind: "no-result" });
  });

  it("marks present non-master cells of a merge, however large the merge", () => {
    const ws = sheet(`<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="900000"><c r="C900000"><f>A1</f><v>1</v></c></row>`, {
      tail: `<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>`,
    });
    expect(cell(ws, "A1")!.mergedCopy).toBe(false);
    expect(cell(ws, "B1")).toBeUndefined();
    expect(cell(ws, "C900000")).toMatchObject({ mergedCopy: true, content: { kind: "empty" } });
  });

  it("refuses an over-long cell text and more cells than the budget", () => {
    expect(() => sheet(`<row r="1"><c r="B7" t="inlineStr"><is><t>${"x".repeat(32_768)}</t></is></c></row>`)).toThrow(SheetLimitError);
    expect(() => sheet(`<row r="1"><c r="B7" t="inlineStr"><is><t>${"x".repeat(32_767)}</t></is></c></row>`)).not.toThrow();
    expect(() => sheet(`<row r="1">${"<c\n/>".repeat(11)}</row>`, { cells: 10 })).toThrow(SheetLimitError);
  });

  it("without styles a number stays a number", () => {
    const ws = parseWorksheet("S", "visible", strToU8(`<worksheet><sheetData><row r="1"><c r="A1" s="2"><v>45663</v></c></row></sheetData></worksheet>`), {
      sharedStrings: [],
      styles: NO_STYLES,
      date1904: false,
      cells: new CellBudget(10),
      maxMerges: 10,
    });
    expect(content(ws, "A1")).toEqual({ kind: "number", value: 45663 });
  });

  it("translates only references, never strings, functions or names", () => {
    expect(translateFormula('IF(A1>0,"B2",LOG10(C3))+Sheet1!D4', 1, 1)).toBe('IF(B2>0,"B2",LOG10(D4))+Sheet1!E5');
  });
});
