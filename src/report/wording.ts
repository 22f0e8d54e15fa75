// The sentences of BAB III's analysis that depend on where a figure lies: above, equal to or below the target; rising
// or falling against earlier years; the Renstra end target reached or still ahead. Each function picks the wording from
// the engine's figures and formats them through the context; nothing here computes a capaian.
import { Decimal } from "decimal.js";
import { isCountUnit, isIndexUnit, isPercentUnit } from "../engine/quarters.js";
import { normalizeLetter, ordinalRank, ordinalScaleFor } from "../engine/ordinal.js";
import type { IndicatorResult, Measured, YearChange } from "../engine/types.js";
import { roundHalfUp } from "../text/format.js";
import * as msg from "../text/messages/report.js";
import type { Ctx } from "./context.js";

/** What the wording needs of the context: formatting only. */
export type Fmt = Pick<Ctx, "pct" | "num" | "withUnit" | "measured" | "quantity" | "desimal">;

/**
 * An amount in the indicator's unit, as a size: `3,82 poin` for percentages, `279 KK`, `0,5` for an index. A count
 * still needed (`perlu`) is rounded up to whole units: 462,75 families a year means 463.
 */
export function besaran(f: Fmt, d: Decimal, satuan: string | undefined, perlu = false): string {
  const abs = d.abs();
  if (isPercentUnit(satuan)) return msg.poin(f.num(abs));
  const whole = perlu && isCountUnit(satuan) && !isIndexUnit(satuan) ? abs.ceil() : abs;
  return f.withUnit(f.num(whole), satuan);
}

function letterOf(m: Measured | undefined): string | undefined {
  return m !== undefined && !Decimal.isDecimal(m) ? (m as { letter: string }).letter : undefined;
}

function compareLetters(a: string, b: string): number | undefined {
  const scale = ordinalScaleFor([a, b]);
  const ra = ordinalRank(normalizeLetter(a), scale);
  const rb = ordinalRank(normalizeLetter(b), scale);
  return ra === undefined || rb === undefined ? undefined : Math.sign(ra - rb);
}

/** Where the realisasi lies against the target, on the printed capaian: `atas`, `sama` or `bawah`. */
export function posisi(f: Fmt, i: IndicatorResult): "atas" | "sama" | "bawah" | undefined {
  if (i.status !== "ok" || i.capaian === undefined) return undefined;
  const c = roundHalfUp(i.capaian, f.desimal).comparedTo(100);
  return c > 0 ? "atas" : c === 0 ? "sama" : "bawah";
}

/** Analysis (a): one sentence on this year's target and realisasi. */
export function hasilKalimat(f: Fmt, i: IndicatorResult): string | undefined {
  const p = posisi(f, i);
  if (!p) return undefined;
  const t = f.withUnit(f.quantity(i.target), i.satuan);
  const r = f.withUnit(f.measured(i.realisasi), i.satuan);
  const c = f.pct(i.capaian);
  const negatif = i.polaritas === "negatif";
  if (p === "sama") return msg.hasilSama(i.indikator, t, r, c, i.kategori);
  if (p === "atas") return negatif ? msg.hasilDiAtasNegatif(i.indikator, t, r, c, i.kategori) : msg.hasilDiAtas(i.indikator, t, r, c, i.kategori);
  if (letterOf(i.realisasi) !== undefined) return msg.hasilDiBawahHuruf(i.indikator, t, r, c, i.kategori);
  const gap = kurangTarget(f, i);
  return negatif
    ? msg.hasilDiBawahNegatif(i.indikator, t, r, c, gap ?? "", i.kategori)
    : msg.hasilDiBawah(i.indikator, t, r, c, gap ?? "", i.kategori);
}

/** How far the realisasi is from this year's target (numbers only), as a size in the indicator's unit. */
export function kurangTarget(f: Fmt, i: IndicatorResult): string | undefined {
  if (i.target?.kind !== "num" || i.realisasi === undefined || !Decimal.isDecimal(i.realisasi)) return undefined;
  return besaran(f, (i.realisasi as Decimal).minus(i.target.value), i.satuan);
}

function perubahanFrase(f: Fmt, i: IndicatorResult, c: YearChange): string {
  const dari = f.withUnit(f.num(c.dari), i.satuan);
  const shown = roundHalfUp(c.selisih, f.desimal);
  let size = besaran(f, c.selisih, i.satuan);
  if (!isPercentUnit(i.satuan) && c.persen !== undefined) size = msg.trenPersen(size, f.pct(c.persen.abs()));
  return shown.isPositive() ? msg.trenNaik(size, c.tahun, dari) : msg.trenTurun(size, c.tahun, dari);
}

/**
 * Analysis (b): this year against every earlier year (direction and size), the capaian of earlier years that had a
 * target, and what the direction means for a negative-polarity indicator.
 */
export function trenKalimat(f: Fmt, i: IndicatorResult, tahun: number): string[] {
  const past = i.riwayat.filter((h) => !h.tahunBerjalan && h.realisasi !== undefined);
  if (past.length === 0) return [msg.riwayatKosong(i.indikator)];
  const now = i.riwayat.find((h) => h.tahunBerjalan)?.realisasi;
  if (now === undefined) return [];
  const out: string[] = [];
  const nowLetter = letterOf(now);
  if (nowLetter !== undefined) {
    const same: number[] = [];
    const parts = [...past].reverse().flatMap((h) => {
      const l = letterOf(h.realisasi);
      const d = l === undefined ? undefined : compareLetters(nowLetter, l);
      if (d === undefined) return [];
      if (d === 0) {
        same.push(h.tahun);
        return [];
      }
      return [d > 0 ? msg.hurufNaik(h.tahun, l!) : msg.hurufTurun(h.tahun, l!)];
    });
    if (same.length > 0) parts.unshift(msg.trenTetapTahun(same));
    out.push(parts.length > 0 ? msg.trenHuruf(i.indikator, nowLetter, tahun, parts) : msg.riwayatTakTerbanding(i.indikator));
  } else if (i.perubahan.length > 0) {
    const kini = f.withUnit(f.measured(now), i.satuan);
    const same = i.perubahan.filter((c) => roundHalfUp(c.selisih, f.desimal).isZero()).map((c) => c.tahun);
    const moved = i.perubahan.filter((c) => !roundHalfUp(c.selisih, f.desimal).isZero()).map((c) => perubahanFrase(f, i, c));
    out.push(msg.trenKalimat(i.indikator, kini, tahun, same.length > 0 ? [msg.trenTetapTahun(same), ...moved] : moved));
    const last = roundHalfUp(i.perubahan[0]!.selisih, f.desimal);
    if (i.polaritas === "negatif" && !last.isZero()) out.push(last.isNegative() ? msg.trenMembaik : msg.trenMemburuk);
  } else out.push(msg.riwayatTakTerbanding(i.indikator));
  const earlier = past.filter((h) => h.status === "ok" && h.capaian !== undefined);
  if (earlier.length > 0) out.push(msg.capaianLalu(earlier.map((h) => msg.capaianTahun(h.tahun, f.pct(h.capaian)))));
  return out;
}

/** Analysis (c): the gap to the Renstra end target and the yearly improvement needed, or that it is already reached. */
export function renstraKalimat(f: Fmt, i: IndicatorResult): string | undefined {
  const r = i.renstra;
  if (!r || r.status !== "ok") return undefined;
  const kini = letterOf(i.realisasi);
  if (kini !== undefined) {
    const reached = r.capaian !== undefined && roundHalfUp(r.capaian, f.desimal).greaterThanOrEqualTo(100);
    return reached ? msg.renstraHurufSudah(r.tahunAkhir) : msg.renstraHurufBelum(kini, f.quantity(r.targetAkhir), r.tahunAkhir);
  }
  if (r.kurang === undefined) return undefined;
  const gap = roundHalfUp(r.kurang, f.desimal);
  if (gap.isZero()) return msg.renstraTepat(r.tahunAkhir);
  if (gap.isNegative()) return msg.renstraTerlampaui(r.tahunAkhir);
  const arah = i.polaritas === "negatif" ? "turun" : "naik";
  const kurang = besaran(f, r.kurang, i.satuan);
  if (r.perTahun === undefined) return msg.renstraKurangAkhir(kurang, arah);
  return msg.renstraKurang(kurang, arah, besaran(f, r.perTahun, i.satuan, true), r.sisaTahun, r.tahunAkhir);
}
