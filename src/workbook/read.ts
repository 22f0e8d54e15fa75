// workbook.xlsx → Model: find the contract sheets by name, their header rows by text, parse each into typed rows.
// Reading problems are collected as values with their cells; only an unopenable file throws (LkipError).
import type { FormulaCell, Model } from "../model/types.js";
import { parseAnggaran } from "../model/anggaran.js";
import { parseIku, parsePk } from "../model/kinerja.js";
import { parseIndikatorProgram, parseNarasi, parsePegawai, parsePpks, parseSkala, parseStandar, parseStruktur } from "../model/lainnya.js";
import { parseProfil } from "../model/profil.js";
import * as msg from "../text/messages/reader.js";
import { matchSheet, type SheetId } from "./headers.js";
import { decimalOfNumber } from "./number.js";
import { openWorkbook, type XlsxWorkbook } from "./open.js";
import { extraColumns, missingHeaderMessage, readTable, type SheetTable } from "./table.js";
import { ProblemSink } from "./values.js";

/** The Profil's Tahun, read ahead: it decides which `Target 2025`-style columns of PK and Anggaran are the report year's. */
function reportYear(wb: XlsxWorkbook): number | undefined {
  const ws = wb.worksheets.find((w) => matchSheet(w.name) === "profil");
  const table = ws && readTable("profil", ws);
  return ws && table ? parseProfil(table, new ProblemSink(ws.name)).tahun : undefined;
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
        formulas.push({
          sheet: t.sheet,
          cell: cell.address,
          formula: cell.formula,
          ...(c.kind === "number" ? { cached: decimalOfNumber(c.value) } : {}),
        });
      }
    }
  }
}

export function modelOfWorkbook(file: string, wb: XlsxWorkbook): Model {
  const model: Model = { file, sheets: {}, formulas: [], problems: [] };
  const seen = new Map<SheetId, string>();
  const year = reportYear(wb);
  for (const ws of wb.worksheets) {
    const id = matchSheet(ws.name);
    if (!id) continue;
    const sink = new ProblemSink(ws.name);
    if (seen.has(id)) {
      sink.add("baca/sheet-ganda", "warning", undefined, msg.duplicateSheet(seen.get(id)!, ws.name));
      model.problems.push(...sink.problems);
      continue;
    }
    seen.set(id, ws.name);
    const table = readTable(id, ws, year);
    model.sheets[id] = { name: ws.name, headerFound: !!table };
    if (!table) {
      sink.add("baca/kolom-hilang", "error", undefined, missingHeaderMessage(id, ws, year));
      model.problems.push(...sink.problems);
      continue;
    }
    for (const p of ws.problems) sink.add("baca/rumus-bersama", "warning", p.cell, msg.orphanSharedFormula(p.detail));
    scanFormulas(table, sink, model.formulas);
    for (const e of extraColumns(table, year)) sink.add("baca/kolom-lain", "info", e.cell, e.message);
    switch (id) {
      case "profil":
        model.profil = parseProfil(table, sink);
        break;
      case "iku":
        model.iku = parseIku(table, sink);
        break;
      case "pk":
        model.pk = parsePk(table, sink);
        break;
      case "anggaran":
        model.anggaran = parseAnggaran(table, sink);
        break;
      case "ppks":
        model.ppks = parsePpks(table, sink);
        break;
      case "narasi":
        model.narasi = parseNarasi(table, sink);
        break;
      case "indikatorProgram":
        model.indikatorProgram = parseIndikatorProgram(table, sink);
        break;
      case "standar":
        model.standar = parseStandar(table, sink);
        break;
      case "skala":
        model.skala = parseSkala(table, sink);
        break;
      case "struktur":
        model.struktur = parseStruktur(table, sink);
        break;
      case "pegawai":
        model.pegawai = parsePegawai(table, sink);
        break;
    }
    model.problems.push(...sink.problems);
  }
  return model;
}

/** Reads a workbook file into the model. Throws LkipError (exit 2) only when the file cannot be opened at all. */
export async function readWorkbook(file: string): Promise<Model> {
  return modelOfWorkbook(file, await openWorkbook(file));
}
