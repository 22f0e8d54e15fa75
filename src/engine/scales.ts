// Rating scales: the kategori of a capaian.
//
// Built-in scales are defined by LOWER bounds only, on exact decimals, so there are no gaps: the text "76–90 tinggi,
// ≥ 91 sangat tinggi" becomes [76, 91) tinggi, [91, ∞) sangat tinggi — 90,5 is tinggi, 90,99 is tinggi, 91 is sangat
// tinggi. `computeLkip` classifies the capaian as printed (rounded half-up at the report's decimals), so the kategori in
// the document always agrees with the figure beside it (90,996 printed as 91,00 is sangat tinggi).
//   permendagri-86-2017 (default): ≥ 91 sangat tinggi · ≥ 76 tinggi · ≥ 66 sedang · ≥ 51 rendah · else sangat rendah
//   berhasil-110:                  ≥ 110 sangat berhasil · ≥ 90 berhasil · ≥ 60 cukup berhasil · else tidak berhasil
//   berhasil-85:                   > 85 sangat berhasil · > 70 berhasil · > 55 cukup berhasil · else tidak berhasil
//
// A custom scale (`Skala` sheet, Profil `Skala Penilaian` = `kustom`) has both bounds per row, inclusive; a blank bound is
// open. Written scales often leave gaps ("76–90", "91–100") and stop at 100 while capaian goes beyond, so a value is placed:
//   1. in a band containing it (both bounds inclusive); when two contain it (a shared bound), the one with the higher lower
//      bound — a boundary belongs to the better band, as in the built-in scales;
//   2. else (in a gap, or above every band) in the band with the highest lower bound not above it — gaps close upwards,
//      exactly like the built-in half-open bands, and 131 % on a scale ending at 100 gets the top band;
//   3. else (below every band) in the lowest band.
import { Decimal } from "decimal.js";
import type { SkalaRow, Table } from "../model/types.js";
import { dec, type DecimalInput } from "./decimal.js";
import * as msg from "../text/messages/engine.js";
import { normalizeText } from "./text.js";
import type { RatingScale, ScaleBand, ScaleLookup } from "./types.js";

export const DEFAULT_SCALE = "permendagri-86-2017";

function lowerBands(kind: "gte" | "gt", bands: [string, number | undefined][]): ScaleBand[] {
  return bands.map(([kategori, min]) => ({
    kategori,
    ...(min !== undefined ? { min: new Decimal(min) } : {}),
    minInclusive: kind === "gte",
    maxInclusive: false,
  }));
}

export const BUILT_IN_SCALES: Readonly<Record<string, RatingScale>> = {
  "permendagri-86-2017": {
    name: "permendagri-86-2017",
    bawaan: true,
    bands: lowerBands("gte", [
      ["sangat tinggi", 91],
      ["tinggi", 76],
      ["sedang", 66],
      ["rendah", 51],
      ["sangat rendah", undefined],
    ]),
  },
  "berhasil-110": {
    name: "berhasil-110",
    bawaan: true,
    bands: lowerBands("gte", [
      ["sangat berhasil", 110],
      ["berhasil", 90],
      ["cukup berhasil", 60],
      ["tidak berhasil", undefined],
    ]),
  },
  "berhasil-85": {
    name: "berhasil-85",
    bawaan: true,
    bands: lowerBands("gt", [
      ["sangat berhasil", 85],
      ["berhasil", 70],
      ["cukup berhasil", 55],
      ["tidak berhasil", undefined],
    ]),
  },
};

/** Accepted spellings (normalised) of each scale name. */
const ALIASES: Record<string, string> = {
  permendagri862017: "permendagri-86-2017",
  permendagri86tahun2017: "permendagri-86-2017",
  permendagrino86tahun2017: "permendagri-86-2017",
  permendagrinomor86tahun2017: "permendagri-86-2017",
  permendagri86: "permendagri-86-2017",
  berhasil110: "berhasil-110",
  berhasil85: "berhasil-85",
  kustom: "kustom",
  custom: "kustom",
};

/** Names `getScale` accepts (canonical spellings). */
export const SCALE_NAMES: readonly string[] = [...Object.keys(BUILT_IN_SCALES), "kustom"];

/** Builds the custom scale from the `Skala` sheet; undefined when it has no usable row. */
export function customScale(skala: Table<SkalaRow> | undefined): RatingScale | undefined {
  const bands: ScaleBand[] = (skala?.rows ?? [])
    .filter((r) => r.kategori.trim() !== "" && (r.batasBawah !== undefined || r.batasAtas !== undefined))
    .map((r) => ({
      kategori: r.kategori.trim(),
      ...(r.batasBawah ? { min: r.batasBawah.value } : {}),
      minInclusive: true,
      ...(r.batasAtas ? { max: r.batasAtas.value } : {}),
      maxInclusive: true,
      row: r,
    }));
  if (bands.length === 0) return undefined;
  // highest first: by lower bound (open = −∞), then by upper bound (open = +∞)
  bands.sort((a, b) => -compareBound(a.min, b.min, -1) || -compareBound(a.max, b.max, 1));
  return { name: "kustom", bands, bawaan: false };
}

/** Compares two optional bounds, an absent one being −∞ (`open` = −1) or +∞ (`open` = 1). */
function compareBound(a: Decimal | undefined, b: Decimal | undefined, open: -1 | 1): number {
  if (a === undefined && b === undefined) return 0;
  if (a === undefined) return open;
  if (b === undefined) return -open;
  return a.comparedTo(b);
}

/**
 * The scale by name (any case / spacing: `Permendagri 86/2017`, `berhasil-110`, `kustom`…); blank means the default.
 * `kustom` needs the `Skala` sheet. An unknown name or an empty custom scale is a problem value (severity warning),
 * never a throw; the caller decides what to fall back to (`computeLkip` uses the default scale).
 */
export function getScale(name: string | undefined, skala?: Table<SkalaRow>): ScaleLookup {
  const key = normalizeText(name);
  if (key === "") return { ok: true, scale: BUILT_IN_SCALES[DEFAULT_SCALE]! };
  const canonical = ALIASES[key];
  if (canonical === "kustom") {
    const scale = customScale(skala);
    if (scale) return { ok: true, scale };
    return {
      ok: false,
      problem: {
        rule: "skala/kosong",
        severity: "warning",
        sheet: skala?.sheet ?? "Skala",
        message: msg.customScaleEmpty(DEFAULT_SCALE),
      },
    };
  }
  const scale = canonical ? BUILT_IN_SCALES[canonical] : undefined;
  if (scale) return { ok: true, scale };
  return {
    ok: false,
    problem: {
      rule: "profil/skala-tidak-dikenal",
      severity: "warning",
      sheet: "Profil",
      message: msg.unknownScale(name ?? "", Object.keys(BUILT_IN_SCALES), DEFAULT_SCALE),
    },
  };
}

function aboveMin(v: Decimal, band: ScaleBand): boolean {
  if (band.min === undefined) return true;
  return band.minInclusive ? v.greaterThanOrEqualTo(band.min) : v.greaterThan(band.min);
}

function belowMax(v: Decimal, band: ScaleBand): boolean {
  if (band.max === undefined) return true;
  return band.maxInclusive ? v.lessThanOrEqualTo(band.max) : v.lessThan(band.max);
}

/** The band a value falls in (see the placement rules at the top of this file); undefined only for an empty scale. */
export function scaleBand(scale: RatingScale, value: DecimalInput): ScaleBand | undefined {
  const v = dec(value);
  // bands are ordered highest first, so the first match has the highest lower bound
  return (
    scale.bands.find((b) => aboveMin(v, b) && belowMax(v, b)) ??
    scale.bands.find((b) => aboveMin(v, b)) ??
    scale.bands[scale.bands.length - 1]
  );
}

/**
 * Kategori of a capaian on the scale, compared exactly as given (round first to classify a printed figure; `computeLkip`
 * does, at `Computed.desimal`).
 */
export function kategori(scale: RatingScale, value: DecimalInput): string | undefined {
  return scaleBand(scale, value)?.kategori;
}
