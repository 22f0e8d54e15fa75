// One PK indicator: target, realisasi, capaian, kategori, and the comparisons of the seven analyses
// (history, Renstra end target, standard).
import { Decimal } from "decimal.js";
import type { IkuRow, PkRow, Polarity, Quantity, StandarRow } from "../model/types.js";
import { measureCapaian } from "./capaian.js";
import { roundHalfUp } from "./decimal.js";
import { matchStandar } from "./match.js";
import { ratioMultiplier } from "./multiplier.js";
import { normalizeLetter } from "./ordinal.js";
import { chooseRealisasi } from "./realisasi.js";
import { kategori } from "./scales.js";
import type {
  CapaianOutcome,
  HistoryEntry,
  IndicatorResult,
  Measured,
  RatingScale,
  RenstraProgress,
  StandardComparison,
  YearChange,
} from "./types.js";

export interface IndicatorContext {
  tahun?: number;
  desimal: number;
  scale: RatingScale;
  cap?: Decimal;
  standar: readonly StandarRow[];
}

/** Years of a `Record<number, …>` that hold a value, ascending. */
export function yearsWithValue(rec: Record<number, Quantity | undefined>): number[] {
  return Object.keys(rec)
    .map(Number)
    .filter((y) => Number.isInteger(y) && rec[y] !== undefined)
    .sort((a, b) => a - b);
}

function history(
  iku: IkuRow | undefined,
  tahun: number | undefined,
  polaritas: Polarity,
  satuan: string | undefined,
  current: Omit<HistoryEntry, "tahun" | "tahunBerjalan"> | undefined,
): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  if (iku) {
    const years = new Set([...yearsWithValue(iku.targets), ...yearsWithValue(iku.realisasi)]);
    for (const y of [...years].sort((a, b) => a - b)) {
      if (tahun !== undefined && y >= tahun) continue;
      const target = iku.targets[y];
      const realisasi = iku.realisasi[y];
      // a past year without a realisasi is a plan, not history
      if (realisasi === undefined) continue;
      const m = measureCapaian(target, realisasi, polaritas, satuan);
      const realisasiValue: Measured | undefined =
        realisasi.kind === "num" ? realisasi.value : realisasi.kind === "letter" ? { letter: normalizeLetter(realisasi.letter) } : undefined;
      out.push({
        tahun: y,
        ...(target ? { target } : {}),
        ...(realisasiValue !== undefined ? { realisasi: realisasiValue } : {}),
        realisasiSource: realisasi.src,
        ...(m.capaian ? { capaian: m.capaian } : {}),
        status: m.status,
        tahunBerjalan: false,
      });
    }
  }
  if (tahun !== undefined && current) out.push({ tahun, ...current, tahunBerjalan: true });
  return out;
}

function renstra(
  iku: IkuRow | undefined,
  realisasi: Measured | undefined,
  polaritas: Polarity,
  satuan: string | undefined,
  tahun: number | undefined,
): RenstraProgress | undefined {
  if (!iku) return undefined;
  const years = yearsWithValue(iku.targets);
  const tahunAkhir = years[years.length - 1];
  if (tahunAkhir === undefined) return undefined;
  const targetAkhir = iku.targets[tahunAkhir]!;
  const m = measureCapaian(targetAkhir, realisasi, polaritas, satuan);
  const sisaTahun = tahun !== undefined ? Math.max(0, tahunAkhir - tahun) : 0;
  let kurang: Decimal | undefined;
  if (targetAkhir.kind === "num" && realisasi !== undefined && Decimal.isDecimal(realisasi)) {
    const r = realisasi as Decimal;
    kurang = polaritas === "negatif" ? r.minus(targetAkhir.value) : targetAkhir.value.minus(r);
  }
  const perTahun = kurang !== undefined && kurang.greaterThan(0) && sisaTahun > 0 ? kurang.dividedBy(sisaTahun) : undefined;
  return {
    tahunAkhir,
    targetAkhir,
    ...(m.capaian ? { capaian: m.capaian } : {}),
    status: m.status,
    ...(kurang !== undefined ? { kurang } : {}),
    sisaTahun,
    ...(perTahun ? { perTahun } : {}),
  };
}

/** This year's numeric realisasi against each earlier year's, latest first. */
function changes(riwayat: readonly HistoryEntry[]): YearChange[] {
  const now = riwayat.find((h) => h.tahunBerjalan)?.realisasi;
  if (now === undefined || !Decimal.isDecimal(now)) return [];
  const r = now as Decimal;
  return riwayat
    .filter((h) => !h.tahunBerjalan && h.realisasi !== undefined && Decimal.isDecimal(h.realisasi))
    .map((h) => {
      const dari = h.realisasi as Decimal;
      const selisih = r.minus(dari);
      return { tahun: h.tahun, dari, selisih, ...(dari.isZero() ? {} : { persen: selisih.dividedBy(dari.abs()).times(100) }) };
    })
    .reverse();
}

function standard(
  pk: PkRow,
  iku: IkuRow | undefined,
  rows: readonly StandarRow[],
  realisasi: Measured | undefined,
  polaritas: Polarity,
  satuan: string | undefined,
): StandardComparison | undefined {
  const match = matchStandar(pk, iku, rows);
  if (!match) return undefined;
  const m = measureCapaian(match.row.standar, realisasi, polaritas, satuan);
  return {
    row: match.row,
    nilai: match.row.standar,
    ...(match.row.sumber ? { sumber: match.row.sumber } : {}),
    ...(m.capaian ? { capaian: m.capaian } : {}),
    status: m.status,
    cocok: match.by,
  };
}

/** Computes one PK indicator. `iku` is its matched IKU row; `sasaran` / `sasaranNomor` its group. */
export function computeIndicator(
  pk: PkRow,
  index: number,
  match: { row: IkuRow; by: "kode" | "teks" } | undefined,
  sasaran: { text: string; nomor: number },
  ctx: IndicatorContext,
): IndicatorResult {
  const iku = match?.row;
  const satuan = pk.satuan ?? iku?.satuan;
  const polaritas: Polarity = pk.polaritas ?? iku?.polaritas ?? "positif";
  const polaritasSumber = pk.polaritas ? "pk" : iku ? "iku" : "bawaan";

  const ikuTarget = ctx.tahun !== undefined ? iku?.targets[ctx.tahun] : undefined;
  const target = pk.target ?? ikuTarget;
  const targetSource = pk.target ? "pk" : ikuTarget ? "iku" : undefined;

  const choice = chooseRealisasi(pk, satuan, ratioMultiplier(satuan, iku?.formula));
  const targetJumlah =
    choice.rasio && target?.kind === "num"
      ? target.value.times(choice.rasio.penyebut).dividedBy(choice.rasio.pengali)
      : undefined;

  let outcome: CapaianOutcome;
  if (!target) outcome = { status: "tanpa-target" };
  else if (choice.incomparable) outcome = { status: "tidak-terbandingkan" };
  else outcome = measureCapaian(target, choice.realisasi, polaritas, satuan);

  const capaian = outcome.capaian;
  const dibatasi = capaian !== undefined && ctx.cap !== undefined && capaian.greaterThan(ctx.cap);
  const capaianDipakai = dibatasi ? ctx.cap : capaian;

  const current = {
    ...(target ? { target } : {}),
    ...(choice.realisasi !== undefined ? { realisasi: choice.realisasi } : {}),
    ...(choice.source && choice.cells.length === 1 ? { realisasiSource: choice.source } : {}),
    ...(capaian ? { capaian } : {}),
    status: outcome.status,
  };
  const std = standard(pk, iku, ctx.standar, choice.realisasi, polaritas, satuan);
  const ren = renstra(iku, choice.realisasi, polaritas, satuan, ctx.tahun);
  const riwayat = history(iku, ctx.tahun, polaritas, satuan, current);

  return {
    index,
    ...(pk.kode !== undefined ? { kode: pk.kode } : iku?.kode !== undefined ? { kode: iku.kode } : {}),
    sasaran: sasaran.text,
    sasaranNomor: sasaran.nomor,
    indikator: pk.indikator,
    ...(satuan !== undefined ? { satuan } : {}),
    polaritas,
    polaritasSumber,
    pk,
    ...(iku ? { iku, ikuCocok: match!.by } : {}),
    ...(target ? { target } : {}),
    ...(targetSource ? { targetSource } : {}),
    ...(targetJumlah ? { targetJumlah } : {}),
    ...(choice.realisasi !== undefined ? { realisasi: choice.realisasi } : {}),
    ...(choice.source ? { realisasiSource: choice.source } : {}),
    realisasiCells: choice.cells,
    ...(choice.from ? { realisasiFrom: choice.from } : {}),
    ...(choice.rasio ? { rasio: choice.rasio } : {}),
    ...(choice.triwulan?.tahunan !== undefined ? { realisasiTriwulan: choice.triwulan.tahunan } : {}),
    ...(choice.triwulan ? { triwulan: choice.triwulan } : {}),
    ...(capaian ? { capaian } : {}),
    ...(capaianDipakai ? { capaianDipakai } : {}),
    dibatasi,
    ...(outcome.metode ? { metode: outcome.metode } : {}),
    status: outcome.status,
    ...(capaianDipakai ? { kategori: kategori(ctx.scale, roundHalfUp(capaianDipakai, ctx.desimal)) } : {}),
    ...(capaian ? { tercapai: roundHalfUp(capaian, ctx.desimal).greaterThanOrEqualTo(100) } : {}),
    ...(iku?.kondisiAwal ? { kondisiAwal: iku.kondisiAwal } : {}),
    riwayat,
    perubahan: changes(riwayat),
    ...(ren ? { renstra: ren } : {}),
    ...(std ? { standar: std } : {}),
  };
}
