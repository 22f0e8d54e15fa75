// What every section builder reads: the model, the engine's figures, the texts, and the running numbers of tables and
// figures per chapter. Also the formatting of engine values for the page — every printed number goes through
// src/text/format.ts with the office's decimals; nothing here adds, divides or rounds on its own.
import type { Logo } from "./image.js";
import { Decimal } from "decimal.js";
import type { Computed, IndicatorResult, Measured } from "../engine/types.js";
import type { Rincian } from "../engine/rincian.js";
import { reportUse, type ReportUse } from "../engine/usage.js";
import type { IkuRow, Model, Profil, Quantity } from "../model/types.js";
import { yearsWithValue } from "../engine/indicator.js";
import { formatNumber, formatPercent, formatRupiah, roundHalfUp } from "../text/format.js";
import { formatDate } from "../text/date.js";
import * as msg from "../text/messages/report.js";
import { terbilang } from "../text/terbilang.js";
import type { Signer } from "./blocks.js";
import type { Templates, Vars } from "./templates.js";

/** The most sources one "Sumber:" line names. */
const MAX_SOURCES = 3;

export interface Counter {
  chapter: string;
  n: number;
}

export class Ctx {
  readonly profil: Profil;
  readonly tahun: number;
  readonly desimal: number;
  /** "Dinas Sosial Kota Bekasi". */
  readonly instansi: string;
  readonly namaInstansi: string;
  readonly pemda: string;
  readonly warnings: string[] = [];
  private readonly tableCount = new Map<string, number>();
  private readonly figureCount = new Map<string, number>();
  /** Common placeholders of every template. */
  readonly vars: Vars;
  /** What of the supporting data the document prints, and where (the checker reports the rest). */
  readonly use: ReportUse;

  constructor(
    readonly model: Model,
    readonly computed: Computed,
    readonly rincian: Rincian,
    readonly texts: Templates,
    readonly baseDir: string,
    /** The logo given on the command line, if any (else Profil `Logo` is read). */
    readonly logo?: Logo,
  ) {
    this.profil = model.profil ?? { entries: {}, isiCells: {} };
    this.tahun = computed.tahun!;
    this.desimal = computed.desimal;
    this.namaInstansi = this.profil.namaInstansi?.trim() ?? "";
    this.pemda = this.profil.pemerintahDaerah?.trim() ?? "";
    this.instansi = [this.namaInstansi, this.pemda].filter((s) => s !== "").join(" ");
    this.vars = this.baseVars();
    this.use = reportUse(model, computed, rincian);
  }

  private baseVars(): Vars {
    const p = this.profil;
    return {
      instansi: this.instansi,
      nama_instansi: this.namaInstansi,
      pemda: this.pemda,
      tahun: String(this.tahun),
      tahun_lalu: String(this.tahun - 1),
      tahun_depan: String(this.tahun + 1),
      periode_renstra: this.periodeRenstra(),
      kepala_daerah: this.jabatanAtasan(),
      pihak_kedua: msg.pihakKedua(this.namaAtasan(), this.jabatanAtasan()),
      nama_kepala: p.namaKepala ?? "",
      jabatan_kepala: this.jabatanKepala(),
      pangkat_kepala: p.pangkatKepala ?? "",
      nip_kepala: p.nipKepala ?? "",
      tempat: p.tempat ?? this.pemda,
      tanggal: this.tanggal(),
      alamat: p.alamat ?? msg.isiProfil("Alamat"),
      visi: p.visi ?? msg.isiProfil("Visi"),
      misi: p.misi ?? msg.isiProfil("Misi"),
      tugas: p.tugas ?? msg.isiProfil("Tugas"),
      fungsi: p.fungsi ?? msg.isiProfil("Fungsi"),
    };
  }

  /** The figure-bearing placeholders (Ikhtisar, BAB IV, sumber daya): counts in words, percentages, rupiah. */
  figureVars(): Vars {
    const c = this.computed;
    const r = c.ringkasan;
    const t = c.anggaran.total;
    const levels = (lv: string) => c.anggaran.baris.filter((b) => b.level === lv).length;
    return {
      ...this.vars,
      jumlah_sasaran: this.count(r.jumlahSasaran),
      jumlah_indikator: this.count(r.jumlahIndikator),
      jumlah_diukur: this.count(r.jumlahDiukur),
      jumlah_tercapai: this.count(r.jumlahTercapai),
      capaian: this.pct(r.capaian),
      kategori: r.kategori ?? msg.NIHIL,
      skala: msg.SCALE_NAMES[c.skala.name] ?? c.skala.name,
      pagu_awal: this.rp(t.paguAwal),
      pagu: this.rp(t.pagu),
      realisasi_anggaran: this.rp(t.realisasi),
      serapan: this.pct(t.serapan),
      sisa_anggaran: this.rp(t.sisa),
      jumlah_program: this.count(c.anggaran.program.length),
      jumlah_kegiatan: this.count(levels("kegiatan")),
      jumlah_sub_kegiatan: this.count(levels("sub kegiatan")),
    };
  }

  /**
   * First year of the Renstra period: from Profil `Periode Renstra`, else the first IKU target year after the last year
   * with a past realisasi (earlier targets belong to an earlier period); undefined when neither is known.
   */
  awalRenstra(): number | undefined {
    const p = /^\s*(\d{4})\b/.exec(this.profil.periodeRenstra ?? "");
    if (p) return Number(p[1]);
    const rows = this.model.iku?.rows ?? [];
    const past = rows.flatMap((r) => yearsWithValue(r.realisasi));
    const last = past.length > 0 ? Math.max(...past) : undefined;
    const after = rows.flatMap((r) => yearsWithValue(r.targets)).filter((y) => last === undefined || y > last);
    return after.length > 0 ? Math.min(...after) : undefined;
  }

  /** The years of the Renstra period that hold a target, ascending, over the given IKU rows. */
  tahunRenstra(rows: readonly IkuRow[] = this.model.iku?.rows ?? []): number[] {
    const awal = this.awalRenstra();
    const years = rows.flatMap((r) => yearsWithValue(r.targets)).filter((y) => awal === undefined || y >= awal);
    return [...new Set(years)].sort((a, b) => a - b);
  }

  periodeRenstra(): string {
    const p = this.profil.periodeRenstra?.trim();
    if (p) return p.replace(/\s*[-–]\s*/, "–");
    const years = this.tahunRenstra();
    return years.length > 0 ? `${years[0]}–${years[years.length - 1]}` : String(this.tahun);
  }

  jabatanKepala(): string {
    return this.profil.jabatanKepala?.trim() || msg.jabatanKepalaBawaan(this.instansi);
  }

  /** The official the head of office signs the PK with: Profil `Jabatan Kepala Daerah` (or `Jabatan Atasan`), else
   *  derived from the region's name (Wali Kota / Bupati / Gubernur). */
  jabatanAtasan(): string {
    const p = this.profil;
    return (p.jabatanKepalaDaerah ?? p.entries["jabatanatasan"]?.text)?.trim() || msg.jabatanKepalaDaerah(this.pemda);
  }

  namaAtasan(): string | undefined {
    const p = this.profil;
    return (p.namaKepalaDaerah ?? p.entries["namaatasan"]?.text)?.trim() || undefined;
  }

  nipAtasan(): string | undefined {
    const e = this.profil.entries;
    return (e["nipatasan"]?.text ?? e["nipkepaladaerah"]?.text)?.trim() || undefined;
  }

  /** The head of office's signature block: place and date of signing, office, name, rank, NIP. By default the report's
   *  own place and date; the PK passes its own. */
  kepalaSigner(label?: string, when: { tempat: string; tanggal: string } = { tempat: this.vars.tempat ?? this.pemda, tanggal: this.tanggal() }): Signer {
    const p = this.profil;
    return {
      tempatTanggal: msg.kataPengantarPenutup(when.tempat, when.tanggal),
      ...(label ? { label } : {}),
      jabatan: this.jabatanKepala(),
      ...(p.namaKepala ? { nama: p.namaKepala } : {}),
      ...(p.pangkatKepala ? { pangkat: p.pangkatKepala } : {}),
      ...(p.nipKepala ? { nip: p.nipKepala } : {}),
    };
  }

  tanggal(): string {
    return this.dateOrPlaceholder(this.profil.tanggal, msg.tanggalKosong);
  }

  /** Where the PK was signed: Profil `Tempat PK`, else `Tempat`, else the region. */
  tempatPk(): string {
    return this.profil.tempatPk?.trim() || (this.vars.tempat ?? this.pemda);
  }

  /** A Profil date as `6 Januari 2025`; a visible placeholder when it is missing — never blank, never today. */
  dateOrPlaceholder(t: string | undefined, placeholder: string): string {
    if (!t) return placeholder;
    try {
      return formatDate(t);
    } catch {
      return t;
    }
  }

  // ------------------------------------------------------------------ sources ("Sumber: …" lines)

  sumberRenstra(): string {
    return msg.SUMBER.renstra(this.instansi, this.periodeRenstra());
  }

  sumberPk(): string {
    return msg.SUMBER.pk(this.instansi, this.tahun);
  }

  sumberAnggaran(): string {
    return msg.SUMBER.anggaran(this.instansi, this.tahun);
  }

  /** The office's own processed data: where a table's figures have no source of their own. */
  sumberOlahan(): string {
    return msg.SUMBER.olahan(this.instansi, this.tahun);
  }

  /**
   * The sources of the indicators' figures: each PK row's `Sumber Data` (e.g. "BPS Kota Bekasi (angka sementara)"), and
   * the office's own data for those without one. A table of many sources names the office's data; the tables per
   * sasaran name each.
   */
  sumberIndikator(indicators: readonly IndicatorResult[]): string {
    return this.sources(indicators.map((i) => i.pk.sumberData));
  }

  /** Given sources, each once, in order; the office's own data for a blank one; that alone past `MAX_SOURCES`. */
  sources(given: readonly (string | undefined)[]): string {
    const out: string[] = [];
    for (const g of given) {
      const s = g?.trim() || this.sumberOlahan();
      if (!out.includes(s)) out.push(s);
    }
    if (out.length === 0 || out.length > MAX_SOURCES) return this.sumberOlahan();
    return msg.SUMBER.gabung(out);
  }

  // ------------------------------------------------------------------ numbering

  table(chapter: string, title: string): string {
    const n = (this.tableCount.get(chapter) ?? 0) + 1;
    this.tableCount.set(chapter, n);
    return `${msg.tabelLabel(`${chapter}.${n}`)} ${title}`;
  }

  figure(chapter: string, title: string): string {
    const n = (this.figureCount.get(chapter) ?? 0) + 1;
    this.figureCount.set(chapter, n);
    return `${msg.gambarLabel(`${chapter}.${n}`)} ${title}`;
  }

  // ------------------------------------------------------------------ values

  pct(d: Decimal | undefined): string {
    return d === undefined ? msg.NIHIL : formatPercent(d, this.desimal);
  }

  rp(d: Decimal | undefined): string {
    return d === undefined ? msg.NIHIL : formatRupiah(d);
  }

  /** Rupiah in a table whose header says "(Rp)": the digits without the prefix. */
  rpCell(d: Decimal | undefined): string {
    return d === undefined ? msg.NIHIL : formatRupiah(d).replace(/^(-?)Rp /, "$1");
  }

  /** A number as written, or at the office's decimals when it carries more (computed ratios, averages). */
  num(d: Decimal | undefined): string {
    if (d === undefined) return msg.NIHIL;
    return d.decimalPlaces() > this.desimal ? formatNumber(d, this.desimal) : formatNumber(d);
  }

  /** `4 (empat)`. */
  count(n: number): string {
    return msg.hitungan(n, terbilang(n));
  }

  quantity(q: Quantity | undefined): string {
    if (!q) return msg.NIHIL;
    if (q.kind === "num") return this.num(q.value);
    if (q.kind === "range") return `${formatNumber(q.lo, q.decimals)}–${formatNumber(q.hi, q.decimals)}`;
    return q.letter.toUpperCase();
  }

  measured(m: Measured | undefined): string {
    if (m === undefined) return msg.NIHIL;
    return Decimal.isDecimal(m) ? this.num(m as Decimal) : (m as { letter: string }).letter;
  }

  /** A value with its unit, for sentences: `12%`, `10.928 KK`, `BB`. */
  withUnit(text: string, satuan: string | undefined): string {
    if (text === msg.NIHIL) return text;
    const s = satuan?.trim() ?? "";
    if (s === "" || /^(predikat|nilai huruf|mutu|huruf)$/i.test(s)) return text;
    if (s === "%" || /^persen$/i.test(s)) return `${text}%`;
    return `${text} ${s}`;
  }

  target(i: IndicatorResult): string {
    return this.quantity(i.target);
  }

  realisasi(i: IndicatorResult): string {
    return this.measured(i.realisasi);
  }

  /** Capaian for a table cell: the percentage, or a short word for why there is none. */
  capaian(i: IndicatorResult): string {
    return i.status === "ok" ? this.pct(i.capaian) : msg.STATUS_SEL[i.status] ?? msg.NIHIL;
  }

  /** A Decimal to a chart value: rounded half-up at the office's decimals (format.ts), as a number. */
  chartValue(d: Decimal | undefined): number | null {
    if (d === undefined) return null;
    return roundHalfUp(d, this.desimal).toNumber();
  }
}
