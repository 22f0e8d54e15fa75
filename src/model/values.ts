// Typed cells → model values (numbers, ranges, letters, text), each keeping its source cell.
// Anything that cannot be read becomes a problem value naming the sheet and cell; nothing is thrown.
import { cellText, type Cell } from "../cells/cell.js";
import { MAX_NUMBER_TEXT, generalDecimals, parseNumberText, type ParsedText } from "../cells/number.js";
import type { ProblemSink } from "../cells/problems.js";
import * as msg from "../text/messages/reader.js";
import type { LetterValue, NumValue, Quantity, Source } from "./types.js";

export const ORDINAL_LETTERS = new Set(["AAA", "AA", "A", "BB", "B", "CC", "C", "D", "E"]);

/** Units whose values may be ordinal letters (predikat AKIP `BB`, mutu `A`). */
export function isLetterUnit(satuan: string | undefined): boolean {
  if (!satuan) return false;
  const s = satuan.toLowerCase();
  return s.includes("predikat") || s.includes("huruf") || s.includes("mutu") || s.includes("kategori");
}

export interface NumberOptions {
  column: string;
  allowRange?: boolean;
  allowLetter?: boolean;
}

function src(sink: ProblemSink, cell: Cell): Source {
  return { sheet: sink.sheet, cell: cell.address };
}

/** Reads a cell as a quantity (number, and where allowed a range or an ordinal letter); undefined for no value. */
export function readQuantity(sink: ProblemSink, cell: Cell | undefined, opts: NumberOptions): Quantity | undefined {
  if (!cell) return undefined;
  const c = cell.content;
  switch (c.kind) {
    case "empty":
      return undefined;
    case "no-result":
      // Reported once for the whole table by the reader's formula scan.
      return undefined;
    case "date":
      sink.add("baca/bukan-angka", "error", cell.address, msg.dateInNumber(opts.column));
      return undefined;
    case "bool":
      sink.add("baca/bukan-angka", "error", cell.address, msg.boolInNumber(opts.column));
      return undefined;
    case "number":
      return numberCellValue(sink.sheet, cell, c);
    case "text":
      return readTextQuantity(sink, cell, c.value, src(sink, cell), opts);
  }
}

type NumberContent = Extract<Cell["content"], { kind: "number" }>;

/** The value of a number cell: a percentage-formatted one scaled to its percentage, printed decimals as formatted. */
function numberCellValue(sheet: string, cell: Cell, c: NumberContent): NumValue {
  const percent = c.percent;
  const value = percent ? c.value.times(100) : c.value;
  const decimals = c.decimals ?? generalDecimals(value);
  const v: NumValue = { kind: "num", value, src: { sheet, cell: cell.address }, decimals, percent };
  if (cell.formula) v.formula = cell.formula;
  return v;
}

function textNumberValue(where: Source, cell: Cell, text: string, parsed: Extract<ParsedText, { kind: "num" }>): NumValue {
  return {
    kind: "num",
    value: parsed.value,
    src: where,
    decimals: parsed.decimals,
    percent: parsed.percent,
    text,
    ...(cell.formula ? { formula: cell.formula } : {}),
  };
}

/** A cell's number when it holds one (a number, or a text that reads as one), reporting nothing about the others. */
export function readNumberQuietly(sheet: string, cell: Cell | undefined): NumValue | undefined {
  if (!cell) return undefined;
  const c = cell.content;
  if (c.kind === "number") return numberCellValue(sheet, cell, c);
  if (c.kind !== "text") return undefined;
  const parsed = parseNumberText(c.value);
  return parsed.kind === "num" ? textNumberValue({ sheet, cell: cell.address }, cell, c.value, parsed) : undefined;
}

function readTextQuantity(sink: ProblemSink, cell: Cell, text: string, where: Source, opts: NumberOptions): Quantity | undefined {
  const parsed = parseNumberText(text);
  switch (parsed.kind) {
    case "empty":
      return undefined;
    case "num":
      if (parsed.ambiguous) {
        // one group of three digits (`1.576`, `1,576`): the other reading moves the separator three places
        const decimalComma = text.includes(",");
        const other = decimalComma ? parsed.value.times(1000) : parsed.value.div(1000);
        sink.add("baca/angka-ambigu", "info", cell.address, msg.ambiguousNumber(text.trim(), parsed.value, other, !decimalComma));
      }
      return textNumberValue(where, cell, text, parsed);
    case "range":
      if (opts.allowRange) {
        return { kind: "range", lo: parsed.lo, hi: parsed.hi, src: where, decimals: parsed.decimals, text };
      }
      sink.add("baca/bukan-angka", "error", cell.address, msg.rangeNotAllowed(text.trim(), opts.column));
      return undefined;
    case "too-long":
      sink.add("baca/bukan-angka", "error", cell.address, msg.numberTooLong(parsed.length, opts.column, MAX_NUMBER_TEXT));
      return undefined;
    case "invalid": {
      const letter = text.trim().toUpperCase();
      if (ORDINAL_LETTERS.has(letter)) {
        if (opts.allowLetter) return { kind: "letter", letter, src: where } satisfies LetterValue;
        sink.add("baca/bukan-angka", "error", cell.address, msg.letterNotAllowed(text.trim(), opts.column));
        return undefined;
      }
      sink.add("baca/bukan-angka", "error", cell.address, msg.notANumber(text.trim(), opts.column));
      return undefined;
    }
  }
}

/** Reads a cell as a plain number (no ranges, no letters). */
export function readNumber(sink: ProblemSink, cell: Cell | undefined, column: string): NumValue | undefined {
  const q = readQuantity(sink, cell, { column });
  return q?.kind === "num" ? q : undefined;
}

/** Text of a cell, undefined when empty. */
export function readText(cell: Cell | undefined): string | undefined {
  const t = cellText(cell);
  return t === "" ? undefined : t;
}
