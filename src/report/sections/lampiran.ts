// Lampiran: the Perjanjian Kinerja as signed — the PK murni with its own date and the original budget, and the PK
// perubahan with the revised budget when the Profil dates one — (statement, indicators and targets, programs and
// budgets, two signature blocks)
// and the Formulir Pengukuran Kinerja (target, realisasi and capaian of every indicator, the budget and its realisation).
import type { Decimal } from "decimal.js";
import type { FileChild } from "docx";
import type { BudgetTotals } from "../../engine/types.js";
import { centered, heading, renderText, spacer, type Signer } from "../blocks.js";
import type { Ctx } from "../context.js";
import type { Part } from "../part.js";
import { SIZE, TEXT_WIDTH } from "../styles.js";
import { captioned, dataTable, sasaranIndicatorRows, signatureTable, type Row } from "../tables.js";
import * as msg from "../../text/messages/report.js";

function signers(ctx: Ctx, width: number, tanggal: string): FileChild {
  const nama = ctx.namaAtasan();
  const nip = ctx.nipAtasan();
  const atasan: Signer = {
    label: msg.LAMPIRAN.pihakKedua,
    jabatan: ctx.jabatanAtasan(),
    ...(nama ? { nama } : {}),
    ...(nip ? { nip } : {}),
  };
  const kepala = ctx.kepalaSigner(msg.LAMPIRAN.pihakPertama, { tempat: ctx.tempatPk(), tanggal });
  return signatureTable([atasan, kepala], width);
}

/** One PK as it was signed: the PK murni with its own date and the original budget (Pagu Awal), or the PK perubahan
 *  with its date and the revised budget. */
interface PkVersion {
  perubahan: boolean;
  /** The signing date as printed (a visible placeholder when the Profil has none). */
  tanggal: string;
  pagu: (x: Pick<BudgetTotals, "paguAwal" | "paguPerubahan" | "pagu">) => Decimal | undefined;
}

/** The PKs the office signed: the PK murni, and the PK perubahan when the Profil dates one. */
export function pkVersions(ctx: Ctx): PkVersion[] {
  const p = ctx.profil;
  const versions: PkVersion[] = [
    { perubahan: false, tanggal: ctx.dateOrPlaceholder(p.tanggalPk, msg.tanggalPkKosong), pagu: (x) => x.paguAwal ?? x.pagu },
  ];
  if (p.tanggalPkPerubahan) {
    versions.push({ perubahan: true, tanggal: ctx.dateOrPlaceholder(p.tanggalPkPerubahan, msg.tanggalPkKosong), pagu: (x) => x.paguPerubahan ?? x.pagu });
  }
  return versions;
}

function perjanjianKinerja(ctx: Ctx, v: PkVersion, nomor: number): FileChild[] {
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
    cells: [{ text: String(n + 1), align: "center" }, p.uraian, ctx.rpCell(v.pagu(p))],
  }));
  programRows.push({ kind: "total", cells: [{ text: msg.COL.jumlah, span: 2, align: "center" }, ctx.rpCell(v.pagu(b.total))] });
  const program = dataTable({
    columns: [
      { header: msg.COL.no, weight: 6, align: "center" },
      { header: msg.COL.program, weight: 66 },
      { header: msg.COL.anggaran, weight: 28, align: "right" },
    ],
    rows: programRows,
  });
  return [
    heading(2, msg.LAMPIRAN.pk(nomor, ctx.tahun, v.perubahan), { pageBreakBefore: nomor > 1 }),
    centered(msg.LAMPIRAN.pkJudul(ctx.tahun, v.perubahan), { size: SIZE.h2, after: 60 }),
    centered(ctx.instansi.toUpperCase(), { size: SIZE.h2, after: 240 }),
    ...renderText(ctx.texts.text("lampiran-pk", ctx.figureVars())),
    ...captioned(ctx.table("L", msg.CAP.lampiranPk(ctx.tahun, v.perubahan)), indikator, msg.sumber(ctx.sumberPk())),
    ...captioned(ctx.table("L", msg.CAP.lampiranPkAnggaran(ctx.tahun, v.perubahan)), program, msg.sumber(ctx.sumberAnggaran()), { keepNext: true }),
    spacer(240, { keepNext: true }),
    signers(ctx, TEXT_WIDTH.portrait, v.tanggal),
  ];
}

function formulirPengukuran(ctx: Ctx, nomor: number): FileChild[] {
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
    heading(2, msg.LAMPIRAN.fpk(nomor, ctx.tahun)),
    centered(msg.LAMPIRAN.fpkJudul, { size: SIZE.h2, after: 60 }),
    centered(`${ctx.instansi.toUpperCase()} — ${msg.LAMPIRAN.tahunLabel.toUpperCase()} ${ctx.tahun}`, { size: SIZE.body, after: 120 }),
    ...captioned(ctx.table("L", msg.CAP.fpk(ctx.tahun)), table, msg.sumber(ctx.sumberIndikator(ctx.computed.sasaran.flatMap((s) => s.indikator)))),
    ...captioned(ctx.table("L", msg.CAP.fpkAnggaran(ctx.tahun)), program, msg.sumber(ctx.sumberAnggaran()), { keepNext: true }),
    spacer(240, { keepNext: true }),
    signatureTable([undefined, ctx.kepalaSigner()], TEXT_WIDTH.landscape),
  ];
}

export function lampiran(ctx: Ctx): Part[] {
  const versions = pkVersions(ctx);
  const pk = versions.flatMap((v, i) => perjanjianKinerja(ctx, v, i + 1));
  return [
    { children: [heading(1, msg.H.lampiran), ...pk] },
    { orientation: "landscape", children: formulirPengukuran(ctx, versions.length + 1) },
  ];
}
