// workbook.xlsx → Model: find the contract sheets by name, their header rows by text, parse each into typed rows.
// Reading problems are collected as values with their cells; only an unopenable file throws (LkipError).
import type ExcelJS from "exceljs";
import type { FormulaCell, Model } from "../model/types.js";
import { parseAnggaran } from "../model/anggaran.js";
import { parseIku, parsePk } from "../model/kinerja.js";
import { parseIndikatorProgram, parseNarasi, parsePegawai, parsePpks, parseSkala, parseStandar, parseStruktur } from "../model/lainnya.js";
import { parseProfil } from "../model/profil.js";
import * as msg from "../text/messages/reader.js";
import { headerName, matchSheet, SHEETS, type SheetId } from "./headers.js";
import { decimalOfNumber } from "./number.js";
import { openWorkbook } from "./open.js";
import { readTable, type SheetTable } from "./table.js";
import { ProblemSink } from "./values.js";

function requiredHeaders(id: SheetId): string {
  const spec = SHEETS[id];
  const alts = spec.required.map((alt) => alt.map((k) => headerName(id, k)).join(", "));
  const years = id === "iku" ? " dan minimal satu kolom Target <tahun>" : "";
  return alts.join(" atau ") + years;
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

export function modelOfWorkbook(file: string, wb: ExcelJS.Workbook): Model {
  const model: Model = { file, sheets: {}, formulas: [], problems: [] };
  const seen = new Map<SheetId, string>();
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
    const table = readTable(id, ws);
    model.sheets[id] = { name: ws.name, headerFound: !!table };
    if (!table) {
      sink.add("baca/kolom-hilang", "error", undefined, msg.missingHeaders(ws.name, requiredHeaders(id)));
      model.problems.push(...sink.problems);
      continue;
    }
    scanFormulas(table, sink, model.formulas);
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
