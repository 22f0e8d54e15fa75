// BAB III Akuntabilitas Kinerja: the rating scale and the measurement table of every PK indicator; for each sasaran the
// seven analyses of Permenpan RB 53/2014; then the budget realisation per program, kegiatan and sub kegiatan.
// Every figure is the engine's (Computed, Rincian) or a raw input of the model, formatted through the context.
import { Decimal } from "decimal.js";
import type { FileChild } from "docx";
import { belowTarget, indicatorSubject, narasiKeysOf, type NarasiJenis } from "../../engine/narasi.js";
import type { BudgetRowResult, HistoryEntry, IndicatorResult, Measured, RatingScale, SasaranResult } from "../../engine/types.js";
import { ORDINAL_RULE, QUARTER_RULE, RANGE_RULE } from "../../engine/index.js";
import { formatNumber, roundHalfUp } from "../../text/format.js";
import { capitalizeFirst, terbilangRupiah } from "../../text/terbilang.js";
import * as msg from "../../text/messages/report.js";
import { body, figureCaption, formulaLine, heading, listItem, renderText } from "../blocks.js";
import { capaianChart, serapanChart, trendChart } from "../charts.js";
import type { Ctx } from "../context.js";
import type { ProgramIndicatorResult } from "../../engine/rincian.js";
import type { Part } from "../part.js";
import { TEXT_WIDTH } from "../styles.js";
import { besaran, hasilKalimat, kurangTarget, renstraKalimat, trenKalimat } from "../wording.js";
import { captioned, dataTable, type Cell, type Column, type Row } from "../tables.js";

const CHART_WIDTH_PX = Math.round((TEXT_WIDTH.portrait / 1440) * 96 * 0.95);
const CHART_WIDTH_LANDSCAPE_PX = Math.round((TEXT_WIDTH.landscape / 1440) * 96 * 0.75);

// ------------------------------------------------------------------------------------------------------ 3.1

function scaleRows(ctx: Ctx, scale: RatingScale): Row[] {
  const n = (d: Decimal) => formatNumber(d);
  return scale.bands.map((b, i) => {
    // built-in bands only carry a lower bound: the upper one is the lower bound of the band above
    const above = i > 0 ? scale.bands[i - 1] : undefined;
    const hi = b.max ?? (scale.bawaan ? above?.min : undefined);
    const hiIncl = b.max !== undefined ? b.maxInclusive : !(above?.minInclusive ?? true);
    let text: string;
    if (b.min !== undefined && hi !== undefined) text = msg.band.between(n(b.min), b.minInclusive, n(hi), hiIncl);
    else if (b.min !== undefined) text = b.minInclusive ? msg.band.atLeast(n(b.min)) : msg.band.above(n(b.min));
    else if (hi !== undefined) text = hiIncl ? msg.band.atMost(n(hi)) : msg.band.below(n(hi));
    else text = msg.band.any;
    return { cells: [{ text: String(i + 1), align: "center" }, { text, align: "center" }, capitalizeFirst(b.kategori)] };
  });
}

function indicatorCells(ctx: Ctx, i: IndicatorResult, no: string): Cell[] {
  return [
    { text: no, align: "center" },
    `${i.kode ? `${i.kode} ` : ""}${i.indikator}`,
    { text: i.satuan ?? msg.NIHIL, align: "center" },
    { text: ctx.target(i), align: "right" },
    { text: ctx.realisasi(i), align: "right" },
    { text: ctx.capaian(i), align: "right" },
    { text: i.kategori ? capitalizeFirst(i.kategori) : msg.NIHIL, align: "center" },
  ];
}

/** The columns of a measurement table (also the standalone cascade document's, per position). */
export const MEASURE_COLUMNS: Column[] = [
  { header: msg.COL.no, weight: 6, align: "center" },
  { header: msg.COL.indikator, weight: 30 },
  { header: msg.COL.satuan, weight: 11, align: "center" },
  { header: msg.COL.target, weight: 11, align: "right" },
  { header: msg.COL.realisasi, weight: 13, align: "right" },
  { header: msg.COL.capaian, weight: 12, align: "right" },
  { header: msg.COL.kategori, weight: 17, align: "center" },
];

function measurementTable(ctx: Ctx, sasaran: readonly SasaranResult[], withGroups: boolean): ReturnType<typeof dataTable> {
  const rows: Row[] = [];
  let no = 0;
  for (const s of sasaran) {
    if (withGroups) {
      rows.push({
        kind: "group",
        cells: [
          { text: msg.sasaranRow(s.nomor, s.sasaran), span: 5 },
          { text: ctx.pct(s.capaian), align: "right" },
          { text: s.kategori ? capitalizeFirst(s.kategori) : msg.NIHIL, align: "center" },
        ],
      });
    }
    for (const i of s.indikator) rows.push({ cells: indicatorCells(ctx, i, String(++no)) });
  }
  return dataTable({ columns: MEASURE_COLUMNS, rows });
}

function capaianOrganisasi(ctx: Ctx): FileChild[] {
  const c = ctx.computed;
  const r = c.ringkasan;
  const vars = ctx.figureVars();
  const out: FileChild[] = [heading(2, `3.1 ${msg.BAB3.capaianOrganisasi}`), ...renderText(ctx.texts.text("pengukuran", vars))];
  const scaleName = msg.SCALE_NAMES[c.skala.name] ?? c.skala.name;
  out.push(
    ...captioned(
      ctx.table("3", msg.CAP.skala),
      dataTable({
        columns: [
          { header: msg.COL.no, weight: 8, align: "center" },
          { header: msg.COL.interval, weight: 52, align: "center" },
          { header: msg.COL.kategori, weight: 40 },
        ],
        rows: scaleRows(ctx, c.skala),
        width: Math.round(TEXT_WIDTH.portrait * 0.8),
      }),
      msg.sumber(msg.SUMBER.skala(scaleName)),
    ),
  );
  const rules: string[] = [msg.rumusPositif];
  if (c.indikator.some((i) => i.polaritas === "negatif")) rules.push(msg.rumusNegatif);
  if (c.indikator.some((i) => i.metode === "ordinal" || i.target?.kind === "letter")) rules.push(ORDINAL_RULE.keterangan);
  if (c.indikator.some((i) => i.target?.kind === "range")) rules.push(RANGE_RULE.keterangan);
  if (c.indikator.some((i) => i.realisasiFrom === "triwulan")) rules.push(QUARTER_RULE.keterangan);
  rules.push(msg.kategoriDibulatkan(c.desimal));
  if (c.batasCapaian) rules.push(msg.dibatasi(ctx.pct(c.batasCapaian)));
  rules.forEach((t, k) => out.push(listItem(`${k + 1}.`, t)));

  out.push(...captioned(ctx.table("3", msg.CAP.pengukuran(ctx.tahun)), measurementTable(ctx, c.sasaran, true), msg.sumber(ctx.sumberIndikator(c.sasaran.flatMap((x) => x.indikator)))));
  if (ctx.use.keterangan.length > 0) {
    out.push(body(`**${msg.keteranganJudul}**`, { keepNext: true }));
    for (const i of ctx.use.keterangan) out.push(listItem(`${i.kode ?? i.indikator}:`, i.pk.keterangan!.trim()));
  }
  out.push(body(msg.pengukuranRingkas(ctx.count(r.jumlahIndikator), ctx.count(r.jumlahSasaran), ctx.count(r.jumlahTercapai), ctx.pct(r.capaian), r.kategori)));
  const kategori = r.perKategori.filter((k) => k.jumlah > 0).map((k) => msg.kategoriItem(k.kategori, ctx.count(k.jumlah)));
  if (kategori.length > 0) out.push(body(msg.perKategori(kategori)));
  const notOk = c.indikator.filter((i) => i.status !== "ok");
  if (notOk.length > 0) {
    const alasan = [...new Set(notOk.map((i) => msg.STATUS[i.status] ?? i.status))].join(", ");
    out.push(body(msg.tidakTerukur(ctx.count(notOk.length), alasan)));
  }
  const chart = capaianChart(ctx, c.indikator, CHART_WIDTH_PX);
  if (chart) out.push(chart, figureCaption(ctx.figure("3", msg.GAMBAR.capaian(ctx.tahun))));
  return out;
}

// ------------------------------------------------------------------------------------------------------ 3.2

function computation(ctx: Ctx, i: IndicatorResult): string[] {
  const lines: string[] = [];
  const pct = (d: Decimal | undefined) => ctx.pct(d);
  if (i.realisasiFrom === "triwulan" && i.triwulan) {
    const nilai = i.triwulan.nilai.filter((v): v is Measured => v !== undefined).map((v) => ctx.measured(v)).join("; ");
    lines.push(msg.realisasiTriwulan(nilai, msg.AGREGASI[i.triwulan.agregasi] ?? i.triwulan.agregasi, ctx.realisasi(i)));
  }
  const persen = i.rasio?.pengali.equals(100) ?? false;
  if (i.rasio && i.rasio.nilai) {
    const pengali = persen ? "100%" : formatNumber(i.rasio.pengali);
    const hasil = persen ? pct(i.rasio.nilai) : ctx.withUnit(ctx.num(i.rasio.nilai), i.satuan);
    lines.push(msg.realisasiRasio(formatNumber(i.rasio.pembilang), formatNumber(i.rasio.penyebut), pengali, hasil));
  }
  if (i.status !== "ok") return lines;
  const target = ctx.target(i);
  const realisasi = ctx.realisasi(i);
  const hasil = pct(i.capaian);
  if (i.metode === "positif" && i.rasio && i.targetJumlah && i.realisasiFrom === "rasio") {
    // the target count (12 % of 125.326 persons = 15.039,12) is never printed: persons carry no decimals
    const targetRasio = persen ? ctx.withUnit(target, "%") : `${target} / ${formatNumber(i.rasio.pengali)}`;
    lines.push(msg.capaianRasio(formatNumber(i.rasio.pembilang), targetRasio, formatNumber(i.rasio.penyebut), hasil));
  } else if (i.metode === "positif") lines.push(msg.capaianPositif(realisasi, target, hasil));
  else if (i.metode === "negatif") lines.push(msg.capaianNegatif(target, realisasi, hasil));
  else if (i.metode === "ordinal") lines.push(msg.capaianOrdinal(realisasi, target, hasil));
  else if (i.metode === "rentang") lines.push(msg.capaianRentang(realisasi, target, hasil));
  if (i.dibatasi && ctx.computed.batasCapaian) lines.push(msg.capaianDibatasi(ctx.pct(ctx.computed.batasCapaian)));
  return lines;
}

function analysis1(ctx: Ctx, s: SasaranResult): FileChild[] {
  const out: FileChild[] = [heading(4, msg.BAB3.a1(ctx.tahun))];
  out.push(...captioned(ctx.table("3", msg.CAP.targetRealisasi(s.nomor, ctx.tahun)), measurementTable(ctx, [s], false), msg.sumber(ctx.sumberIndikator(s.indikator))));
  for (const i of s.indikator) {
    const hasil = hasilKalimat(ctx, i);
    out.push(body(hasil ?? msg.indikatorTanpaCapaian(i.indikator, msg.STATUS[i.status] ?? i.status)));
    const formula = i.iku?.formula;
    if (formula) out.push(body(`${msg.formulaLabel}: ${formula}`, { indent: 425, align: "left" }));
    for (const line of computation(ctx, i)) out.push(formulaLine(line));
  }
  out.push(...quarterTable(ctx, s));
  const narasi = ctx.texts.narasiText([`analisis sasaran ${s.nomor}`], { ...ctx.vars, nomor: String(s.nomor), sasaran: s.sasaran });
  if (narasi) out.push(...renderText(narasi));
  return out;
}

/** The quarterly realisasi of the sasaran's indicators that have any, with the annual value each gives. */
function quarterTable(ctx: Ctx, s: SasaranResult): FileChild[] {
  const ids = new Set(s.indikator.map((i) => i.index));
  const list = ctx.use.triwulan.filter((i) => ids.has(i.index));
  if (list.length === 0) return [];
  const q = (v: Measured | undefined): Cell => ({ text: v === undefined ? msg.NIHIL : ctx.measured(v), align: "right" });
  const rows: Row[] = list.map((i, n) => ({
    cells: [
      { text: String(n + 1), align: "center" },
      `${i.kode ? `${i.kode} ` : ""}${i.indikator}`,
      { text: i.satuan ?? msg.NIHIL, align: "center" },
      ...[0, 1, 2, 3].map((k) => q(i.triwulan?.nilai[k])),
      q(i.triwulan?.tahunan),
    ],
  }));
  const cara = list.map((i) => msg.triwulanCara(i.indikator, msg.AGREGASI_TABEL[i.triwulan?.agregasi ?? ""] ?? ""));
  const table = dataTable({
    columns: [
      { header: msg.COL.no, weight: 6, align: "center" },
      { header: msg.COL.indikator, weight: 29 },
      { header: msg.COL.satuan, weight: 13, align: "center" },
      ...[1, 2, 3, 4].map((n) => ({ header: msg.COL.triwulan(n), weight: 10, align: "right" as const })),
      { header: msg.COL.setahun, weight: 12, align: "right" },
    ],
    rows,
  });
  return [
    body(msg.triwulanPengantar(cara)),
    ...captioned(ctx.table("3", msg.CAP.triwulan(s.nomor, ctx.tahun)), table, msg.sumber(ctx.sumberIndikator(list))),
  ];
}

function historyRow(ctx: Ctx, h: HistoryEntry): Row {
  const cap = h.status === "ok" ? ctx.pct(h.capaian) : msg.STATUS_SEL[h.status] ?? msg.NIHIL;
  return {
    cells: [
      { text: h.tahunBerjalan ? msg.tahunBerjalan(h.tahun) : String(h.tahun), align: "center", bold: h.tahunBerjalan },
      { text: ctx.quantity(h.target), align: "right", bold: h.tahunBerjalan },
      { text: ctx.measured(h.realisasi), align: "right", bold: h.tahunBerjalan },
      { text: cap, align: "right", bold: h.tahunBerjalan },
    ],
  };
}

function analysis2(ctx: Ctx, s: SasaranResult): FileChild[] {
  const out: FileChild[] = [heading(4, msg.BAB3.a2)];
  for (const i of s.indikator) {
    const hist = i.riwayat;
    if (hist.length > 1) {
      const table = dataTable({
        columns: [
          { header: msg.COL.tahun, weight: 20, align: "center" },
          { header: `${msg.COL.target}${i.satuan ? ` (${i.satuan})` : ""}`, weight: 27, align: "right" },
          { header: `${msg.COL.realisasi}${i.satuan ? ` (${i.satuan})` : ""}`, weight: 27, align: "right" },
          { header: msg.COL.capaian, weight: 26, align: "right" },
        ],
        rows: hist.map((h) => historyRow(ctx, h)),
        width: Math.round(TEXT_WIDTH.portrait * 0.75),
      });
      out.push(...captioned(ctx.table("3", msg.CAP.riwayat(i.indikator)), table, msg.sumber(`${msg.SUMBER.gabung([ctx.sumberRenstra(), ctx.sumberIndikator([i])])}; ${msg.catatanTahunBerjalan(ctx.tahun)}`)));
    }
    const tren = trenKalimat(ctx, i, ctx.tahun);
    if (tren.length > 0) out.push(body(tren.join(" ")));
    const alasan = narasiOf(ctx, s, "tren", i);
    if (alasan) out.push(...renderText(alasan));
    const chart = trendChart(ctx, i, Math.round(CHART_WIDTH_PX * 0.85));
    if (chart) out.push(chart, figureCaption(ctx.figure("3", msg.GAMBAR.tren(i.indikator))));
  }
  return out;
}

function analysis3(ctx: Ctx, s: SasaranResult): FileChild[] {
  const out: FileChild[] = [heading(4, msg.BAB3.a3)];
  for (const i of s.indikator) {
    if (!i.iku || !i.renstra) {
      out.push(body(msg.renstraTanpaIku(i.indikator)));
      continue;
    }
    // the Renstra period only: targets of earlier years (an earlier Renstra) are history, shown in analysis (b)
    const years = ctx.tahunRenstra([i.iku]);
    const realisasiOf = (y: number) => i.riwayat.find((h) => h.tahun === y)?.realisasi;
    const table = dataTable({
      columns: [
        { header: msg.COL.uraianBaris, weight: 22 },
        ...years.map((y) => ({ header: String(y), weight: 78 / years.length, align: "right" as const })),
      ],
      rows: [
        { cells: [msg.COL.targetRenstra, ...years.map((y) => ctx.quantity(i.iku!.targets[y]))] },
        { cells: [msg.COL.realisasi, ...years.map((y) => (y <= ctx.tahun ? ctx.measured(realisasiOf(y)) : msg.NIHIL))] },
      ],
    });
    out.push(...captioned(ctx.table("3", msg.CAP.renstra(i.indikator, ctx.periodeRenstra())), table, msg.sumber(ctx.sumberRenstra())));
    const r = i.renstra;
    if (r.status === "ok") {
      out.push(
        body(
          msg.renstraKalimat(
            i.indikator,
            r.tahunAkhir,
            ctx.withUnit(ctx.quantity(r.targetAkhir), i.satuan),
            ctx.withUnit(ctx.realisasi(i), i.satuan),
            ctx.pct(r.capaian),
          ),
        ),
      );
      const gap = renstraKalimat(ctx, i);
      if (gap) out.push(body(gap));
    } else out.push(body(msg.renstraTanpa(i.indikator, msg.STATUS[r.status] ?? r.status)));
  }
  return out;
}

function analysis4(ctx: Ctx, s: SasaranResult): FileChild[] {
  const out: FileChild[] = [heading(4, msg.BAB3.a4)];
  const withStd = s.indikator.filter((i) => i.standar);
  const lain = ctx.use.standarLain.filter((x) => x.sasaranNomor === s.nomor);
  if (withStd.length === 0 && lain.length === 0) {
    out.push(body(msg.standarKosong(s.nomor)));
    return out;
  }
  const rows: Row[] = withStd.map((i, n) => ({
    cells: [
      { text: String(n + 1), align: "center" },
      i.indikator,
      { text: ctx.realisasi(i), align: "right" },
      { text: ctx.quantity(i.standar!.nilai), align: "right" },
      { text: i.standar!.status === "ok" ? ctx.pct(i.standar!.capaian) : msg.STATUS_SEL[i.standar!.status] ?? msg.NIHIL, align: "right" },
      i.standar!.sumber ?? msg.NIHIL,
    ],
  }));
  const capaianCell = (st: { status: string; capaian?: Decimal }) => (st.status === "ok" ? ctx.pct(st.capaian) : msg.STATUS_SEL[st.status] ?? msg.NIHIL);
  for (const x of lain) {
    const p = x.program!;
    rows.push({
      cells: [
        { text: String(rows.length + 1), align: "center" },
        msg.standarProgram(p.row.indikator),
        { text: ctx.quantity(p.row.realisasi), align: "right" },
        { text: ctx.quantity(x.row.standar), align: "right" },
        { text: capaianCell(x), align: "right" },
        x.row.sumber ?? msg.NIHIL,
      ],
    });
  }
  const table = dataTable({
    columns: [
      { header: msg.COL.no, weight: 6, align: "center" },
      { header: msg.COL.indikator, weight: 28 },
      { header: msg.COL.realisasi, weight: 13, align: "right" },
      { header: msg.COL.standar, weight: 11, align: "right" },
      { header: msg.COL.capaianStandar, weight: 13, align: "right" },
      { header: msg.COL.sumberStandar, weight: 29 },
    ],
    rows,
  });
  const sumberStd = [...withStd.map((i) => i.standar!.sumber), ...lain.map((x) => x.row.sumber)];
  out.push(...captioned(ctx.table("3", msg.CAP.standar(s.nomor)), table, msg.sumber(ctx.sources(sumberStd))));
  for (const i of withStd) {
    const st = i.standar!;
    if (st.status === "ok") {
      out.push(
        body(
          msg.standarKalimat(i.indikator, ctx.withUnit(ctx.realisasi(i), i.satuan), ctx.withUnit(ctx.quantity(st.nilai), i.satuan), ctx.pct(st.capaian)),
        ),
      );
    } else out.push(body(msg.standarTanpaCapaian(i.indikator, msg.STATUS[st.status] ?? st.status)));
  }
  for (const x of lain) {
    const p = x.program!;
    if (x.status === "ok") {
      out.push(
        body(msg.standarKalimat(p.row.indikator, ctx.withUnit(ctx.quantity(p.row.realisasi), p.row.satuan), ctx.withUnit(ctx.quantity(x.row.standar), p.row.satuan), ctx.pct(x.capaian))),
      );
    } else out.push(body(msg.standarTanpaCapaian(p.row.indikator, msg.STATUS[x.status] ?? x.status)));
  }
  return out;
}

/** The Narasi text of one key of a sasaran (or of one of its indicators), placeholders filled; undefined when empty. */
function narasiOf(ctx: Ctx, s: SasaranResult, jenis: NarasiJenis, i?: IndicatorResult): string | undefined {
  const k = narasiKeysOf(s).find((x) => x.jenis === jenis && x.indikator === i?.index);
  return k ? ctx.texts.narasiText(k.keys, { ...ctx.vars, nomor: String(s.nomor), sasaran: s.sasaran }) : undefined;
}

/** Indicator texts of one kind (`**IKU-4.** …`), for the indicators that have one. */
function indicatorTexts(ctx: Ctx, s: SasaranResult, jenis: NarasiJenis): string[] {
  return s.indikator.flatMap((i) => {
    const t = narasiOf(ctx, s, jenis, i);
    return t ? [msg.narasiIndikator(indicatorSubject(i), t)] : [];
  });
}

/** The kegiatan of a sasaran's programs, with a serapan. */
function kegiatanOf(ctx: Ctx, s: SasaranResult): BudgetRowResult[] {
  const ids = new Set((s.anggaran?.program ?? []).map((p) => p.index));
  return ctx.computed.anggaran.baris.filter((b) => b.level === "kegiatan" && b.programIndex !== undefined && ids.has(b.programIndex));
}

function lowestSerapan(ctx: Ctx, s: SasaranResult): BudgetRowResult | undefined {
  return kegiatanOf(ctx, s)
    .filter((b) => b.serapan !== undefined)
    .sort((a, b) => a.serapan!.comparedTo(b.serapan!))[0];
}

/** What the figures say a sasaran needs next: the yearly rise to the end target, the slowest kegiatan. */
function solusiFromFigures(ctx: Ctx, s: SasaranResult): string[] {
  const out: string[] = [];
  for (const i of s.indikator) {
    if (belowTarget(i)) {
      const gap = kurangTarget(ctx, i);
      if (gap) out.push(msg.solusiKurangTahunIni(indicatorSubject(i), gap));
    }
    const r = i.renstra;
    if (r?.perTahun !== undefined) {
      out.push(msg.solusiTutupTarget(s.nomor, i.indikator, i.polaritas === "negatif" ? "turun" : "naik", besaran(ctx, r.perTahun, i.satuan, true), r.tahunAkhir));
    }
  }
  const low = lowestSerapan(ctx, s);
  if (low && low.serapan!.lessThan(100)) out.push(msg.solusiPercepat(low.uraian, ctx.pct(low.serapan)));
  if (out.length === 0) out.push(msg.solusiPertahankan(s.nomor));
  return out;
}

/** Next year's Renstra targets against this year's realisasi. */
function langkahFromFigures(ctx: Ctx, s: SasaranResult): string[] {
  const next = ctx.tahun + 1;
  const out = s.indikator.flatMap((i) => {
    const t = i.iku?.targets[next];
    if (!t) return [];
    return [msg.langkahTargetBerikut(i.indikator, next, ctx.withUnit(ctx.quantity(t), i.satuan), ctx.withUnit(ctx.measured(i.realisasi), i.satuan))];
  });
  return out.length > 0 ? out : [msg.langkahTanpaTarget(s.nomor, next)];
}

/**
 * Analysis (e): causes, obstacles, solutions and next steps, from the office's Narasi per sasaran and per indicator.
 * Where a key is empty, the figures speak (what must rise by how much, which kegiatan lags) and only the causes are
 * marked for the office to write. Every fallback names its sasaran or indicator, so no paragraph repeats across sasaran.
 */
function analysis5(ctx: Ctx, s: SasaranResult): FileChild[] {
  const out: FileChild[] = [heading(4, msg.BAB3.a5)];
  const part = (title: string, own: string | undefined, perIndicator: string[], fallback: string[]) => {
    out.push(body(`**${title}**`, { keepNext: true }));
    if (own) out.push(...renderText(own));
    else for (const t of fallback) out.push(body(t));
    for (const t of perIndicator) out.push(body(t));
  };
  const ringkas = msg.ringkasSasaran(ctx.pct(s.capaian), msg.tercapaiDari(ctx.count(s.jumlahTercapai), ctx.count(s.jumlahIndikator)));
  part(msg.E.pendukung, narasiOf(ctx, s, "penyebab"), indicatorTexts(ctx, s, "penyebab"), [msg.placeholderPendukung(s.nomor, ringkas)]);
  const hambatIndikator = s.indikator.flatMap((i) => {
    const t = narasiOf(ctx, s, "penghambat", i);
    if (t) return [msg.narasiIndikator(indicatorSubject(i), t)];
    const gap = belowTarget(i) ? kurangTarget(ctx, i) : undefined;
    return gap ? [msg.placeholderPenghambatIndikator(indicatorSubject(i), i.indikator, gap)] : [];
  });
  part(msg.E.penghambat, narasiOf(ctx, s, "penghambat"), hambatIndikator, [msg.placeholderPenghambat(s.nomor)]);
  part(msg.E.solusi, narasiOf(ctx, s, "solusi"), indicatorTexts(ctx, s, "solusi"), solusiFromFigures(ctx, s));
  part(msg.E.langkah, narasiOf(ctx, s, "langkah"), [], langkahFromFigures(ctx, s));
  return out;
}

function budgetColumns(first: string): Column[] {
  return [
    { header: msg.COL.kode, weight: 21 },
    { header: first, weight: 33 },
    { header: msg.COL.pagu, weight: 17, align: "right" },
    { header: msg.COL.realisasiRp, weight: 17, align: "right" },
    { header: msg.COL.serapan, weight: 12, align: "right" },
  ];
}

function serapanCell(ctx: Ctx, b: { serapan?: Decimal; serapanStatus: string }): string {
  return b.serapan !== undefined ? ctx.pct(b.serapan) : msg.SERAPAN_STATUS[b.serapanStatus] ?? msg.NIHIL;
}

function analysis6(ctx: Ctx, s: SasaranResult): FileChild[] {
  const out: FileChild[] = [heading(4, msg.BAB3.a6)];
  const a = s.anggaran;
  const umum = ctx.computed.anggaran.tanpaSasaran;
  if (!a) {
    out.push(body(msg.efisiensiTanpaProgram(s.nomor)));
    if (umum.length > 0) out.push(body(msg.efisiensiTanpaSasaranProgram(s.nomor, umum.map((p) => p.uraian).join("; "))));
    return out;
  }
  const rows: Row[] = a.bagian.map((b) => ({
    cells: [b.program.kode ?? msg.NIHIL, b.program.uraian, ctx.rpCell(b.pagu), ctx.rpCell(b.realisasi), serapanCell(ctx, b)],
  }));
  rows.push({ kind: "total", cells: [{ text: msg.COL.jumlah, span: 2, align: "center" }, ctx.rpCell(a.pagu), ctx.rpCell(a.realisasi), serapanCell(ctx, a)] });
  out.push(...captioned(ctx.table("3", msg.CAP.efisiensi(s.nomor)), dataTable({ columns: budgetColumns(msg.COL.program), rows }), msg.sumber(ctx.sumberAnggaran())));
  for (const b of a.bagian.filter((x) => x.dibagi > 1)) out.push(body(msg.efisiensiBagi(b.program.uraian, ctx.count(b.dibagi))));
  const pagu = ctx.rp(a.pagu);
  const real = ctx.rp(a.realisasi);
  const ser = ctx.pct(a.serapan);
  if (a.nilai !== undefined && a.label) {
    if (a.metode === "sisa") out.push(body(msg.efisiensiSisa(s.nomor, pagu, real, ser, ctx.rp(a.sisa), ctx.pct(a.nilai), ctx.pct(a.capaian), a.label)));
    else if (a.metode === "rasio") out.push(body(msg.efisiensiRasio(s.nomor, pagu, real, ser, ctx.pct(a.capaian), ctx.pct(a.nilai), a.label)));
    else out.push(body(msg.efisiensiSelisih(s.nomor, pagu, real, ser, ctx.pct(a.capaian), ctx.num(a.nilai), a.label)));
  } else out.push(body(msg.efisiensiTanpaCapaian(s.nomor, pagu, real, ser)));
  const unit = a.biayaPerUnit;
  if (unit) {
    const ind = ctx.computed.indikator[unit.indikator]!;
    const satuan = unit.satuan ?? "";
    out.push(body(msg.biayaPerUnit(ind.indikator, real, ctx.withUnit(ctx.num(unit.jumlah), satuan), ctx.rp(roundHalfUp(unit.biaya, 0)), satuan)));
  }
  if (a.sisa !== undefined && a.sisaPersen !== undefined && a.sisa.greaterThan(0)) {
    out.push(body(msg.sisaKalimat(s.nomor, ctx.rp(a.sisa), ctx.pct(a.sisaPersen))));
    const largest = kegiatanOf(ctx, s)
      .filter((b) => b.sisa !== undefined && b.sisa.greaterThan(0))
      .sort((x, y) => y.sisa!.comparedTo(x.sisa!))[0];
    if (largest) out.push(body(msg.sisaTerbesar(largest.uraian, ctx.rp(largest.sisa))));
    const alasan = narasiOf(ctx, s, "sisa");
    if (alasan) out.push(...renderText(alasan));
    else out.push(body(msg.placeholderSisa(s.nomor, ctx.rp(a.sisa))));
  }
  return out;
}

/** Output indicators of programs and kegiatan with their capaian. */
function programIndicatorTable(ctx: Ctx, indicators: readonly ProgramIndicatorResult[], caption: string): FileChild[] {
  const rows: Row[] = indicators.map((r, n) => ({
    cells: [
      { text: String(n + 1), align: "center" },
      r.row.indikator,
      { text: r.row.satuan ?? msg.NIHIL, align: "center" },
      { text: ctx.quantity(r.row.target), align: "right" },
      { text: ctx.quantity(r.row.realisasi), align: "right" },
      { text: r.status === "ok" ? ctx.pct(r.capaian) : msg.STATUS_SEL[r.status] ?? msg.NIHIL, align: "right" },
    ],
  }));
  return captioned(ctx.table("3", caption), dataTable({ columns: targetColumns(msg.COL.indikator), rows }), msg.sumber(ctx.sumberOlahan()));
}

/** No, what is measured, satuan, target, realisasi, capaian: the program indicator and breakdown tables. */
function targetColumns(first: string): Column[] {
  return [
    { header: msg.COL.no, weight: 6, align: "center" },
    { header: first, weight: 46 },
    { header: msg.COL.satuan, weight: 10, align: "center" },
    { header: msg.COL.target, weight: 12, align: "right" },
    { header: msg.COL.realisasi, weight: 13, align: "right" },
    { header: msg.COL.capaian, weight: 13, align: "right" },
  ];
}

/**
 * The indicators no sasaran's analysis holds (see engine/usage.ts): program indicators of programs that support no
 * sasaran, and standards no indicator measures. Empty when there are none.
 */
function lainnya(ctx: Ctx, nomor: number): FileChild[] {
  const { programLain } = ctx.use;
  const standar = ctx.use.standarLain.filter((x) => x.sasaranNomor === undefined);
  if (programLain.length === 0 && standar.length === 0) return [];
  const out: FileChild[] = [heading(3, `3.2.${nomor} ${msg.BAB3.lainnya}`)];
  if (programLain.length > 0) {
    const program = [...new Set(programLain.map((r) => (r.programIndex !== undefined ? ctx.computed.anggaran.baris.find((b) => b.index === r.programIndex)?.uraian : r.row.program) ?? ""))].filter((t) => t);
    out.push(body(msg.programLainPengantar(program)));
    out.push(...programIndicatorTable(ctx, programLain, msg.CAP.programLain(ctx.tahun)));
  }
  if (standar.length > 0) {
    out.push(body(msg.standarLainPengantar));
    const rows: Row[] = standar.map((x, n) => ({
      cells: [
        { text: String(n + 1), align: "center" },
        x.row.indikator ?? x.row.kode ?? msg.NIHIL,
        { text: ctx.quantity(x.row.standar), align: "right" },
        x.row.sumber ?? msg.NIHIL,
      ],
    }));
    const table = dataTable({
      columns: [
        { header: msg.COL.no, weight: 6, align: "center" },
        { header: msg.COL.indikator, weight: 44 },
        { header: msg.COL.standar, weight: 14, align: "right" },
        { header: msg.COL.sumberStandar, weight: 36 },
      ],
      rows,
    });
    out.push(...captioned(ctx.table("3", msg.CAP.standarLain), table, msg.sumber(ctx.sources(standar.map((x) => x.row.sumber)))));
  }
  return out;
}

/** Rows of a sasaran's kegiatan table above which sub kegiatan are left to the budget table of 3.3 (very large budgets). */
const DETAIL_LIMIT = 300;

function analysis7(ctx: Ctx, s: SasaranResult): FileChild[] {
  const out: FileChild[] = [heading(4, msg.BAB3.a7)];
  const programs = s.anggaran?.program ?? [];
  const ids = new Set(programs.map((p) => p.index));
  const all = ctx.computed.anggaran.baris.filter((b) => b.level !== "program" && b.programIndex !== undefined && ids.has(b.programIndex));
  const detail = all.length > DETAIL_LIMIT ? all.filter((b) => b.level === "kegiatan") : all;
  if (programs.length > 0) {
    const kegiatan = all.filter((b) => b.level === "kegiatan").length;
    const sub = all.filter((b) => b.level === "sub kegiatan").length;
    const bagian = [msg.jumlahProgram(ctx.count(programs.length))];
    if (kegiatan > 0) bagian.push(msg.jumlahKegiatan(ctx.count(kegiatan)));
    if (sub > 0) bagian.push(msg.jumlahSub(ctx.count(sub)));
    out.push(body(msg.pendukungKalimat(bagian)));
    const rows: Row[] = [];
    for (const p of programs) {
      rows.push({ kind: "group", cells: [{ text: p.kode ?? msg.NIHIL }, p.uraian, ctx.rpCell(p.pagu), ctx.rpCell(p.realisasi), serapanCell(ctx, p)] });
      for (const b of detail.filter((d) => d.programIndex === p.index)) {
        const sub = b.level === "sub kegiatan";
        rows.push({
          cells: [
            { text: b.kode ?? msg.NIHIL, italics: sub },
            { text: b.uraian, italics: sub, indent: sub ? 283 : 0 },
            ctx.rpCell(b.pagu),
            ctx.rpCell(b.realisasi),
            serapanCell(ctx, b),
          ],
        });
      }
    }
    out.push(...captioned(ctx.table("3", msg.CAP.kegiatan(s.nomor)), dataTable({ columns: budgetColumns(msg.COL.uraian), rows }), msg.sumber(ctx.sumberAnggaran())));
    if (detail.length < all.length) out.push(body(msg.rincianDi33));
    const low = lowestSerapan(ctx, s);
    if (low) out.push(body(msg.serapanTerendahKegiatan(s.nomor, low.uraian, ctx.pct(low.serapan), ctx.rp(low.sisa))));
  } else out.push(body(msg.pendukungTanpaProgram(s.nomor)));

  const indicators = ctx.rincian.indikatorProgram.filter((r) => r.sasaranNomor === s.nomor);
  if (indicators.length > 0) out.push(...programIndicatorTable(ctx, indicators, msg.CAP.indikatorProgram(s.nomor)));

  const kode = new Set(s.indikator.map((i) => i.index));
  for (const g of ctx.rincian.ppks.filter((x) => x.indikator !== undefined && kode.has(ctx.computed.indikator[x.indikator]!.index))) {
    const ind = ctx.computed.indikator[g.indikator!]!;
    out.push(body(msg.ppksKalimat(ind.indikator)));
    const rows: Row[] = [];
    let lastGroup = "";
    let no = 0;
    for (const l of g.rows) {
      const group = [l.row.program, l.row.kegiatan].filter((t) => t).join(" — ");
      if (group && group !== lastGroup) {
        rows.push({ kind: "group", cells: [{ text: group, span: 6 }] });
        lastGroup = group;
      }
      rows.push({
        cells: [
          { text: String(++no), align: "center" },
          l.row.kategori,
          { text: l.row.satuan ?? msg.NIHIL, align: "center" },
          { text: l.row.target ? formatNumber(l.row.target.value) : msg.NIHIL, align: "right" },
          { text: l.row.realisasi ? formatNumber(l.row.realisasi.value) : msg.NIHIL, align: "right" },
          { text: ctx.pct(l.capaian), align: "right" },
        ],
      });
    }
    rows.push({
      kind: "total",
      cells: [
        { text: msg.COL.jumlah, span: 3, align: "center" },
        { text: g.jumlahTarget ? formatNumber(g.jumlahTarget) : msg.NIHIL, align: "right" },
        { text: g.jumlahRealisasi ? formatNumber(g.jumlahRealisasi) : msg.NIHIL, align: "right" },
        { text: ctx.pct(g.capaian), align: "right" },
      ],
    });
    const table = dataTable({ columns: targetColumns(msg.COL.kategoriPpks), rows });
    out.push(...captioned(ctx.table("3", msg.CAP.ppks(g.kodeIku ?? ind.kode ?? ind.indikator)), table, msg.sumber(ctx.sumberOlahan())));
    if (g.jumlahRealisasi !== undefined && g.capaian !== undefined) out.push(body(msg.ppksJumlah(formatNumber(g.jumlahRealisasi), ctx.pct(g.capaian))));
  }
  return out;
}

function analisisSasaran(ctx: Ctx, s: SasaranResult, k: number): FileChild[] {
  const programs = s.anggaran?.program.length ?? 0;
  const names = s.indikator.map((i) => i.indikator).join("; ");
  const intro =
    programs > 0
      ? msg.analisisPengantar(ctx.count(s.jumlahIndikator), names, msg.jumlahProgram(ctx.count(programs)))
      : msg.analisisPengantarTanpaProgram(ctx.count(s.jumlahIndikator), names);
  return [
    heading(3, `3.2.${k} ${msg.BAB3.sasaran(s.nomor, s.sasaran)}`),
    body(intro),
    ...analysis1(ctx, s),
    ...analysis2(ctx, s),
    ...analysis3(ctx, s),
    ...analysis4(ctx, s),
    ...analysis5(ctx, s),
    ...analysis6(ctx, s),
    ...analysis7(ctx, s),
  ];
}

// ------------------------------------------------------------------------------------------------------ 3.3

function realisasiAnggaran(ctx: Ctx): FileChild[] {
  const a = ctx.computed.anggaran;
  const t = a.total;
  const out: FileChild[] = [heading(2, `3.3 ${msg.BAB3.anggaran}`), ...renderText(ctx.texts.text("realisasi-anggaran", ctx.figureVars()))];
  const program = msg.jumlahProgram(ctx.count(a.program.length));
  out.push(
    body(
      t.paguAwal !== undefined && t.paguPerubahan !== undefined
        ? msg.anggaranKalimat(ctx.tahun, ctx.rp(t.paguAwal), ctx.rp(t.pagu), ctx.rp(t.realisasi), ctx.pct(t.serapan), program)
        : msg.anggaranKalimatTanpaAwal(ctx.tahun, ctx.rp(t.pagu), ctx.rp(t.realisasi), ctx.pct(t.serapan), program),
    ),
  );
  const rows: Row[] = a.baris.map((b) => {
    const prog = b.level === "program";
    const sub = b.level === "sub kegiatan";
    const style = { bold: prog, italics: sub };
    return {
      ...(prog ? { kind: "group" as const } : {}),
      cells: [
        { text: b.kode ?? msg.NIHIL, ...style },
        { text: b.uraian, ...style, indent: prog ? 0 : sub ? 566 : 283 },
        { text: ctx.rpCell(b.paguAwal), ...style },
        { text: ctx.rpCell(b.paguPerubahan), ...style },
        { text: ctx.rpCell(b.realisasi), ...style },
        { text: serapanCell(ctx, b), ...style },
      ],
    };
  });
  rows.push({
    kind: "total",
    cells: [
      { text: msg.COL.jumlah, span: 2, align: "center" },
      ctx.rpCell(t.paguAwal),
      ctx.rpCell(t.paguPerubahan),
      ctx.rpCell(t.realisasi),
      serapanCell(ctx, t),
    ],
  });
  const table = dataTable({
    orientation: "landscape",
    columns: [
      { header: msg.COL.kode, weight: 14 },
      { header: msg.COL.uraian, weight: 38 },
      { header: msg.COL.paguAwal, weight: 13, align: "right" },
      { header: msg.COL.paguPerubahan, weight: 13, align: "right" },
      { header: msg.COL.realisasiRp, weight: 13, align: "right" },
      { header: msg.COL.serapan, weight: 9, align: "right" },
    ],
    rows,
  });
  out.push(...captioned(ctx.table("3", msg.CAP.anggaran(ctx.tahun)), table, msg.sumber(ctx.sumberAnggaran())));
  if (t.pagu !== undefined) out.push(body(msg.terbilangKalimat(msg.terbilangPagu, ctx.rp(t.pagu), capitalizeFirst(terbilangRupiah(t.pagu)))));
  if (t.realisasi !== undefined) {
    out.push(body(msg.terbilangKalimat(msg.terbilangRealisasi, ctx.rp(t.realisasi), capitalizeFirst(terbilangRupiah(t.realisasi)))));
  }
  const withSerapan = a.program.filter((p) => p.serapan !== undefined);
  if (withSerapan.length > 1) {
    const sorted = [...withSerapan].sort((x, y) => y.serapan!.comparedTo(x.serapan!));
    const hi = sorted[0]!;
    const lo = sorted[sorted.length - 1]!;
    out.push(body(`${msg.serapanTertinggi(hi.uraian, ctx.pct(hi.serapan))}; ${msg.serapanTerendah(lo.uraian, ctx.pct(lo.serapan))}`));
  }
  if (t.sisa !== undefined && t.sisaPersen !== undefined) out.push(body(msg.sisaAnggaran(ctx.rp(t.sisa), ctx.pct(t.sisaPersen))));
  const chart = serapanChart(ctx, a.program, CHART_WIDTH_LANDSCAPE_PX);
  if (chart) out.push(chart, figureCaption(ctx.figure("3", msg.GAMBAR.serapan(ctx.tahun))));
  return out;
}

export function bab3(ctx: Ctx): Part[] {
  const vars = ctx.figureVars();
  // built in reading order: tables and figures are numbered as they are made
  const organisasi = capaianOrganisasi(ctx);
  const analyses: FileChild[] = [heading(2, `3.2 ${msg.BAB3.analisis}`), ...renderText(ctx.texts.text("analisis-sasaran", vars))];
  // the efficiency formula once, for every sasaran's analysis (f)
  if (ctx.computed.anggaran.perSasaran.length > 0) {
    analyses.push(body(msg.efisiensiPengantar(msg.EFISIENSI_RUMUS[ctx.computed.metodeEfisiensi] ?? "")));
  }
  ctx.computed.sasaran.forEach((s, k) => analyses.push(...analisisSasaran(ctx, s, k + 1)));
  analyses.push(...lainnya(ctx, ctx.computed.sasaran.length + 1));
  return [
    { children: [heading(1, msg.H.bab3), ...renderText(ctx.texts.text("akuntabilitas-kinerja", vars)), ...organisasi, ...analyses] },
    { orientation: "landscape", children: realisasiAnggaran(ctx) },
  ];
}

