// How wide and how tall Arial text is, in points, from the widths of arial-metrics.ts. Characters outside its table are
// measured as an average lowercase letter, as Word measures a character its tables lack.
import { BOLD, BOLD_ITALIC, CODES, DESCENT, ITALIC, LINE_HEIGHT, REGULAR, UNITS_PER_EM } from "./arial-metrics.js";

export interface Face {
  bold: boolean;
  italic: boolean;
}

/** Widths of one face in thousandths of an em, indexed by code point up to 0x17f, the rest in a map. */
interface Table {
  low: Float64Array;
  high: Map<number, number>;
  fallback: number;
}

const LOW = 0x180;

function table(widths: readonly number[]): Table {
  const low = new Float64Array(LOW).fill(-1);
  const high = new Map<number, number>();
  CODES.forEach((code, i) => {
    const w = widths[i] ?? -1;
    if (w < 0) return;
    // whole thousandths of an em, as Word measures them (docx's tables of Word's widths agree)
    const em = Math.round((w * 1000) / UNITS_PER_EM);
    if (code < LOW) low[code] = em;
    else high.set(code, em);
  });
  const letters = [..."abcdefghijklmnopqrstuvwxyz"].map((c) => low[c.charCodeAt(0)]!);
  const fallback = letters.reduce((a, b) => a + b, 0) / letters.length;
  return { low, high, fallback };
}

const TABLES = [table(REGULAR), table(BOLD), table(ITALIC), table(BOLD_ITALIC)] as const;

function tableOf(face: Face): Table {
  return TABLES[(face.bold ? 1 : 0) + (face.italic ? 2 : 0)]!;
}

/** Width of `text` in points at `size` points. */
export function textWidth(text: string, face: Face, size: number): number {
  const t = tableOf(face);
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const w = code < LOW ? t.low[code]! : (t.high.get(code) ?? -1);
    total += w >= 0 ? w : t.fallback;
  }
  return (total * size) / 1000;
}

/** Height of a single-spaced line of text at `size` points (ascent, descent and line gap), in points. */
export function lineHeight(size: number): number {
  return (LINE_HEIGHT * size) / UNITS_PER_EM;
}

/** How far a single-spaced line goes below its baseline, in points. */
export function descent(size: number): number {
  return (DESCENT * size) / UNITS_PER_EM;
}
