// The capaian engine: the single place where performance and budget figures are computed.
// Model in, `Computed` out (see ./types.ts); the smaller functions are exported for the checker's stated-value checks.
export { computeLkip, linkSasaran, linkSasaranAll } from "./compute.js";
export {
  capaianByPolarity,
  capaianNegative,
  capaianPositive,
  capaianRange,
  isLetter,
  measureCapaian,
} from "./capaian.js";
export { capaianOrdinal, MUTU, normalizeLetter, ordinalRank, ordinalScaleFor, PREDIKAT_AKIP } from "./ordinal.js";
export { BUILT_IN_SCALES, customScale, DEFAULT_SCALE, getScale, kategori, scaleBand, SCALE_NAMES } from "./scales.js";
export {
  annualFromQuarters,
  defaultAggregation,
  isCountUnit,
  isIndexUnit,
  isLetterUnit,
  isPercentUnit,
} from "./quarters.js";
export {
  budgetRows,
  budgetTotals,
  DEFAULT_METODE_EFISIENSI,
  efisiensi,
  efisiensiMetode,
  METODE_EFISIENSI,
  paguOf,
  programShare,
  RASIO_KATEGORI,
  sasaranBudget,
  serapan,
  serapanStatus,
} from "./budget.js";
export { belowTarget, indicatorSubject, NARASI_JENIS, narasiKeys, narasiKeysOf } from "./narasi.js";
export { chooseRealisasi, quartersOf } from "./realisasi.js";
export { isRateUnit, ratioMultiplier, type PengaliDari, type RatioMultiplier } from "./multiplier.js";
export { computeIndicator } from "./indicator.js";
export { matchIku, matchStandar } from "./match.js";
export { normalizeText, sameText } from "./text.js";
export { ORDINAL_RULE, QUARTER_RULE, RANGE_RULE } from "../text/messages/engine.js";
export type * from "./types.js";
