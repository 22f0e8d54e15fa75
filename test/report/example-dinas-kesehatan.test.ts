// The second shipped example (Dinas Kesehatan Kabupaten Lembah Sari 2025) is another kind of office: it must check
// clean, measure its rates with their own multipliers (per 1.000, per 100.000), and its report must carry nothing of the
// first example office. Expected figures are computed here from the example's own numerators and denominators.
// The rendering part needs LibreOffice (soffice) and poppler (pdftotext, pdfinfo), like render.test.ts.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Decimal } from "decimal.js";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { AKB, AKI, IDL, RINCIAN_SHEET, STUNTING, TB, workbookDinasKesehatan } from "../../examples/dinas-kesehatan.js";
import { lkip } from "../helpers/cli.js";
import { entriesOffPage, pagesOf } from "../helpers/pdf.js";
import { tempDir } from "../helpers/workbook.js";
import { expectWorkbookPrinted } from "./printed.js";

const EXAMPLE = fileURLToPath(new URL("../../examples/dinas-kesehatan-kabupaten-lembah-sari-2025.xlsx", import.meta.url));

type Ratio = { pembilang: number; penyebut: number; target: number; pengali: number };
const rate = (r: Ratio) => new Decimal(r.pembilang).div(r.penyebut).times(r.pengali);
/** Indonesian notation, two decimals, by hand: 107.142857… → "107,14". */
const id2 = (d: Decimal) => {
  const [int, frac] = d.toFixed(2, Decimal.ROUND_HALF_UP).split(".");
  return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${frac}`;
};
/** Capaian of a negative-polarity indicator: (2 × target − realisasi) / target × 100. */
const negatif = (r: Ratio) => new Decimal(r.target).times(2).minus(rate(r)).div(r.target).times(100);

describe("the second example workbook", () => {
  it("is the generator's current output: no Standar sheet, the breakdown under its neutral name", async () => {
    const shipped = new ExcelJS.Workbook();
    await shipped.xlsx.readFile(EXAMPLE);
    const fresh = new ExcelJS.Workbook();
    await fresh.xlsx.load(await workbookDinasKesehatan().xlsx.writeBuffer());
    const values = (wb: ExcelJS.Workbook) =>
      Object.fromEntries(
        wb.worksheets.map((ws) => {
          const rows: Record<number, unknown> = {};
          ws.eachRow((r, n) => {
            rows[n] = r.values;
          });
          return [ws.name, rows];
        }),
      );
    // Regenerate with `npm run build && node dist/examples/generate-dinas-kesehatan.js` when this fails.
    expect(values(shipped)).toEqual(values(fresh));
    const names = shipped.worksheets.map((w) => w.name);
    expect(names).toContain(RINCIAN_SHEET);
    expect(names).not.toContain("Standar");
    expect(names).not.toContain("PPKS");
  });

  it("checks clean", () => {
    const r = lkip(["check", EXAMPLE]);
    expect(r.stdout).toContain("Tidak ada temuan");
    expect(r.code).toBe(0);
  });

  it("measures each rate with the multiplier its Satuan names", () => {
    const r = lkip(["capaian", EXAMPLE, "--format", "json"]);
    expect(r.code).toBe(0);
    type Row = { kode: string; polaritas: string; pengali: string | null; realisasi: string | null; capaian: string | null; tercapai: boolean | null };
    const json = JSON.parse(r.stdout) as { indikator: Row[] };
    const byKode = new Map(json.indikator.map((i) => [i.kode, i]));
    for (const [kode, ratio] of [["IKU-1", AKI], ["IKU-2", AKB], ["IKU-3", STUNTING], ["IKU-4", TB], ["IKU-5", IDL]] as const) {
      const i = byKode.get(kode)!;
      expect(i.pengali, kode).toBe(String(ratio.pengali));
      expect(new Decimal(i.realisasi!).toFixed(6), kode).toBe(rate(ratio).toFixed(6));
    }
    // 9 maternal deaths in 8.400 live births against 100 per 100.000: below target, not "about 200 %"
    expect(new Decimal(byKode.get("IKU-1")!.capaian!).toFixed(6)).toBe(negatif(AKI).toFixed(6));
    expect(byKode.get("IKU-1")!.tercapai).toBe(false);
    const below = json.indikator.filter((i) => i.tercapai === false);
    expect(below.length).toBeGreaterThanOrEqual(2);
    expect(json.indikator.filter((i) => i.polaritas === "negatif").length).toBeGreaterThanOrEqual(2);
  });
});

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const HAVE_TOOLS = has("soffice") && has("pdftotext") && has("pdfinfo");

describe.skipIf(!HAVE_TOOLS)("the second example rendered by LibreOffice", () => {
  let text: string;
  let pages: number;
  let wb: string;
  let pdf: string;

  beforeAll(() => {
    const dir = tempDir("lkip-dinkes-");
    wb = join(dir, "dinkes.xlsx");
    copyFileSync(EXAMPLE, wb);
    const r = lkip(["build", wb, "--pdf"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    pdf = join(dir, "LKIP-dinas-kesehatan-kabupaten-lembah-sari-2025.pdf");
    expect(existsSync(pdf)).toBe(true);
    text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
    pages = Number(/Pages:\s+(\d+)/.exec(spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout)?.[1]);
  }, 240_000);

  it("shows what the workbook holds: every program indicator, Keterangan, quarters, past capaian", async () => {
    const n = await expectWorkbookPrinted(wb, pdf);
    expect(n.standar).toBe(0); // this office has no Standar sheet
    for (const kind of ["indikatorProgram", "keterangan", "triwulan", "capaianLalu"]) expect(n[kind], kind).toBeGreaterThan(0);
  });

  it("is the report of its own office, with nothing of the first example", () => {
    expect(pages).toBeGreaterThanOrEqual(30);
    expect(text).toContain("DINAS KESEHATAN");
    expect(text).toContain("Laporan Kinerja Instansi Pemerintah Dinas Kesehatan Kabupaten Lembah Sari Tahun 2025");
    for (const foreign of [/bekasi/i, /PPKS/, /PMKS/, /PSKS/, /sosial/i, /Wali Kota/]) {
      expect(text.match(foreign)?.[0], String(foreign)).toBeUndefined();
    }
  });

  it("prints each rate per 1.000 or per 100.000 with its computation", () => {
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain(`Realisasi = 9 / 8.400 × 100.000 = ${id2(rate(AKI))} per 100.000 kelahiran hidup`);
    expect(flat).toContain(`Capaian = (2 × 100 − ${id2(rate(AKI))}) / 100 × 100% = ${id2(negatif(AKI))}%`);
    expect(flat).toContain(`Realisasi = 52 / 8.400 × 1.000 = ${id2(rate(AKB))} per 1.000 kelahiran hidup`);
    expect(flat).toContain(`Realisasi = 1.486 / 612.450 × 100.000 = ${id2(rate(TB))} per 100.000 penduduk`);
    expect(flat).toContain(`Realisasi = 7.905 / 8.230 × 100% = ${id2(rate(IDL))}%`);
    // the Renstra trend of a rate is read in its unit, never as a percentage
    expect(flat).not.toMatch(/107,14%/);
  });

  it("lists every heading, table and figure on the page LibreOffice puts it on", () => {
    const { count, wrong } = entriesOffPage(pagesOf(text, pages));
    expect(count).toBeGreaterThan(60);
    expect(wrong).toEqual([]);
  });

  it("breaks no unit mid-word in its tables' narrow Satuan columns", () => {
    const tokens = new Set(text.split(/\s+/));
    for (const unit of ["penduduk", "kelahiran", "dokumen", "indeks"]) {
      expect(text, unit).toContain(unit);
      // a unit broken at its column's edge leaves its head as a word of its own ("pendudu" above "k")
      const heads = [...tokens].filter((t) => t.length >= 3 && t.length < unit.length && unit.startsWith(t));
      expect(heads, unit).toEqual([]);
    }
  });

  it("leaves the closing words of BAB IV neither alone nor split on the report's last body page", () => {
    const pageTexts = pagesOf(text, pages);
    const closing = pageTexts.findIndex((p) => /Demikian Laporan Kinerja/.test(p));
    expect(closing).toBeGreaterThan(0);
    // the paragraph is whole on its page, and some of the steps before it are there too
    expect(pageTexts[closing]!.replace(/\s+/g, " ")).toMatch(/\d\. .* Demikian Laporan Kinerja .* tahun- ?tahun berikutnya\./);
  });
});
