// Lampiran: the Perjanjian Kinerja form (statement, indicators and targets, programs and budgets, two signature blocks)
// and the Formulir Pengukuran Kinerja (target, realisasi and capaian of every indicator, the budget and its realisation).
import type { FileChild } from "docx";
import { centered, heading, renderText, spacer, type Signer } from "../blocks.js";
import type { Ctx } from "../context.js";
import type { Part } from "../part.js";
import { SIZE, TEXT_WIDTH } from "../styles.js";
import { captioned, dataTable, sasaranIndicatorRows, signatureTable, type Row } from "../tables.js";
import * as msg from "../../text/messages/report.js";

function signers(ctx: Ctx, width: number): FileChild {
  const nama = ctx.namaAtasan();
  const nip = ctx.nipAtasan();
  const atasan: Signer = {
    label: msg.LAMPIRAN.pihakKedua,
    jabatan: ctx.jabatanAtasan(),
    ...(nama ? { nama } : {}),
    ...(nip ? { nip } : {}),
  };
  return signatureTable([atasan, ctx.kepalaSigner(msg.LAMPIRAN.pihakPertama)], width);
}

function perjanjianKinerja(ctx: Ctx): FileChild[] {
  const b = ctx.computed.anggaran;
  const indikator = dataTable({
    columns: [
      { header: msg.COL.no, weight: 6, align: "center" },
      { header: msg.COL.sasaran, weight: 32 },
      { header: msg.COL.indikator, weight: 37 },
      { header: msg.COL.satuan, weight: 11, align: "center" },
      { header: msg.COL.target, weight: 14, align: "right" },
    ],
    rows: sasaranIndicatorRows(ctx, false),
  });
  const programRows: Row[] = b.program.map((p, n) => ({
    cells: [{ text: String(n + 1), align: "center" }, p.uraian, ctx.rpCell(p.pagu)],
  }));
  programRows.push({ kind: "total", cells: [{ text: msg.COL.jumlah, span: 2, align: "center" }, ctx.rpCell(b.total.pagu)] });
  const program = dataTable({
    columns: [
      { header: msg.COL.no, weight: 6, align: "center" },
      { header: msg.COL.program, weight: 66 },
      { header: msg.COL.anggaran, weight: 28, align: "right" },
    ],
    rows: programRows,
  });
  return [
    heading(2, msg.LAMPIRAN.pk(ctx.tahun)),
    centered(msg.LAMPIRAN.pkJudul(ctx.tahun), { size: SIZE.h2, after: 60 }),
    centered(ctx.instansi.toUpperCase(), { size: SIZE.h2, after: 240 }),
    ...renderText(ctx.texts.text("lampiran-pk", ctx.figureVars())),
    ...captioned(ctx.table("L", msg.CAP.lampiranPk(ctx.tahun)), indikator, msg.sumber(ctx.sumberPk())),
    ...captioned(ctx.table("L", msg.CAP.lampiranPkAnggaran(ctx.tahun)), program, msg.sumber(ctx.sumberAnggaran()), { keepNext: true }),
    spacer(240, { keepNext: true }),
    signers(ctx, TEXT_WIDTH.portrait),
  ];
}

function formulirPengukuran(ctx: Ctx): FileChild[] {
  const b = ctx.computed.anggaran;
  const table = dataTable({
    orientation: "landscape",
    columns: [
      { header: msg.COL.no, weight: 4, align: "center" },
      { header: msg.COL.sasaran, weight: 27 },
      { header: msg.COL.indikator, weight: 31 },
      { header: msg.COL.satuan, weight: 8, align: "center" },
      { header: msg.COL.target, weight: 10, align: "right" },
      { header: msg.COL.realisasi, weight: 10, align: "right" },
      { header: msg.COL.capaian, weight: 10, align: "right" },
    ],
    rows: sasaranIndicatorRows(ctx, true),
  });
  const programRows: Row[] = b.program.map((x, n) => ({
    cells: [
      { text: String(n + 1), align: "center" },
      x.kode ?? msg.NIHIL,
      x.uraian,
      ctx.rpCell(x.pagu),
      ctx.rpCell(x.realisasi),
      x.serapan !== undefined ? ctx.pct(x.serapan) : msg.SERAPAN_STATUS[x.serapanStatus] ?? msg.NIHIL,
    ],
  }));
  programRows.push({
    kind: "total",
    cells: [
      { text: msg.COL.jumlah, span: 3, align: "center" },
      ctx.rpCell(b.total.pagu),
      ctx.rpCell(b.total.realisasi),
      b.total.serapan !== undefined ? ctx.pct(b.total.serapan) : msg.NIHIL,
    ],
  });
  const program = dataTable({
    orientation: "landscape",
    columns: [
      { header: msg.COL.no, weight: 4, align: "center" },
      { header: msg.COL.kode, weight: 10 },
      { header: msg.COL.program, weight: 46 },
      { header: msg.COL.anggaran, weight: 15, align: "right" },
      { header: msg.COL.realisasiRp, weight: 15, align: "right" },
      { header: msg.COL.serapan, weight: 10, align: "right" },
    ],
    rows: programRows,
  });
  return [
    heading(2, msg.LAMPIRAN.fpk(ctx.tahun)),
    centered(msg.LAMPIRAN.fpkJudul, { size: SIZE.h2, after: 60 }),
    centered(`${ctx.instansi.toUpperCase()} — ${msg.LAMPIRAN.tahunLabel.toUpperCase()} ${ctx.tahun}`, { size: SIZE.body, after: 120 }),
    ...captioned(ctx.table("L", msg.CAP.fpk(ctx.tahun)), table, msg.sumber(ctx.sumberIndikator(ctx.computed.sasaran.flatMap((s) => s.indikator)))),
    ...captioned(ctx.table("L", msg.CAP.fpkAnggaran(ctx.tahun)), program, msg.sumber(ctx.sumberAnggaran()), { keepNext: true }),
    spacer(240, { keepNext: true }),
    signatureTable([undefined, ctx.kepalaSigner()], TEXT_WIDTH.landscape),
  ];
}

export function lampiran(ctx: Ctx): Part[] {
  return [
    { children: [heading(1, msg.H.lampiran), ...perjanjianKinerja(ctx)] },
    { orientation: "landscape", children: formulirPengukuran(ctx) },
  ];
}
