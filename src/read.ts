// workbook.xlsx → Model, the one way through the reader: the workbook layer opens the file and hands over tables of
// typed cells with the problems it met (src/workbook/), and the model layer maps them to the model (src/model/).
// The Profil is read first because its Tahun decides which `Target 2025`-style columns are the report year's.
import { modelOfSheets, reportYearOf } from "./model/sheets.js";
import type { Model } from "./model/types.js";
import { openWorkbook, type XlsxWorkbook } from "./workbook/open.js";
import { profilTable, readSheets } from "./workbook/read.js";

/** The model of an opened workbook. */
export function modelOfWorkbook(file: string, wb: XlsxWorkbook): Model {
  const year = reportYearOf(profilTable(wb));
  return modelOfSheets(file, readSheets(wb, year));
}

/** Reads a workbook file into the model. Throws LkipError (exit 2) only when the file cannot be opened at all. */
export async function readWorkbook(file: string): Promise<Model> {
  return modelOfWorkbook(file, await openWorkbook(file));
}
