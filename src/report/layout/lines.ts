// A paragraph broken into lines at a width, as Word breaks it: at spaces and after hyphens between letters, a word too
// long for a line broken where it overflows, tabs to the paragraph's stops or the default ones; and each line as tall
// as the largest text on it, or its picture, by the paragraph's line spacing.
import { descent, lineHeight, textWidth } from "./metrics.js";
import type { Para, Piece } from "./read.js";

/** A paragraph ready to be put on pages: its spacing and lines' heights in points, and its keep settings. */
export interface Laid {
  before: number;
  after: number;
  /** Each line's height, in points. */
  lines: number[];
  /**
   * How much of the last line's height may hang below the page's bottom margin: the extra of line spacing above
   * single, which Word lets overhang when the line is the last that fits.
   */
  hang: number[];
  /** An empty paragraph that only ends its section: it takes no line, unless it follows a table. */
  sectionMark: boolean;
  keepNext: boolean;
  keepLines: boolean;
  widowControl: boolean;
  pageBreakBefore: boolean;
  bookmarks: string[];
}

/**
 * Whose measures the layout follows: LibreOffice's, which the document's lists are numbered by (line heights in whole
 * twips, a kept paragraph's last line overhanging the bottom margin by its extra spacing), or those of docx's general
 * layout (exact heights in points, kept paragraphs whole above the margin), which test/report/layout.test.ts holds the
 * rest of the layout to.
 */
export type Measure = "libreoffice" | "docx";

type Atom =
  | { kind: "word"; width: number; space: number; size: number }
  | { kind: "tab" }
  | { kind: "picture"; height: number }
  | { kind: "break"; size: number };

const DEFAULT_TAB = 36;
const EPSILON = 0.01;
const NUMBER_TEXT = "99";

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}

/** The pieces as words (with the spaces after them), tabs and pictures. A word may run across pieces. */
function atomsOf(pieces: readonly Piece[]): Atom[] {
  const atoms: Atom[] = [];
  let word: { kind: "word"; width: number; space: number; size: number } | undefined;
  const flush = (): void => {
    if (word !== undefined) atoms.push(word);
    word = undefined;
  };
  for (const p of pieces) {
    if (p.kind === "tab" || p.kind === "picture" || p.kind === "break") {
      flush();
      atoms.push(p);
      continue;
    }
    const face = { bold: p.bold, italic: p.italic };
    const size = p.size / 2;
    if (p.kind === "number") {
      flush();
      atoms.push({ kind: "word", width: textWidth(NUMBER_TEXT, face, size), space: 0, size: p.size });
      continue;
    }
    const text = p.text;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      const w = textWidth(ch, face, size);
      if (ch === " ") {
        if (word === undefined) word = { kind: "word", width: 0, space: 0, size: p.size };
        word.space += w;
        continue;
      }
      if (word !== undefined && word.space > 0) flush();
      if (word === undefined) word = { kind: "word", width: 0, space: 0, size: p.size };
      word.width += w;
      word.size = Math.max(word.size, p.size);
      // a line may break after a hyphen between letters
      if (ch === "-" && isLetter(text[i - 1]) && isLetter(text[i + 1])) flush();
    }
  }
  flush();
  return atoms;
}

export function layParagraph(para: Para, available: number, measure: Measure = "libreoffice"): Laid {
  const f = para.format;
  const width = available - f.right / 20;
  const left = f.left / 20;
  const start = (f.left - f.hanging + f.firstLine) / 20;
  const lines: { size: number; picture: number; text: boolean }[] = [];
  let line = { size: 0, picture: 0, text: false };
  let x = start;
  let empty = true;
  let rightStop: number | undefined;
  // for a justified line: the width of its spaces so far, and where its last word ends
  let spaces = 0;
  let end = x;
  const newLine = (): void => {
    lines.push(line);
    line = { size: 0, picture: 0, text: false };
    x = left;
    empty = true;
    rightStop = undefined;
    spaces = 0;
    end = left;
  };
  for (const a of atomsOf(para.pieces)) {
    if (a.kind === "break") {
      line.size = Math.max(line.size, a.size);
      line.text = true;
      newLine();
      continue;
    }
    if (a.kind === "tab") {
      const stop = para.tabs.find((t) => t.pos / 20 > x + EPSILON);
      if (stop !== undefined && stop.align === "right") {
        rightStop = stop.pos / 20;
      } else if (stop !== undefined) {
        x = stop.pos / 20;
      } else if (f.hanging > 0 && x < left - EPSILON) {
        x = left;
      } else {
        x = (Math.floor(x / DEFAULT_TAB + EPSILON) + 1) * DEFAULT_TAB;
      }
      empty = false;
      spaces = 0;
      end = x;
      continue;
    }
    if (a.kind === "picture") {
      line.picture = Math.max(line.picture, a.height);
      empty = false;
      continue;
    }
    const limit = rightStop ?? width;
    if (!empty && x + a.width > limit + EPSILON && !(f.justified && rightStop === undefined && squeezes(x, a.width, limit, spaces, end))) newLine();
    let w = a.width;
    // a word longer than a whole line is broken where it overflows
    while (empty && w > width - x + EPSILON && width - x > 0) {
      line.size = Math.max(line.size, a.size);
      w -= width - x;
      newLine();
    }
    end = x + w;
    x += w + a.space;
    spaces += a.space;
    line.size = Math.max(line.size, a.size);
    line.text = true;
    empty = false;
  }
  lines.push(line);
  const spacedLines = lines.map((l) => spaced(para, l.size || f.size, l.picture, l.text, measure));
  return {
    before: f.before / 20,
    after: f.after / 20,
    lines: spacedLines.map((l) => l.height),
    hang: spacedLines.map((l) => l.hang),
    sectionMark: para.endsSection && para.pieces.length === 0,
    keepNext: f.keepNext,
    keepLines: f.keepLines,
    widowControl: f.widowControl,
    pageBreakBefore: f.pageBreakBefore,
    bookmarks: para.bookmarks,
  };
}

/** How far Word squeezes a justified line's spaces at most, and how much more their stretch must be to squeeze. */
const MOST_SQUEEZE = 0.25;
const STRETCH_TO_SQUEEZE = 2.015;

/**
 * Whether Word squeezes a word that goes past the end of a justified line onto it, rather than move it to the next:
 * when that takes less than a quarter of the line's spaces, and less than half of what the spaces between the words
 * already on it would stretch by with the word on the next line.
 */
function squeezes(x: number, word: number, limit: number, spaces: number, end: number): boolean {
  if (spaces <= EPSILON) return false;
  const over = x + word - limit;
  if (over / spaces > MOST_SQUEEZE) return false;
  const between = spaces - (x - end);
  return between <= 0 || (limit - end) / between >= STRETCH_TO_SQUEEZE * (over / spaces);
}

/**
 * A line's height by the paragraph's line spacing, from its largest text (half-points) and its picture (points): a
 * multiple adds its extra of the text's single line height (a picture is not scaled), exact is the value, at least is
 * the larger of the value and the line's own height. A picture stands on the baseline, with the text's descent below
 * it only when text shares its line.
 *
 * Heights are whole twips, as LibreOffice lays out: a single line is the font's height rounded to a twip, and a
 * multiple's extra is cut down to whole twips (11-pt text at 1,15 lines: 253 + 37 = 290 twips, 14,50 pt, not 14,55).
 */
function spaced(para: Para, size: number, picture: number, withText: boolean, measure: Measure): { height: number; hang: number } {
  const f = para.format;
  const pt = size / 2;
  // in twips, whole ones as LibreOffice measures
  const whole = measure === "libreoffice" ? Math.round : (x: number) => x;
  const single = whole(lineHeight(pt) * 20);
  const natural = picture > 0 ? Math.max(whole(picture * 20) + (withText ? whole(descent(pt) * 20) : 0), single) : single;
  if (f.lineRule === "exact") return { height: f.line / 20, hang: 0 };
  if (f.lineRule === "atLeast") return { height: Math.max(f.line, natural) / 20, hang: 0 };
  const exact = ((f.line - 240) * single) / 240;
  const extra = measure === "libreoffice" ? Math.trunc(exact) : exact;
  return { height: (natural + extra) / 20, hang: Math.max(0, extra) / 20 };
}
