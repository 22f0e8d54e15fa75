// The text rules of a Word report: an amount followed by its words in parentheses (`dokumen/terbilang`) and a count
// followed by its number word (`dokumen/bilangan`, "3 (empat)"), in paragraphs and in table cells. Words are compared
// with what src/text/terbilang.ts writes for the digits, after normalising case, spaces and the currency word; a
// mismatch also says what the words are worth when they read as a well-formed number.
import { Decimal } from "decimal.js";
import { formatNumber } from "../text/format.js";
import * as msg from "../text/messages/document.js";
import { terbilang } from "../text/terbilang.js";
import type { DocParagraph, DocxDocument } from "./read.js";
import { parseDocNumber } from "./number.js";
import { tableTitle, type LogicalTable } from "./tables.js";
import type { DocFinding } from "./types.js";

const UNIT: Record<string, number> = {
  nol: 0, satu: 1, se: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9,
};
const SCALE: Record<string, number> = { ribu: 3, juta: 6, miliar: 9, milyar: 9, triliun: 12 };

const normWords = (s: string) =>
  s
    .toLowerCase()
    .replace(/\b(rupiah|rp)\b/g, "")
    .replace(/\bse(puluh|belas|ratus|ribu)\b/g, "satu $1")
    .replace(/[^a-z ]/g, " ")
    .replace(/\bmilyar\b/g, "miliar")
    .replace(/\s+/g, " ")
    .trim();

/** Indonesian number words → value; undefined unless they are well-formed (scales strictly decreasing). */
export function parseWords(words: string): Decimal | undefined {
  const toks = normWords(words).split(" ").filter((w) => w !== "");
  if (toks.length === 0) return undefined;
  let total = new Decimal(0);
  let group = 0; // below a thousand
  let unit: number | undefined;
  let lastScale = Infinity;
  let seen = false;
  for (const w of toks) {
    if (w in UNIT) {
      if (unit !== undefined) return undefined;
      unit = UNIT[w]!;
      seen = true;
    } else if (w === "belas") {
      if (unit === undefined) return undefined;
      group += 10 + unit;
      unit = undefined;
    } else if (w === "puluh") {
      if (unit === undefined || group % 100 !== 0) return undefined;
      group += unit * 10;
      unit = undefined;
    } else if (w === "ratus") {
      if (unit === undefined || group !== 0) return undefined;
      group += unit * 100;
      unit = undefined;
    } else if (w in SCALE) {
      const s = SCALE[w]!;
      const g = group + (unit ?? 0);
      if (g === 0 || s >= lastScale) return undefined;
      total = total.plus(new Decimal(g).times(new Decimal(10).pow(s)));
      lastScale = s;
      group = 0;
      unit = undefined;
    } else return undefined;
  }
  if (!seen) return undefined;
  return total.plus(group + (unit ?? 0));
}

const AMOUNT = /Rp\s*[.,]?\s*\**\s*(\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+)\s*(?:,-)?\**\s*\(([^()]{3,400})\)/g;
/** In a table cell the currency may stand in the column header: `1.250.000.000 (satu miliar …)`. */
const CELL_AMOUNT = /(?:Rp\s*[.,]?\s*)?\**\s*(\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+)\s*(?:,-)?\**\s*\(([^()]{3,400})\)/g;
const COUNT = /(?<![\d.,])(\d{1,3})\s*\(\s*([a-zA-Z ]{3,60})\s*\)/g;

/** A finding without its place: rule, severity, message and the figures. */
type Unplaced = Omit<DocFinding, "lokasi" | "where" | "cellWhere">;

function terbilangIn(text: string, amountRe: RegExp): Unplaced[] {
  const out: Unplaced[] = [];
  for (const m of text.matchAll(amountRe)) {
    const amount = parseDocNumber(m[1]!);
    const words = m[2]!.trim();
    if (!amount || !/[a-z]{3}/i.test(words) || /\d/.test(words)) continue;
    if (!/(ribu|juta|miliar|milyar|triliun|ratus|puluh|rupiah)/i.test(words)) continue;
    const expectedWords = `${terbilang(amount.value)}${/rupiah/i.test(words) ? " rupiah" : ""}`;
    if (normWords(words) === normWords(expectedWords)) continue;
    const value = parseWords(words);
    if (value && value.eq(amount.value)) continue;
    const shown = `Rp ${formatNumber(amount.value, amount.decimals)}`;
    out.push({
      rule: "dokumen/terbilang",
      severity: "error",
      message: msg.terbilangMismatch(shown, words, value ? `Rp ${formatNumber(value)}` : undefined, expectedWords),
      expected: formatNumber(amount.value, amount.decimals),
      actual: value ? formatNumber(value) : words,
    });
  }
  return out;
}

function bilanganIn(text: string): Unplaced[] {
  const out: Unplaced[] = [];
  for (const m of text.matchAll(COUNT)) {
    const digits = Number(m[1]);
    const value = parseWords(m[2]!);
    if (!value || value.eq(digits)) continue;
    out.push({
      rule: "dokumen/bilangan",
      severity: "error",
      message: msg.countMismatch(String(digits), m[2]!.trim(), formatNumber(value)),
      expected: terbilang(digits),
      actual: m[2]!.trim(),
    });
  }
  return out;
}

/** A finding's place when it is a paragraph. */
export function paragraphAt(p: DocParagraph): Pick<DocFinding, "lokasi" | "where" | "cellWhere"> {
  return { lokasi: { paragraf: p.index }, where: msg.paragraphWhere(p.index), cellWhere: "" };
}

export function checkTerbilang(p: DocParagraph): DocFinding[] {
  return terbilangIn(p.text, AMOUNT).map((f) => ({ ...f, ...paragraphAt(p) }));
}

export function checkBilangan(p: DocParagraph): DocFinding[] {
  return bilanganIn(p.text).map((f) => ({ ...f, ...paragraphAt(p) }));
}

/** The same two rules inside table cells that hold an amount or a count with its words (data rows). */
export function checkCellWords(t: LogicalTable, which: "terbilang" | "bilangan"): DocFinding[] {
  const out: DocFinding[] = [];
  for (const row of t.rows) {
    for (const [g, { cell, kolom }] of row.byCol) {
      if (!cell.text.includes("(")) continue;
      const found = which === "terbilang" ? terbilangIn(cell.text, CELL_AMOUNT) : bilanganIn(cell.text);
      const path = t.columns.get(g)?.path ?? [];
      for (const f of found) {
        out.push({
          ...f,
          lokasi: { tabel: row.tabel, baris: row.baris, kolom },
          where: tableTitle(t, row.tabel),
          cellWhere: msg.rowCol(row.baris, path.length > 0 ? path.join(" ") : msg.columnNumber(kolom)),
        });
      }
    }
  }
  return out;
}

/** A list item counting people: `a. ASN : 33 Orang`, `- PSM: 238 orang`, `TAGANA : 88 Personil.` */
export const LIST_ITEM = /^\s*(?:[-•–]\s*)?(?:[a-z0-9]{1,2}[.)]\s*)?([^:\d]{2,60}?)\s*:\s*(\d{1,3}(?:\.\d{3})*|\d+)\s*(orang|personil|jiwa|pegawai|kk|keluarga)\.?\s*$/i;
/** The list's total line: `407 Orang`, `Jumlah : 407 orang`, `Total 407 Orang`. */
export const LIST_TOTAL = /^\s*(?:(?:jumlah|total)\s*:?\s*)?(\d{1,3}(?:\.\d{3})*|\d+)\s*(orang|personil|jiwa|pegawai|kk|keluarga)\.?\s*$/i;

/**
 * A list of counts of people in consecutive paragraphs (two items or more) closed by a total line: the total is the
 * items' sum (`dokumen/jumlah`); `terkait` points at the items.
 */
export function checkListTotals(doc: DocxDocument): DocFinding[] {
  const out: DocFinding[] = [];
  let items: { p: DocParagraph; n: Decimal }[] = [];
  for (const item of doc.items) {
    if (item.kind !== "p") {
      items = [];
      continue;
    }
    const m = LIST_ITEM.exec(item.text);
    if (m) {
      const n = parseDocNumber(m[2]!);
      if (n) items.push({ p: item, n: n.value });
      continue;
    }
    const total = LIST_TOTAL.exec(item.text);
    const stated = total && parseDocNumber(total[1]!);
    if (stated && items.length >= 2) {
      const sum = items.reduce((a, x) => a.plus(x.n), new Decimal(0));
      if (!sum.eq(stated.value)) {
        out.push({
          rule: "dokumen/jumlah",
          severity: "error",
          ...paragraphAt(item),
          message: msg.listTotalMismatch(formatNumber(stated.value), items.length, formatNumber(sum), formatNumber(stated.value.minus(sum).abs())),
          expected: formatNumber(sum),
          actual: formatNumber(stated.value),
          terkait: items.map((x) => ({ paragraf: x.p.index })),
        });
      }
    }
    if (item.text.trim() !== "") items = [];
  }
  return out;
}
