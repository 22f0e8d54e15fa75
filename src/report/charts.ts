// Native Word charts (ChartRun): the numbers travel inside the chart, and the labels on the bars are the document's own
// formatted figures (Indonesian notation), so a chart never shows a value the tables do not.
import { Paragraph, AlignmentType } from "docx";
import { ChartRun, type ChartPointLabel } from "docx/charts";
import type { BudgetRowResult, HistoryEntry, IndicatorResult } from "../engine/types.js";
import type { Ctx } from "./context.js";
import { COLOR, FONT } from "./styles.js";
import * as msg from "../text/messages/report.js";
import { Decimal } from "decimal.js";

const FONT_OPT = { name: FONT } as const;

/**
 * Excel's locale tag for Indonesian (LCID 0x0421). Chart number formats are written in Excel's notation; with this tag
 * Word and LibreOffice print them the Indonesian way ("12.000", "4,5") whatever the reader's own locale.
 */
const ID_LOCALE = "[$-421]";
const PERCENT_AXIS = `${ID_LOCALE}#,##0"%"`;

/**
 * The value axis format for a chart of these values: whole numbers with thousands grouped, and one or two decimals when
 * the values are small enough for the axis steps to fall between whole numbers (0,5 or 0,02). Fixed decimals, since
 * Excel's optional ones ("#,##0.##") leave a bare decimal comma after whole steps ("4,").
 */
export function axisNumberFormat(values: readonly (number | null)[]): string {
  const max = Math.max(0, ...values.filter((v): v is number => v !== null).map((v) => Math.abs(v)));
  const decimals = max >= 10 ? 0 : max >= 1 ? 1 : 2;
  return `${ID_LOCALE}#,##0${decimals > 0 ? "." + "0".repeat(decimals) : ""}`;
}
const LABEL_FONT = { size: 8, name: FONT } as const;

function chartParagraph(run: ChartRun): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 0 }, children: [run] });
}

function labels(texts: (string | undefined)[]): (ChartPointLabel | false)[] {
  return texts.map((t) => (t === undefined ? false : { text: t, position: "outsideEnd" as const, font: LABEL_FONT }));
}

/** Capaian per indicator (columns) against the 100% line. Only indicators with a capaian are drawn. */
export function capaianChart(ctx: Ctx, indicators: readonly IndicatorResult[], width: number): Paragraph | undefined {
  const ok = indicators.filter((i) => i.status === "ok" && i.capaian !== undefined);
  if (ok.length === 0) return undefined;
  const categories = ok.map((i, n) => i.kode ?? String(n + 1));
  return chartParagraph(
    new ChartRun({
      type: "column",
      font: FONT_OPT,
      categories,
      series: [
        {
          name: msg.COL.capaian,
          values: ok.map((i) => ctx.chartValue(i.capaian)),
          color: COLOR.chart[0],
          pointLabels: labels(ok.map((i) => ctx.pct(i.capaian))),
        },
        {
          name: msg.COL.target,
          type: "line",
          values: ok.map(() => 100),
          color: COLOR.chart[1],
          markers: false,
          dataLabels: false,
        },
      ],
      valueAxis: { minimum: 0, numberFormat: PERCENT_AXIS, font: { size: 8 } },
      categoryAxis: { font: { size: 8 } },
      legend: { position: "bottom", font: { size: 8 } },
      gapWidth: 80,
      transformation: { width, height: 260 },
    }),
  );
}

function numeric(v: unknown): v is Decimal {
  return Decimal.isDecimal(v);
}

/** Target and realisasi of an indicator over the years (past years from IKU, the report year from PK). */
export function trendChart(ctx: Ctx, ind: IndicatorResult, width: number): Paragraph | undefined {
  const years = ind.riwayat.filter((h) => numeric(h.realisasi) || (h.target?.kind === "num"));
  if (years.length < 2) return undefined;
  const target = (h: HistoryEntry) => (h.target?.kind === "num" ? h.target.value : undefined);
  const real = (h: HistoryEntry) => (numeric(h.realisasi) ? h.realisasi : undefined);
  if (!years.some((h) => real(h) !== undefined)) return undefined;
  const targets = years.map((h) => ctx.chartValue(target(h)));
  const reals = years.map((h) => ctx.chartValue(real(h)));
  return chartParagraph(
    new ChartRun({
      type: "column",
      font: FONT_OPT,
      // the year's capaian under the year, where the year had a target
      categories: years.map((h) => (h.status === "ok" && h.capaian !== undefined ? msg.tahunCapaian(h.tahun, ctx.pct(h.capaian)) : String(h.tahun))),
      series: [
        {
          name: msg.COL.target,
          values: targets,
          color: COLOR.chart[0],
          pointLabels: labels(years.map((h) => (target(h) ? ctx.num(target(h)) : undefined))),
        },
        {
          name: msg.COL.realisasi,
          values: reals,
          color: COLOR.chart[1],
          pointLabels: labels(years.map((h) => (real(h) ? ctx.num(real(h)) : undefined))),
        },
      ],
      valueAxis: { minimum: 0, font: { size: 8 }, numberFormat: axisNumberFormat([...targets, ...reals]) },
      categoryAxis: { font: { size: 8 } },
      legend: { position: "bottom", font: { size: 8 } },
      gapWidth: 100,
      transformation: { width, height: 230 },
    }),
  );
}

/** Serapan per program (horizontal bars), the program's code as the category. */
export function serapanChart(ctx: Ctx, programs: readonly BudgetRowResult[], width: number): Paragraph | undefined {
  const rows = programs.filter((p) => p.serapan !== undefined);
  if (rows.length === 0) return undefined;
  return chartParagraph(
    new ChartRun({
      type: "bar",
      font: FONT_OPT,
      categories: rows.map((p) => p.kode ?? p.uraian),
      series: [
        {
          name: msg.COL.serapan,
          values: rows.map((p) => ctx.chartValue(p.serapan)),
          color: COLOR.chart[0],
          pointLabels: labels(rows.map((p) => ctx.pct(p.serapan))),
        },
      ],
      categoryAxis: { reverseOrder: true, font: { size: 8 } },
      valueAxis: {
        minimum: 0,
        ...(rows.every((p) => p.serapan!.lessThanOrEqualTo(100)) ? { maximum: 100 } : {}),
        numberFormat: PERCENT_AXIS,
        font: { size: 8 },
      },
      legend: false,
      gapWidth: 50,
      transformation: { width, height: Math.max(160, 26 * rows.length + 60) },
    }),
  );
}
