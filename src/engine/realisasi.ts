// Which realisasi an indicator is measured with: a ratio (Pembilang / Penyebut × k, k from `ratioMultiplier`), the
// Realisasi cell, or the
// quarterly values aggregated to a year — in that order of preference.
//
// A ratio wins over the Realisasi cell because the Realisasi cell of a ratio indicator is itself a rounded or hand-typed
// copy of the ratio (15,82 for 19.825 / 125.326); the checker compares the two. The Realisasi cell wins over the quarters
// (the rule); the quarterly figure is still exposed as `realisasiTriwulan` for the checker to reconcile.
import type { Decimal } from "decimal.js";
import type { PkRow, Quantity, Source } from "../model/types.js";
import { isLetter } from "./capaian.js";
import { ratioMultiplier, type RatioMultiplier } from "./multiplier.js";
import { normalizeLetter } from "./ordinal.js";
import { annualFromQuarters, defaultAggregation } from "./quarters.js";
import type { Measured, OrdinalLetter, QuarterInfo, RatioInfo, RealisasiFrom } from "./types.js";

export interface RealisasiChoice {
  realisasi?: Measured;
  /** There is a realisasi but it cannot be measured: a range in the Realisasi cell, quarters that cannot be combined. */
  incomparable?: boolean;
  from?: RealisasiFrom;
  source?: Source;
  cells: Source[];
  rasio?: RatioInfo;
  triwulan?: QuarterInfo;
}

/** Quarterly values of a PK row aggregated to a year; undefined when the row has no quarterly value. */
export function quartersOf(pk: PkRow, satuan: string | undefined): QuarterInfo | undefined {
  const quarters = pk.triwulan.slice(0, 4);
  if (!quarters.some((q) => q !== undefined)) return undefined;
  const nilai: (Measured | undefined)[] = quarters.map((q) =>
    q === undefined ? undefined : q.kind === "num" ? q.value : q.kind === "letter" ? { letter: normalizeLetter(q.letter) } : undefined,
  );
  while (nilai.length < 4) nilai.push(undefined);
  const agregasi = pk.agregasi ?? defaultAggregation(satuan);
  const present = nilai.filter((v): v is Measured => v !== undefined);
  let tahunan: Measured | undefined;
  if (present.length > 0 && present.length === quarters.filter((q) => q !== undefined).length) {
    const letters = present.filter(isLetter);
    if (letters.length === 0) tahunan = annualFromQuarters(present as Decimal[], agregasi);
    // letters can only be carried forward, never summed or averaged
    else if (letters.length === present.length && agregasi === "terakhir") tahunan = letters[letters.length - 1];
  }
  return { nilai, agregasi, agregasiBawaan: pk.agregasi === undefined, ...(tahunan !== undefined ? { tahunan } : {}) };
}

function measuredOf(q: Quantity): Measured | undefined {
  if (q.kind === "num") return q.value;
  if (q.kind === "letter") return { letter: normalizeLetter(q.letter) } satisfies OrdinalLetter;
  return undefined;
}

/** `pengali` defaults to the multiplier the satuan names (× 100 when it names none). */
export function chooseRealisasi(
  pk: PkRow,
  satuan: string | undefined,
  pengali: RatioMultiplier = ratioMultiplier(satuan),
): RealisasiChoice {
  const triwulan = quartersOf(pk, satuan);
  const base = { ...(triwulan ? { triwulan } : {}) };

  let rasio: RatioInfo | undefined;
  if (pk.pembilang && pk.penyebut) {
    const { value: pembilang } = pk.pembilang;
    const { value: penyebut } = pk.penyebut;
    const nilai = penyebut.isZero() ? undefined : pembilang.dividedBy(penyebut).times(pengali.faktor);
    rasio = { pembilang, penyebut, pengali: pengali.faktor, pengaliDari: pengali.dari, ...(nilai ? { nilai } : {}) };
    if (nilai) {
      return {
        ...base,
        rasio,
        realisasi: nilai,
        from: "rasio",
        source: pk.pembilang.src,
        cells: [pk.pembilang.src, pk.penyebut.src],
      };
    }
  }
  const withRasio = { ...base, ...(rasio ? { rasio } : {}) };

  if (pk.realisasi) {
    const m = measuredOf(pk.realisasi);
    return {
      ...withRasio,
      ...(m !== undefined ? { realisasi: m } : { incomparable: true }),
      from: "realisasi",
      source: pk.realisasi.src,
      cells: [pk.realisasi.src],
    };
  }
  if (triwulan) {
    const cells = pk.triwulan.filter((q): q is Quantity => q !== undefined).map((q) => q.src);
    const last = cells[cells.length - 1];
    if (triwulan.tahunan === undefined) {
      // quarters that cannot be combined (letters with jumlah, letters mixed with numbers, ranges): not comparable
      return { ...withRasio, incomparable: true, cells };
    }
    return {
      ...withRasio,
      realisasi: triwulan.tahunan,
      from: "triwulan",
      ...(last ? { source: last } : {}),
      cells,
    };
  }
  return { ...withRasio, cells: [] };
}
