// Turning engine values into the two notations users see: plain machine strings (JSON contracts) and Indonesian
// notation (terminal, document). Rounding happens only in the Indonesian form, with the office's decimals.
import { Decimal } from "decimal.js";
import type { Measured } from "../engine/types.js";
import type { Quantity } from "../model/types.js";
import { formatNumber, formatPercent, formatPlain } from "../text/format.js";

/** `"12"`, `"4.25-4.3"`, `"BB"`; undefined stays undefined. */
export function plainQuantity(q: Quantity | undefined): string | undefined {
  if (!q) return undefined;
  if (q.kind === "num") return formatPlain(q.value);
  if (q.kind === "range") return `${formatPlain(q.lo)}-${formatPlain(q.hi)}`;
  return q.letter;
}

export function plainMeasured(m: Measured | undefined): string | undefined {
  if (m === undefined) return undefined;
  return m instanceof Decimal ? formatPlain(m) : m.letter;
}

export function plain(d: Decimal | undefined): string | undefined {
  return d === undefined ? undefined : formatPlain(d);
}

/** A quantity as written in a table: numbers at their own precision (`10.928`, `4,01`), ranges `4,25–4,30`, letters. */
export function showQuantity(q: Quantity | undefined): string {
  if (!q) return "-";
  if (q.kind === "num") return formatNumber(q.value);
  if (q.kind === "range") return `${formatNumber(q.lo, q.decimals)}–${formatNumber(q.hi, q.decimals)}`;
  return q.letter;
}

/** A measured realisasi: ratios and other computed values at the office's decimals, inputs as they are. */
export function showMeasured(m: Measured | undefined, decimals: number, computed: boolean): string {
  if (m === undefined) return "-";
  if (!(m instanceof Decimal)) return m.letter;
  return computed ? formatNumber(m, decimals) : formatNumber(m);
}

export function showPercent(d: Decimal | undefined, decimals: number): string {
  return d === undefined ? "-" : formatPercent(d, decimals);
}
