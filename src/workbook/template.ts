// The workbook `lkip init` writes: the sheets of `template-spec.ts` with styled, frozen, annotated headers and bounded
// dropdowns, empty or filled with an example office (`contoh.ts`). Writing is atomic: a temp file then a rename.
import { Decimal } from "decimal.js";
import ExcelJS from "exceljs";
import { writeAtomic } from "../util/atomic.js";
import { contohDinasSosial, persen, type ContohData, type ProfilValue, type Qty } from "./contoh.js";
import {
  FIRST_DATA_ROW,
  INLINE_LIST_MAX,
  LAST_VALIDATED_ROW,
  LISTS,
  NUMFMT,
  SHEET,
  petunjuk,
  sheetSpec,
  templateSpec,
  type ListSpec,
  type SheetName,
  type SheetSpec,
  type TemplateSpec,
  type YearsInput,
} from "./template-spec.js";

export interface WriteTemplateOptions extends YearsInput {
  /** Fill the workbook with the example office (Dinas Sosial Kota Bekasi 2025) instead of leaving it empty. */
  contoh: boolean;
}

/** Writes the template (or the example workbook) to `path`, atomically (`util/atomic.ts`). Whether `path` may be
 *  replaced is the caller's decision (`lkip init` applies the output rule of `util/output.ts`). */
export async function writeTemplate(path: string, opts: WriteTemplateOptions): Promise<void> {
  const data = opts.contoh ? contohDinasSosial() : undefined;
  const years: YearsInput = {
    ...(opts.tahun !== undefined ? { tahun: opts.tahun } : {}),
    ...(opts.periodeRenstra !== undefined ? { periodeRenstra: opts.periodeRenstra } : {}),
  };
  const wb = buildTemplateWorkbook(data, data ? undefined : years);
  await writeAtomic(path, new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** Years of a data set: its report year and Renstra period, as written in its Profil. */
function yearsOf(data: ContohData): YearsInput {
  const tahun = data.profil["Tahun"];
  const periode = data.profil["Periode Renstra"];
  return {
    ...(typeof tahun === "number" ? { tahun } : {}),
    ...(typeof periode === "string" ? { periodeRenstra: periode } : {}),
  };
}

/**
 * The template workbook, in memory. Without `data` every table is empty (Profil keys pre-filled); with `data` the rows
 * are written as given and `Jumlah` rows are added to Anggaran (SUM formulas over the program rows, with cached
 * results) and PPKS. The years of the year columns come from `years`, else from the data's Profil, else the defaults.
 */
export function buildTemplateWorkbook(data?: ContohData, years?: YearsInput): ExcelJS.Workbook {
  const spec = templateSpec(years ?? (data ? yearsOf(data) : {}));
  const wb = new ExcelJS.Workbook();
  wb.creator = "lkip";
  wb.lastModifiedBy = "lkip";
  if (data) {
    // A fixed date keeps the committed example stable between regenerations.
    wb.created = new Date(Date.UTC(2026, 0, 15));
    wb.modified = wb.created;
  }
  const lists = new ListFormulas(wb);

  addPetunjuk(wb, spec);
  for (const s of spec.sheets) addTableSheet(wb, s, lists);

  fillProfil(wb, spec, lists, data);
  if (data) {
    fillIku(sheetOf(wb, SHEET.iku), spec, data);
    fillPk(sheetOf(wb, SHEET.pk), spec, data);
    fillAnggaran(sheetOf(wb, SHEET.anggaran), spec, data);
    fillPpks(sheetOf(wb, SHEET.ppks), spec, data);
    fillSimple(sheetOf(wb, SHEET.narasi), spec, data.narasi.map((n) => ({ Bagian: n.bagian, Teks: n.teks })));
    fillSimple(
      sheetOf(wb, SHEET.indikatorProgram),
      spec,
      data.indikatorProgram.map((r) => ({
        Kode: r.kode,
        Program: r.program,
        Kegiatan: r.kegiatan,
        "Sub Kegiatan": r.subKegiatan,
        Indikator: r.indikator,
        Satuan: r.satuan,
        Target: r.target,
        Realisasi: r.realisasi,
        Capaian: r.capaian,
      })),
    );
    fillSimple(
      sheetOf(wb, SHEET.standar),
      spec,
      data.standar.map((r) => ({ Kode: r.kode, Indikator: r.indikator, Standar: r.standar, Sumber: r.sumber })),
    );
    fillSimple(
      sheetOf(wb, SHEET.skala),
      spec,
      data.skala.map((r) => ({ "Batas Bawah": r.batasBawah, "Batas Atas": r.batasAtas, Kategori: r.kategori })),
    );
    fillSimple(
      sheetOf(wb, SHEET.struktur),
      spec,
      (data.struktur ?? []).map((r) => ({ Jabatan: r.jabatan, Atasan: r.atasan, Nama: r.nama, NIP: r.nip, "Pangkat/Golongan": r.pangkat })),
    );
    fillPegawai(sheetOf(wb, SHEET.pegawai), spec, data);
    fillSimple(
      sheetOf(wb, SHEET.cascading),
      spec,
      (data.cascading ?? []).map((r) => ({
        Kode: r.kode,
        Jabatan: r.jabatan,
        Nama: r.nama,
        NIP: r.nip,
        "Kode Atasan": r.atasan,
        Sasaran: r.sasaran,
        Indikator: r.indikator,
        Satuan: r.satuan,
        Target: r.target,
        Realisasi: r.realisasi,
        Capaian: r.capaian,
        "Kode IKU": r.kodeIku,
        Agregasi: r.agregasi,
      })),
    );
  }
  return wb;
}

// ---------------------------------------------------------------------------------------------------------------
// Layout

const HEADER_FILL = "FF1F4E78";
const HEADER_FONT = "FFFFFFFF";
const TOTAL_FILL = "FFDDEBF7";
const TAB_REQUIRED = "FF2E75B6";
const TAB_OPTIONAL = "FFA6A6A6";
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFBFBFBF" } };

function sheetOf(wb: ExcelJS.Workbook, name: SheetName): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`template has no sheet ${name}`);
  return ws;
}

function addPetunjuk(wb: ExcelJS.Workbook, spec: TemplateSpec): void {
  const ws = wb.addWorksheet(SHEET.petunjuk, { properties: { tabColor: { argb: "FF70AD47" } } });
  ws.getColumn(1).width = 120;
  petunjuk(spec).forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line.text;
    cell.alignment = { wrapText: true, vertical: "top" };
    if (line.heading) cell.font = { bold: true, size: i === 0 ? 14 : 11 };
  });
  ws.pageSetup = { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

function addTableSheet(wb: ExcelJS.Workbook, s: SheetSpec, lists: ListFormulas): void {
  const ws = wb.addWorksheet(s.name, {
    views: [{ state: "frozen", ySplit: 1 }],
    properties: { tabColor: { argb: s.requiredForBuild ? TAB_REQUIRED : TAB_OPTIONAL } },
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:1",
    },
  });
  s.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    const style: Partial<ExcelJS.Style> = { alignment: { vertical: "top", ...(c.wrap ? { wrapText: true } : {}) } };
    if (c.numFmt) style.numFmt = c.numFmt;
    col.style = style;
  });
  const header = ws.getRow(1);
  header.height = 30;
  s.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.note = c.note;
    cell.font = { bold: true, color: { argb: HEADER_FONT } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    cell.numFmt = "General";
    if (c.list) {
      const letter = ws.getColumn(i + 1).letter;
      addListValidation(ws, `${letter}${FIRST_DATA_ROW}:${letter}${LAST_VALIDATED_ROW}`, LISTS[c.list], lists);
    }
  });
}

/** exceljs has range validations (`worksheet.dataValidations.add`) but does not declare them in its typings. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

function addListValidation(ws: ExcelJS.Worksheet, range: string, list: ListSpec, lists: ListFormulas): void {
  const validation: ExcelJS.DataValidation = {
    type: "list",
    allowBlank: true,
    formulae: [lists.formula(list)],
    showErrorMessage: list.strict,
    ...(list.strict ? { errorStyle: "stop", errorTitle: list.errorTitle, error: list.error } : {}),
  };
  (ws as unknown as RangeValidations).dataValidations.add(range, validation);
}

/** Sheet holding lists too long for an inline validation (Excel's limit is 255 characters). */
export const LIST_SHEET = "Daftar";

/**
 * Validation formulas for the lists: inline (`"a,b,c"`) when short enough, else a defined name over a column of a
 * hidden sheet, created on first use.
 */
export class ListFormulas {
  private readonly names = new Map<string, string>();
  constructor(private readonly wb: ExcelJS.Workbook) {}

  formula(list: Pick<ListSpec, "name" | "values">): string {
    const inline = list.values.join(",");
    if (inline.length <= INLINE_LIST_MAX) return `"${inline}"`;
    const known = this.names.get(list.name);
    if (known) return known;
    const ws = this.wb.getWorksheet(LIST_SHEET) ?? this.wb.addWorksheet(LIST_SHEET, { state: "hidden" });
    const col = this.names.size + 1;
    list.values.forEach((v, i) => {
      ws.getCell(i + 1, col).value = v;
    });
    const letter = ws.getColumn(col).letter;
    const name = `Daftar_${list.name}`;
    this.wb.definedNames.add(`'${LIST_SHEET}'!$${letter}$1:$${letter}$${list.values.length}`, name);
    this.names.set(list.name, name);
    return name;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Content

type CellInput = ProfilValue | ExcelJS.CellFormulaValue | undefined;
type RowValues = Record<string, CellInput>;

function columnIndex(s: SheetSpec, header: string): number {
  const i = s.columns.findIndex((c) => c.header === header);
  if (i < 0) throw new Error(`sheet ${s.name} has no column ${header}`);
  return i + 1;
}

function writeRow(ws: ExcelJS.Worksheet, s: SheetSpec, rowNumber: number, values: RowValues): ExcelJS.Row {
  const row = ws.getRow(rowNumber);
  for (const [header, value] of Object.entries(values)) {
    if (value === undefined || value === "") continue;
    row.getCell(columnIndex(s, header)).value = value;
  }
  return row;
}

function fillSimple(ws: ExcelJS.Worksheet, spec: TemplateSpec, rows: RowValues[]): void {
  const s = sheetSpec(spec, ws.name as SheetName);
  rows.forEach((r, i) => writeRow(ws, s, FIRST_DATA_ROW + i, r));
}

function styleTotalRow(row: ExcelJS.Row, columns: number): void {
  for (let c = 1; c <= columns; c++) {
    const cell = row.getCell(c);
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: TOTAL_FILL } };
    cell.border = { top: { style: "thin" }, bottom: { style: "double" } };
  }
}

function fillProfil(wb: ExcelJS.Workbook, spec: TemplateSpec, lists: ListFormulas, data?: ContohData): void {
  const ws = sheetOf(wb, SHEET.profil);
  spec.profilKeys.forEach((k, i) => {
    const row = ws.getRow(FIRST_DATA_ROW + i);
    const key = row.getCell(1);
    key.value = k.key;
    key.note = k.note;
    key.font = { bold: true };
    if (k.list) addListValidation(ws, row.getCell(2).address, LISTS[k.list], lists);
    const value = data?.profil[k.key];
    if (value === undefined) return;
    const cell = row.getCell(2);
    cell.value = value;
    if (value instanceof Date) cell.numFmt = NUMFMT.date;
    if (typeof value === "number") cell.alignment = { horizontal: "left", vertical: "top" };
  });
}

function fillIku(ws: ExcelJS.Worksheet, spec: TemplateSpec, data: ContohData): void {
  const s = sheetSpec(spec, SHEET.iku);
  data.iku.forEach((r, i) => {
    const values: RowValues = {
      Kode: r.kode,
      Tujuan: r.tujuan,
      Sasaran: r.sasaran,
      Indikator: r.indikator,
      Satuan: r.satuan,
      Polaritas: r.polaritas,
      Formula: r.formula,
      "Kondisi Awal": r.kondisiAwal,
    };
    for (const y of spec.years.targetYears) values[`Target ${y}`] = r.target[y];
    for (const y of spec.years.realisasiYears) {
      values[`Target ${y}`] = r.target[y];
      values[`Realisasi ${y}`] = r.realisasi[y];
    }
    writeRow(ws, s, FIRST_DATA_ROW + i, values);
  });
}

function fillPk(ws: ExcelJS.Worksheet, spec: TemplateSpec, data: ContohData): void {
  const s = sheetSpec(spec, SHEET.pk);
  data.pk.forEach((r, i) => {
    const tw = (n: number): Qty | undefined => r.triwulan?.[n];
    writeRow(ws, s, FIRST_DATA_ROW + i, {
      Kode: r.kode,
      Sasaran: r.sasaran,
      Indikator: r.indikator,
      Satuan: r.satuan,
      Polaritas: r.polaritas,
      Target: r.target,
      Realisasi: r.realisasi,
      Pembilang: r.pembilang,
      Penyebut: r.penyebut,
      Capaian: r.capaian,
      "Realisasi TW1": tw(0),
      "Realisasi TW2": tw(1),
      "Realisasi TW3": tw(2),
      "Realisasi TW4": tw(3),
      Agregasi: r.agregasi,
      "Sumber Data": r.sumberData,
      Keterangan: r.keterangan,
    });
  });
}

function sumOf(values: number[]): number {
  return values.reduce((acc, v) => acc.plus(v), new Decimal(0)).toNumber();
}

function fillAnggaran(ws: ExcelJS.Worksheet, spec: TemplateSpec, data: ContohData): void {
  const s = sheetSpec(spec, SHEET.anggaran);
  const programRows: number[] = [];
  data.anggaran.forEach((r, i) => {
    const rowNumber = FIRST_DATA_ROW + i;
    const row = writeRow(ws, s, rowNumber, {
      Kode: r.kode,
      Uraian: r.uraian,
      Level: r.level,
      Sasaran: r.sasaran,
      "Pagu Awal": r.paguAwal,
      "Pagu Perubahan": r.paguPerubahan,
      Realisasi: r.realisasi,
      Persen: r.persen,
      "Sumber Dana": r.sumberDana,
    });
    if (r.level === "program") {
      programRows.push(rowNumber);
      row.font = { bold: true };
    }
    if (r.level === "sub kegiatan") row.getCell(columnIndex(s, "Uraian")).alignment = { wrapText: true, vertical: "top", indent: 2 };
    if (r.level === "kegiatan") row.getCell(columnIndex(s, "Uraian")).alignment = { wrapText: true, vertical: "top", indent: 1 };
  });
  if (data.anggaran.length === 0) return;

  const programs = data.anggaran.filter((r) => r.level === "program");
  const sumFormula = (header: string, values: number[]): ExcelJS.CellFormulaValue => {
    const letter = ws.getColumn(columnIndex(s, header)).letter;
    return { formula: `SUM(${programRows.map((r) => `${letter}${r}`).join(",")})`, result: sumOf(values), date1904: false };
  };
  const paguPerubahan = sumOf(programs.map((p) => p.paguPerubahan));
  const realisasi = sumOf(programs.map((p) => p.realisasi));
  const totalRow = writeRow(ws, s, FIRST_DATA_ROW + data.anggaran.length, {
    Uraian: "Jumlah",
    "Pagu Awal": sumFormula("Pagu Awal", programs.map((p) => p.paguAwal)),
    "Pagu Perubahan": sumFormula("Pagu Perubahan", programs.map((p) => p.paguPerubahan)),
    Realisasi: sumFormula("Realisasi", programs.map((p) => p.realisasi)),
    Persen: persen(realisasi, paguPerubahan),
  });
  styleTotalRow(totalRow, s.columns.length);
}

function fillPpks(ws: ExcelJS.Worksheet, spec: TemplateSpec, data: ContohData): void {
  const s = sheetSpec(spec, SHEET.ppks);
  data.ppks.forEach((r, i) =>
    writeRow(ws, s, FIRST_DATA_ROW + i, {
      Kategori: r.kategori,
      "Kode IKU": r.kodeIku,
      Program: r.program,
      Kegiatan: r.kegiatan,
      Satuan: r.satuan,
      Target: r.target,
      Realisasi: r.realisasi,
      Capaian: r.capaian,
    }),
  );
  if (data.ppks.length === 0) return;
  const last = FIRST_DATA_ROW + data.ppks.length - 1;
  const sumFormula = (header: string, values: number[]): ExcelJS.CellFormulaValue => {
    const letter = ws.getColumn(columnIndex(s, header)).letter;
    return { formula: `SUM(${letter}${FIRST_DATA_ROW}:${letter}${last})`, result: sumOf(values), date1904: false };
  };
  const targets = data.ppks.map((r) => r.target ?? 0);
  const realisasi = data.ppks.map((r) => r.realisasi ?? 0);
  const totalRow = writeRow(ws, s, last + 1, {
    Kategori: "Jumlah",
    Target: sumFormula("Target", targets),
    Realisasi: sumFormula("Realisasi", realisasi),
    Capaian: persen(sumOf(realisasi), sumOf(targets)),
  });
  styleTotalRow(totalRow, s.columns.length);
}

/** Pegawai rows by kelompok, each kelompok closed by a `Jumlah` row of SUM formulas over its lines. */
function fillPegawai(ws: ExcelJS.Worksheet, spec: TemplateSpec, data: ContohData): void {
  const s = sheetSpec(spec, SHEET.pegawai);
  const rows = data.pegawai ?? [];
  let rowNumber = FIRST_DATA_ROW;
  const letter = (header: string) => ws.getColumn(columnIndex(s, header)).letter;
  for (let i = 0; i < rows.length; ) {
    const kelompok = rows[i]!.kelompok;
    const first = rowNumber;
    const group: typeof rows = [];
    for (; i < rows.length && rows[i]!.kelompok === kelompok; i++) {
      const r = rows[i]!;
      group.push(r);
      writeRow(ws, s, rowNumber++, {
        Kelompok: group.length === 1 ? kelompok : undefined,
        Uraian: r.uraian,
        Jumlah: r.lakiLaki + r.perempuan,
        "Laki-laki": r.lakiLaki,
        Perempuan: r.perempuan,
      });
    }
    const last = rowNumber - 1;
    const sum = (header: string, values: number[]): ExcelJS.CellFormulaValue => ({
      formula: `SUM(${letter(header)}${first}:${letter(header)}${last})`,
      result: sumOf(values),
      date1904: false,
    });
    const total = writeRow(ws, s, rowNumber++, {
      Uraian: "Jumlah",
      Jumlah: sum("Jumlah", group.map((r) => r.lakiLaki + r.perempuan)),
      "Laki-laki": sum("Laki-laki", group.map((r) => r.lakiLaki)),
      Perempuan: sum("Perempuan", group.map((r) => r.perempuan)),
    });
    styleTotalRow(total, s.columns.length);
  }
}
