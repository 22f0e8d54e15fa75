// Values in findings' messages, in Indonesian notation (`Rp 4.572.316.800`, `85,82%`, `19.825`), and the plain strings
// of the JSON contract. Formatting itself is src/text/format.ts; this file only picks the form for a kind of value.
import type { Decimal } from "decimal.js";
import type { AnggaranRow, PkRow, Quantity } from "../model/types.js";
import type { Measured } from "../engine/types.js";
import { isLetter } from "../engine/index.js";
import { formatNumber, formatPercent, formatPlain, formatRupiah } from "../text/format.js";
import * as msg from "../text/messages/check.js";

/** What a value is, for printing: money, a count or other number, a percentage. */
export type ValueKind = "rupiah" | "angka" | "persen";

export function show(value: Decimal, kind: ValueKind, decimals: number): string {
  switch (kind) {
    case "rupiah":
      return formatRupiah(value, decimals);
    case "persen":
      return formatPercent(value, decimals);
    case "angka":
      return formatNumber(value, decimals);
  }
}

/** A difference: `Rp 1.323.830.000`, `6,00 poin persen`, `25`. Always unsigned. */
export function showDifference(value: Decimal, kind: ValueKind, decimals: number): string {
  const abs = value.abs();
  return kind === "persen" ? msg.percentPoints(formatNumber(abs, decimals)) : show(abs, kind, decimals);
}

/** A number as written, up to 4 decimals, no trailing zeros: `15,8188`, `12`, `4,01`. */
export function showLoose(value: Decimal): string {
  return formatNumber(value.decimalPlaces() > 4 ? value.toDecimalPlaces(4) : value);
}

/** A model quantity as written: `12`, `4,25–4,30`, `BB`. */
export function showQuantity(q: Quantity): string {
  switch (q.kind) {
    case "num":
      return showLoose(q.value);
    case "range":
      return `${showLoose(q.lo)}–${showLoose(q.hi)}`;
    case "letter":
      return q.letter.toUpperCase();
  }
}

export function showMeasured(m: Measured): string {
  return isLetter(m) ? m.letter : showLoose(m as Decimal);
}

/** Plain decimal string for the JSON contract. */
export function plain(value: Decimal): string {
  return formatPlain(value);
}

const MAX_LABEL = 60;

function quote(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  return `"${t.length > MAX_LABEL ? t.slice(0, MAX_LABEL - 1) + "…" : t}"`;
}

/** `sub kegiatan 1.06.04.2.01.0001`, or the uraian in quotes when the row has no code. */
export function anggaranSubject(row: AnggaranRow): string {
  return `${row.level} ${row.kode ?? quote(row.uraian)}`;
}

/** `indikator IKU-3`, or the indicator text in quotes. */
export function pkSubject(row: PkRow): string {
  return `indikator ${row.kode ?? quote(row.indikator)}`;
}

export function labelText(text: string): string {
  return quote(text);
}
