// BAB II Perencanaan Kinerja: the Renstra (visi, misi, tujuan and sasaran with their indicators), the IKU with formulas
// and multi-year targets (a landscape page), the PK of the year (indicators and targets, programs and budgets), and with a
// Cascading sheet the performance cascade (sections/cascading.ts).
import type { FileChild } from "docx";
import type { IkuRow } from "../../model/types.js";
import { heading, renderText } from "../blocks.js";
import type { Ctx } from "../context.js";
import type { Part } from "../part.js";
import { cascadingSection } from "./cascading.js";
import { captioned, dataTable, sasaranIndicatorRows, type Row } from "../tables.js";
import * as msg from "../../text/messages/report.js";
import { normalizeText } from "../../engine/text.js";

/** Consecutive equal values (after normalising) as runs: [value, count]. */
function runs<T>(items: readonly T[], key: (t: T) => string): [T, number][] {
  const out: [T, number][] = [];
  for (const it of items) {
    const last = out[out.length - 1];
    if (last && normalizeText(key(last[0])) === normalizeText(key(it))) last[1]++;
    else out.push([it, 1]);
  }
  return out;
}

function tujuanSasaranTable(ctx: Ctx, rows: readonly IkuRow[]): FileChild[] {
  // rows merged down for equal Tujuan, and for equal Sasaran within a Tujuan
  const data: Row[] = [];
  let no = 0;
  for (const [first, tujuanCount] of runs(rows, (r) => r.tujuan ?? "")) {
    const start = rows.indexOf(first);
    const group = rows.slice(start, start + tujuanCount);
    no++;
    let firstInTujuan = true;
    for (const [sFirst, sasaranCount] of runs(group, (r) => r.sasaran ?? "")) {
      const sStart = group.indexOf(sFirst);
      group.slice(sStart, sStart + sasaranCount).forEach((r, k) => {
        const cells = [];
        if (firstInTujuan) {
          cells.push({ text: String(no), align: "center" as const, rowSpan: tujuanCount });
          cells.push({ text: r.tujuan ?? msg.NIHIL, rowSpan: tujuanCount });
        }
        if (k === 0) cells.push({ text: r.sasaran ?? msg.NIHIL, rowSpan: sasaranCount });
        cells.push(r.indikator);
        cells.push({ text: r.satuan ?? msg.NIHIL, align: "center" as const });
        data.push({ cells });
        firstInTujuan = false;
      });
    }
  }
  const table = dataTable({
    columns: [
      { header: msg.COL.no, weight: 6, align: "center" },
      { header: msg.COL.tujuan, weight: 27 },
      { header: msg.COL.sasaran, weight: 28 },
      { header: msg.COL.indikatorSasaran, weight: 28 },
      { header: msg.COL.satuan, weight: 11, align: "center" },
    ],
    rows: data,
  });
  return captioned(ctx.table("2", msg.CAP.tujuanSasaran(ctx.periodeRenstra())), table, msg.sumber(ctx.sumberRenstra()));
}

function ikuTable(ctx: Ctx, rows: readonly IkuRow[]): FileChild[] {
  // the Renstra period only: targets of earlier years belong to the trend tables of BAB III
  const years = ctx.tahunRenstra(rows);
  const data: Row[] = [];
  let no = 0;
  for (const [first, count] of runs(rows, (r) => r.sasaran ?? "")) {
    const start = rows.indexOf(first);
    data.push({ kind: "group", cells: [{ text: `${msg.COL.sasaran}: ${first.sasaran ?? msg.NIHIL}`, span: 5 + years.length }] });
    for (const r of rows.slice(start, start + count)) {
      no++;
      data.push({
        cells: [
          { text: String(no), align: "center" },
          `${r.kode ? `${r.kode} ` : ""}${r.indikator}`,
          r.formula ?? msg.NIHIL,
          { text: r.satuan ?? msg.NIHIL, align: "center" },
          ctx.quantity(r.kondisiAwal),
          ...years.map((y) => ctx.quantity(r.targets[y])),
        ],
      });
    }
  }
  const table = dataTable({
    orientation: "landscape",
    columns: [
      { header: msg.COL.no, weight: 4, align: "center" },
      { header: msg.COL.indikator, weight: 24 },
      { header: msg.COL.formula, weight: 28 },
      // wide enough for a rate's unit on two lines ("per 100.000" / "kelahiran hidup")
      { header: msg.COL.satuan, weight: 11, align: "center" },
      { header: msg.COL.kondisiAwal, weight: 8, align: "right" },
      ...years.map((y) => ({ header: String(y), weight: 25 / Math.max(years.length, 1), align: "right" as const })),
    ],
    headerAbove: [
      { text: msg.COL.no, rowSpan: 2 },
      { text: msg.COL.indikator, rowSpan: 2 },
      { text: msg.COL.formula, rowSpan: 2 },
      { text: msg.COL.satuan, rowSpan: 2 },
      { text: msg.COL.kondisiAwal, rowSpan: 2 },
      { text: msg.COL.targetRenstra, span: Math.max(years.length, 1) },
    ],
    header: years.map((y) => String(y)),
    rows: data,
  });
  return captioned(ctx.table("2", msg.CAP.iku(ctx.periodeRenstra())), table, msg.sumber(ctx.sumberRenstra()));
}

function pkTables(ctx: Ctx): FileChild[] {
  const t1 = dataTable({
    columns: [
      { header: msg.COL.no, weight: 6, align: "center" },
      { header: msg.COL.sasaran, weight: 34 },
      { header: msg.COL.indikator, weight: 37 },
      { header: msg.COL.satuan, weight: 11, align: "center" },
      { header: msg.COL.targetTahun(ctx.tahun), weight: 12, align: "right" },
    ],
    rows: sasaranIndicatorRows(ctx, false),
  });
  const b = ctx.computed.anggaran;
  const programRows: Row[] = b.program.map((p, n) => ({
    cells: [
      { text: String(n + 1), align: "center" },
      p.kode ?? msg.NIHIL,
      p.uraian,
      ctx.rpCell(p.paguAwal),
      ctx.rpCell(p.paguPerubahan),
    ],
  }));
  programRows.push({
    kind: "total",
    cells: [{ text: msg.COL.jumlah, span: 3, align: "center" }, ctx.rpCell(b.total.paguAwal), ctx.rpCell(b.total.paguPerubahan)],
  });
  const t2 = dataTable({
    columns: [
      { header: msg.COL.no, weight: 6, align: "center" },
      { header: msg.COL.kode, weight: 11 },
      { header: msg.COL.program, weight: 43 },
      { header: msg.COL.paguAwal, weight: 20, align: "right" },
      { header: msg.COL.paguPerubahan, weight: 20, align: "right" },
    ],
    rows: programRows,
  });
  return [
    ...captioned(ctx.table("2", msg.CAP.pkIndikator(ctx.tahun)), t1, msg.sumber(ctx.sumberPk())),
    ...captioned(ctx.table("2", msg.CAP.pkAnggaran(ctx.tahun)), t2, msg.sumber(ctx.sumberAnggaran())),
  ];
}

export function bab2(ctx: Ctx): Part[] {
  const vars = ctx.figureVars();
  const iku = ctx.model.iku?.rows ?? [];
  return [
    {
      children: [
        heading(1, msg.H.bab2),
        ...renderText(ctx.texts.text("perencanaan-kinerja", vars)),
        heading(2, `2.1 ${msg.BAB2.renstra}`),
        ...renderText(ctx.texts.text("renstra", vars)),
        heading(4, msg.BAB2.tujuanSasaran),
        ...(iku.length > 0 ? tujuanSasaranTable(ctx, iku) : []),
        // the IKU heading and its introduction end the portrait pages, so that the landscape page holds the whole IKU
        // table (with them it overflowed into a page of one group) and the Tujuan table's source line is never alone
        heading(2, `2.2 ${msg.BAB2.iku}`),
        ...renderText(ctx.texts.text("iku", vars)),
      ],
    },
    {
      orientation: "landscape",
      children: iku.length > 0 ? ikuTable(ctx, iku) : [],
    },
    // with a Cascading sheet, 2.4 follows the PK on its pages (see sections/cascading.ts)
    ...cascadingSection(ctx, "2.4", {
      children: [heading(2, `2.3 ${msg.BAB2.pk(ctx.tahun)}`), ...renderText(ctx.texts.text("perjanjian-kinerja", vars)), ...pkTables(ctx)],
    }),
  ];
}
