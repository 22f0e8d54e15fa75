// The workbook layer's half of reading: find the contract sheets by name and their header rows by text, and hand each
// over as a table of typed cells with the problems met (duplicate sheets, missing headers, formulas without a result,
// columns lkip does not read) and its formula cells. Turning tables into the model is src/model/'s half.
import { matchSheet } from "./headers.js";
import type { SheetId } from "../cells/contract.js";
import { ProblemSink, type FormulaCell } from "../cells/problems.js";
import type { SheetRead, SheetTable } from "../cells/table.js";
import * as msg from "../text/messages/reader.js";
import type { XlsxWorkbook } from "./open.js";
import { extraColumns, missingHeaderMessage, readTable } from "./table.js";

/** The first Profil sheet's table, read ahead: its Tahun decides which `Target 2025`-style columns are the report year's. */
export function profilTable(wb: XlsxWorkbook): SheetTable | undefined {
  const ws = wb.worksheets.find((w) => matchSheet(w.name) === "profil");
  return ws && readTable("profil", ws);
}

/** Formula cells with no cached result or an error result, and every formula for the formula checks. */
function scanFormulas(t: SheetTable, sink: ProblemSink, formulas: FormulaCell[]): void {
  for (const row of t.rows) {
    for (const cell of row.cells.values()) {
      const c = cell.content;
      if (c.kind === "no-result") {
        if (c.error) sink.add("baca/nilai-galat", "error", cell.address, msg.errorValue(c.error, cell.formula));
        else sink.add("baca/rumus-tanpa-nilai", "error", cell.address, msg.formulaNoResult(cell.formula ?? ""));
      }
      if (cell.formula) {
        formulas.push({ sheet: t.sheet, cell: cell.address, formula: cell.formula, ...(c.kind === "number" ? { cached: c.value } : {}) });
      }
    }
  }
}

/** Every worksheet named like a contract sheet, read as its table, in workbook order. */
export function readSheets(wb: XlsxWorkbook, reportYear: number | undefined): SheetRead[] {
  const out: SheetRead[] = [];
  const seen = new Map<SheetId, string>();
  for (const ws of wb.worksheets) {
    const id = matchSheet(ws.name);
    if (!id) continue;
    const sink = new ProblemSink(ws.name);
    const formulas: FormulaCell[] = [];
    if (seen.has(id)) {
      sink.add("baca/sheet-ganda", "warning", undefined, msg.duplicateSheet(seen.get(id)!, ws.name));
      out.push({ id, name: ws.name, duplicate: true, problems: sink.problems, formulas });
      continue;
    }
    seen.set(id, ws.name);
    const table = readTable(id, ws, reportYear);
    if (!table) {
      sink.add("baca/kolom-hilang", "error", undefined, missingHeaderMessage(id, ws, reportYear));
      out.push({ id, name: ws.name, duplicate: false, problems: sink.problems, formulas });
      continue;
    }
    for (const p of ws.problems) sink.add("baca/rumus-bersama", "warning", p.cell, msg.orphanSharedFormula(p.detail));
    scanFormulas(table, sink, formulas);
    for (const e of extraColumns(table, reportYear)) sink.add("baca/kolom-lain", "info", e.cell, e.message);
    out.push({ id, name: ws.name, duplicate: false, table, problems: sink.problems, formulas });
  }
  return out;
}
