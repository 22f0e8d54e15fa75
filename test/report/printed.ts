// Shared by the two rendering tests: what a rendered example must show of its workbook, derived from the workbook
// itself — every Standar row and program indicator, every PK Keterangan, a quarterly table with the quarters' values
// where the PK holds them, and the capaian of each past year that has a target.
import { spawnSync } from "node:child_process";
import { Decimal } from "decimal.js";
import { expect } from "vitest";
import { computeLkip } from "../../src/engine/index.js";
import { formatNumber, formatPercent } from "../../src/text/format.js";
import * as msg from "../../src/text/messages/report.js";
import { readWorkbook } from "../../src/read.js";

/** The PDF's text in reading order (cell by cell for tables), every run of white space one space. */
export function pdfReadingText(pdf: string): string {
  return spawnSync("pdftotext", ["-raw", pdf, "-"], { encoding: "utf8" }).stdout.replace(/\s+/g, " ");
}

const one = (s: string) => s.replace(/\s+/g, " ").trim();

/** Asserts that the rendered PDF shows what its workbook holds. Returns how many items were looked for, by kind. */
export async function expectWorkbookPrinted(workbook: string, pdf: string): Promise<Record<string, number>> {
  const model = await readWorkbook(workbook);
  const computed = computeLkip(model);
  const text = pdfReadingText(pdf);
  const d = computed.desimal;
  const num = (v: Decimal) => (v.decimalPlaces() > d ? formatNumber(v, d) : formatNumber(v));
  // a short message on failure (the whole text would bury it)
  const shows = (what: string, label: string) => expect(text.includes(what), `${label}: "${what}"`).toBe(true);
  const counts: Record<string, number> = { standar: 0, indikatorProgram: 0, keterangan: 0, triwulan: 0, capaianLalu: 0 };

  for (const r of model.standar?.rows ?? []) {
    const name = r.indikator ?? r.kode;
    if (!name) continue;
    shows(one(name), `Standar ${r.src.cell}`);
    counts.standar!++;
  }
  for (const r of model.indikatorProgram?.rows ?? []) {
    shows(one(r.indikator), `Indikator Program ${r.src.cell}`);
    counts.indikatorProgram!++;
  }
  for (const i of computed.indikator) {
    const ket = i.pk.keterangan?.trim();
    if (ket) {
      shows(one(ket), `Keterangan ${i.kode}`);
      counts.keterangan!++;
    }
    const tw = i.pk.triwulan;
    if (tw.some((q) => q !== undefined)) {
      shows(msg.CAP.triwulan(i.sasaranNomor, computed.tahun!), "caption");
      // the row: the four quarters, then the year's value from them
      const cells = tw.map((q) => (q?.kind === "num" ? num(q.value) : q?.kind === "letter" ? q.letter.toUpperCase() : msg.NIHIL));
      const year = i.triwulan?.tahunan;
      const annual = year === undefined ? msg.NIHIL : Decimal.isDecimal(year) ? num(year as Decimal) : (year as { letter: string }).letter;
      shows(`${cells.join(" ")} ${annual}`, `triwulan ${i.kode}`);
      counts.triwulan!++;
    }
    for (const h of i.riwayat.filter((x) => !x.tahunBerjalan && x.status === "ok")) {
      // the trend table's row of that year ends with its capaian, and the sentence names it
      const pct = formatPercent(h.capaian!, d);
      shows(msg.capaianTahun(h.tahun, pct), `capaian ${i.kode}`);
      expect(new RegExp(`${h.tahun} \\S+ \\S+ ${pct.replace(/[.%]/g, "\\$&")}`).test(text), `table row ${i.kode} ${h.tahun} ${pct}`).toBe(true);
      counts.capaianLalu!++;
    }
  }
  return counts;
}
