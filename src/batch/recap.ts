// The recap of a batch: the same rows in the terminal, as JSON, and as a workbook formatted for reading.
import { basename } from "node:path";
import ExcelJS from "exceljs";
import { Decimal } from "decimal.js";
import { writeAtomic } from "../util/atomic.js";
import { cleanPackage } from "../util/xml-text.js";
import { XLSX_MODIFIED_BY } from "../util/output.js";
import { formatPercent, roundHalfUp } from "../text/format.js";
import * as msg from "../text/messages/batch.js";
import * as cmsg from "../text/messages/cascading.js";
import { renderTable } from "../summary/text-table.js";
import type { OfficeResult } from "./types.js";

/** An office's name in the recap: its folder, plus the workbook's name where a folder holds several. */
function labeler(results: OfficeResult[]): (r: OfficeResult) => string {
  const perDir = new Map<string, number>();
  for (const r of results) perDir.set(r.relDir, (perDir.get(r.relDir) ?? 0) + 1);
  return (r) => (!r.relDir ? basename(r.file) : perDir.get(r.relDir)! > 1 ? `${r.relDir}/${basename(r.file)}` : r.relDir);
}

const asNumber = (v: string | null | undefined, decimals: number): number | null =>
  v === null || v === undefined ? null : Number(roundHalfUp(new Decimal(v), decimals).toFixed());

/** What happened to an office, in a few words: `ditulis`, `tidak ditulis: 18 temuan error (…)`, `gagal`, `diperiksa`. */
export function statusOf(r: OfficeResult): string {
  if (r.status === "gagal") return msg.statusFailed;
  if (r.output) return msg.statusWritten;
  return r.outputSkipped ?? msg.statusChecked;
}

/** The document written (and why its name differs), or why the office failed. */
const note = (r: OfficeResult) => {
  if (r.status === "gagal") return r.reason ?? "";
  const lkip = r.output ? `${r.output}${r.outputNote ? ` (${r.outputNote})` : ""}` : "";
  const c = r.cascading;
  const cascading = !c ? "" : c.output ? `${cmsg.batchWritten(c.output)}${c.note ? ` (${c.note})` : ""}` : c.note ?? "";
  return [lkip, cascading].filter((s) => s !== "").join("; ");
};

/** Status and note in one line, for the terminal. */
export function outcomeOf(r: OfficeResult): string {
  const n = note(r);
  return n ? `${statusOf(r)}: ${n}` : statusOf(r);
}

/** A plain decimal string as a number cell; anything else (a range, a letter) as text. Text cells are always written
 *  as strings by exceljs, never as formulas, even when they start with =, +, - or @. */
const numberOrText = (v: string | null, decimals: number): number | string | null =>
  v === null ? null : /^-?\d+(\.\d+)?$/.test(v) ? asNumber(v, decimals) : v;

/** The recap table; `width` (a terminal's) makes it fit, see `renderTable`. */
export function recapText(results: OfficeResult[], width?: number): string {
  const label = labeler(results);
  const rows = results.map((r, i) => [
    String(i + 1),
    label(r),
    r.instansi ? `${r.instansi}${r.pemerintahDaerah ? ` ${r.pemerintahDaerah}` : ""}` : "-",
    r.tahun ? String(r.tahun) : "-",
    r.status === "ok" ? String(r.jumlahIndikator) : "-",
    r.status === "ok" ? String(r.jumlahTercapai) : "-",
    r.capaian ? formatPercent(r.capaian, r.desimal) : "-",
    r.serapan ? formatPercent(r.serapan, r.desimal) : "-",
    r.status === "ok" ? String(r.errors) : "-",
    r.status === "ok" ? String(r.warnings) : "-",
    outcomeOf(r),
  ]);
  return (
    renderTable(
      [
        { header: msg.col.no, align: "right" },
        { header: msg.col.folder, max: 30 },
        { header: msg.col.instansi, max: 30 },
        { header: msg.col.tahun, drop: 3 },
        { header: msg.col.indikator, align: "right", drop: 2 },
        { header: msg.col.tercapai, align: "right", drop: 1 },
        { header: "Capaian", align: "right" },
        { header: "Serapan", align: "right" },
        { header: msg.col.errors, align: "right" },
        { header: msg.col.warnings, align: "right", drop: 4 },
        { header: msg.col.status, max: 50 },
      ],
      rows,
      width,
    ) + "\n"
  );
}

export function recapJson(results: OfficeResult[]) {
  return {
    kantor: results.map((r) => ({
      workbook: r.file,
      folder: r.relDir,
      status: r.status,
      alasan: r.reason ?? null,
      instansi: r.instansi ?? null,
      pemerintah_daerah: r.pemerintahDaerah ?? null,
      tahun: r.tahun ?? null,
      jumlah_indikator: r.jumlahIndikator,
      jumlah_tercapai: r.jumlahTercapai,
      capaian: r.capaian ?? null,
      serapan: r.serapan ?? null,
      errors: r.errors,
      warnings: r.warnings,
      infos: r.infos,
      dokumen: r.output ?? null,
      dokumen_tidak_ditulis: r.outputSkipped ?? null,
      keterangan_dokumen: r.outputNote ?? null,
      ...(r.cascading ? { dokumen_cascading: r.cascading.output ?? null, keterangan_cascading: r.cascading.note ?? null } : {}),
      indikator: r.indikator,
    })),
    ringkasan: {
      jumlah: results.length,
      gagal: results.filter((r) => r.status === "gagal").length,
      dengan_error: results.filter((r) => r.status === "ok" && r.errors > 0).length,
    },
  };
}

function styleHeader(ws: ExcelJS.Worksheet, widths: number[]): void {
  const header = ws.getRow(1);
  header.font = { bold: true, color: { argb: "FFFFFFFF" } };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E79" } };
  header.alignment = { vertical: "middle", wrapText: true };
  header.height = 30;
  ws.views = [{ state: "frozen", ySplit: 1 }];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: widths.length } };
}

export function recapWorkbook(results: OfficeResult[]): ExcelJS.Workbook {
  const label = labeler(results);
  const wb = new ExcelJS.Workbook();
  wb.creator = "lkip";
  const ws = wb.addWorksheet(msg.recapSheet);
  const c = msg.col;
  ws.addRow([c.no, c.folder, c.instansi, c.daerah, c.tahun, c.indikator, c.tercapai, c.capaian, c.serapan, c.errors, c.warnings, c.status, c.output]);
  results.forEach((r, i) => {
    ws.addRow([
      i + 1,
      label(r),
      r.instansi ?? null,
      r.pemerintahDaerah ?? null,
      r.tahun ?? null,
      r.status === "ok" ? r.jumlahIndikator : null,
      r.status === "ok" ? r.jumlahTercapai : null,
      asNumber(r.capaian, r.desimal),
      asNumber(r.serapan, r.desimal),
      r.status === "ok" ? r.errors : null,
      r.status === "ok" ? r.warnings : null,
      statusOf(r),
      note(r),
    ]);
  });
  styleHeader(ws, [5, 28, 28, 22, 7, 10, 10, 12, 11, 7, 11, 30, 60]);
  ws.getColumn(8).numFmt = "#,##0.00";
  ws.getColumn(9).numFmt = "#,##0.00";

  const wi = wb.addWorksheet(msg.indicatorSheet);
  wi.addRow([c.folder, c.instansi, c.tahun, c.kode, c.namaIndikator, c.satuan, c.target, c.realisasi, c.capaianIndikator, c.kategori]);
  for (const r of results) {
    for (const ind of r.indikator) {
      wi.addRow([
        label(r),
        r.instansi ?? null,
        r.tahun ?? null,
        ind.kode,
        ind.indikator,
        ind.satuan,
        numberOrText(ind.target, 4),
        numberOrText(ind.realisasi, 4),
        asNumber(ind.capaian, r.desimal),
        ind.kategori,
      ]);
    }
  }
  styleHeader(wi, [28, 28, 7, 10, 60, 10, 12, 14, 12, 16]);
  wi.getColumn(7).numFmt = "#,##0.####";
  wi.getColumn(8).numFmt = "#,##0.####";
  wi.getColumn(9).numFmt = "#,##0.00";
  wi.getColumn(5).alignment = { wrapText: true, vertical: "top" };
  return wb;
}

export async function writeRecap(file: string, results: OfficeResult[]): Promise<void> {
  const wb = recapWorkbook(results);
  wb.lastModifiedBy = XLSX_MODIFIED_BY;
  await writeAtomic(file, cleanPackage(new Uint8Array(await wb.xlsx.writeBuffer())));
}
