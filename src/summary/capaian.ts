// The measurement summary of `lkip capaian`: the JSON contract (docs/capaian.md) and the terminal tables.
import type { Computed, IndicatorResult, BudgetRowResult } from "../engine/types.js";
import type { Model } from "../model/types.js";
import { formatRupiah } from "../text/format.js";
import * as msg from "../text/messages/capaian.js";
import { renderTable } from "./text-table.js";
import { visible } from "../text/terminal.js";
import { plain, plainMeasured, plainQuantity, showMeasured, showPercent, showQuantity } from "./values.js";

const cell = (s: { sheet: string; cell: string } | undefined) => (s ? `${s.sheet}!${s.cell}` : undefined);

function indicatorJson(r: IndicatorResult) {
  return {
    kode: r.kode ?? null,
    sasaran: r.sasaran,
    sasaran_nomor: r.sasaranNomor,
    indikator: r.indikator,
    satuan: r.satuan ?? null,
    polaritas: r.polaritas,
    target: plainQuantity(r.target) ?? null,
    target_jumlah: plain(r.targetJumlah) ?? null,
    realisasi: plainMeasured(r.realisasi) ?? null,
    realisasi_dari: r.realisasiFrom ?? null,
    pembilang: plain(r.rasio?.pembilang) ?? null,
    penyebut: plain(r.rasio?.penyebut) ?? null,
    pengali: plain(r.rasio?.pengali) ?? null,
    capaian: plain(r.capaian) ?? null,
    capaian_dipakai: plain(r.capaianDipakai) ?? null,
    status: r.status,
    kategori: r.kategori ?? null,
    tercapai: r.tercapai ?? null,
    sumber: {
      target: cell(r.target?.src) ?? null,
      realisasi: cell(r.realisasiSource) ?? null,
    },
  };
}

function budgetJson(b: BudgetRowResult) {
  return {
    kode: b.kode ?? null,
    uraian: b.uraian,
    level: b.level,
    pagu_awal: plain(b.paguAwal) ?? null,
    pagu_perubahan: plain(b.paguPerubahan) ?? null,
    pagu: plain(b.pagu) ?? null,
    realisasi: plain(b.realisasi) ?? null,
    serapan: plain(b.serapan) ?? null,
    sasaran_nomor: b.sasaranNomor ?? null,
    sumber: cell(b.row.src) ?? null,
  };
}

/** The stable JSON contract of `lkip capaian --format json` (documented in docs/capaian.md). */
export function capaianJson(model: Model, c: Computed) {
  return {
    instansi: model.profil?.namaInstansi ?? null,
    pemerintah_daerah: model.profil?.pemerintahDaerah ?? null,
    tahun: c.tahun ?? null,
    skala: c.skala.name,
    desimal: c.desimal,
    indikator: c.indikator.map(indicatorJson),
    sasaran: c.sasaran.map((s) => ({
      nomor: s.nomor,
      sasaran: s.sasaran,
      capaian: plain(s.capaian) ?? null,
      kategori: s.kategori ?? null,
      jumlah_indikator: s.jumlahIndikator,
      jumlah_tercapai: s.jumlahTercapai,
      pagu: plain(s.anggaran?.pagu) ?? null,
      realisasi_anggaran: plain(s.anggaran?.realisasi) ?? null,
      serapan: plain(s.anggaran?.serapan) ?? null,
      efisiensi: plain(s.anggaran?.efisiensi) ?? null,
      efisiensi_label: s.anggaran?.label ?? null,
    })),
    ringkasan: {
      jumlah_sasaran: c.ringkasan.jumlahSasaran,
      jumlah_indikator: c.ringkasan.jumlahIndikator,
      jumlah_diukur: c.ringkasan.jumlahDiukur,
      jumlah_tercapai: c.ringkasan.jumlahTercapai,
      capaian: plain(c.ringkasan.capaian) ?? null,
      kategori: c.ringkasan.kategori ?? null,
    },
    anggaran: {
      pagu_awal: plain(c.anggaran.total.paguAwal) ?? null,
      pagu: plain(c.anggaran.total.pagu) ?? null,
      realisasi: plain(c.anggaran.total.realisasi) ?? null,
      serapan: plain(c.anggaran.total.serapan) ?? null,
      program: c.anggaran.program.map(budgetJson),
    },
    masalah: [...model.problems, ...c.problems].map((p) => ({
      rule: p.rule,
      severity: p.severity,
      sheet: p.sheet,
      cell: p.cell ?? null,
      message: p.message,
    })),
  };
}

const capaianCell = (r: IndicatorResult, d: number) => (r.status === "ok" ? showPercent(r.capaian, d) : msg.status[r.status]);

/** The terminal view: indicators grouped by sasaran, then the budget per program. */
/** The tables; `width` (a terminal's) makes them fit it, see `renderTable`. */
export function capaianText(model: Model, c: Computed, width?: number): string {
  const d = c.desimal;
  const out: string[] = [];
  out.push(visible(msg.title(model.profil?.namaInstansi, model.profil?.pemerintahDaerah, c.tahun)));
  out.push(visible(msg.scaleLine(c.skala.name)));
  out.push("");
  const rows: string[][] = [];
  for (const s of c.sasaran) {
    rows.push([`${msg.sasaranLabel} ${s.nomor}`, s.sasaran, "", "", "", showPercent(s.capaian, d), s.kategori ?? ""]);
    for (const r of s.indikator) {
      rows.push([
        r.kode ?? "",
        r.indikator,
        r.satuan ?? "",
        showQuantity(r.target),
        showMeasured(r.realisasi, d, r.realisasiFrom === "rasio" || r.realisasiFrom === "triwulan"),
        capaianCell(r, d),
        r.kategori ?? "",
      ]);
    }
  }
  out.push(
    renderTable(
      [
        { header: msg.col.kode },
        { header: msg.col.indikator, max: 56 },
        { header: msg.col.satuan, max: 10, drop: 1 },
        { header: msg.col.target, align: "right" },
        { header: msg.col.realisasi, align: "right" },
        { header: msg.col.capaian, align: "right" },
        { header: msg.col.kategori, drop: 2 },
      ],
      rows,
      width,
    ),
  );
  const r = c.ringkasan;
  out.push("");
  out.push(visible(msg.summaryLine(r.jumlahSasaran, r.jumlahIndikator, r.jumlahTercapai, r.capaian === undefined ? "-" : showPercent(r.capaian, d), r.kategori)));
  if (c.anggaran.program.length > 0) {
    out.push("");
    out.push(msg.budgetTitle);
    const t = c.anggaran.total;
    const money = (v: Parameters<typeof formatRupiah>[0] | undefined) => (v === undefined ? "-" : formatRupiah(v));
    const budgetRows = c.anggaran.program.map((p) => [p.kode ?? "", p.uraian, money(p.paguAwal), money(p.paguPerubahan), money(p.realisasi), showPercent(p.serapan, d)]);
    budgetRows.push(["", msg.totalLabel, money(t.paguAwal), money(t.paguPerubahan), money(t.realisasi), showPercent(t.serapan, d)]);
    out.push(
      renderTable(
        [
          { header: msg.col.kode },
          { header: msg.col.program, max: 48 },
          { header: msg.col.paguAwal, align: "right", drop: 1 },
          { header: msg.col.paguPerubahan, align: "right" },
          { header: msg.col.realisasi, align: "right" },
          { header: msg.col.serapan, align: "right" },
        ],
        budgetRows,
        width,
      ),
    );
  }
  return out.join("\n") + "\n";
}
