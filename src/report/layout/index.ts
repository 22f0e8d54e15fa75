// lkip's page-number estimator: the tables of contents' page numbers worked out from the formatted body in one pass of
// a layout that knows only what lkip's documents contain (Arial text, its styles, plain tables, inline charts), where
// docx's general layout takes two or three passes over every paragraph's formatting. Anything else falls back to
// docx's layout. test/report/layout.test.ts holds the two to the same page numbers, and the LibreOffice render test
// holds them to the printed pages.
import type { EstimatedPageNumbers, IStylesOptions, PageNumberEstimator } from "docx";
import { estimatePageNumbers } from "docx/layout";
import type { Measure } from "./lines.js";
import { paginate } from "./paginate.js";
import { BodyReader, Unsupported } from "./read.js";
import { StyleSheet } from "./styles.js";
import type { XmlElement } from "./xml.js";

const ROMAN: [number, string][] = [
  [1000, "m"],
  [900, "cm"],
  [500, "d"],
  [400, "cd"],
  [100, "c"],
  [90, "xc"],
  [50, "l"],
  [40, "xl"],
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];

function roman(n: number): string {
  let out = "";
  for (const [v, s] of ROMAN) for (; n >= v; n -= v) out += s;
  return out;
}

function formatNumber(n: number, format: string): string {
  if (format === "lowerRoman") return roman(n);
  if (format === "upperRoman") return roman(n).toUpperCase();
  return String(n);
}

/**
 * The page numbers of a formatted body; undefined when it holds something this layout does not follow. `measure` is
 * LibreOffice's for the document; docx's only to compare with docx's layout.
 */
export function layoutPageNumbers(body: XmlElement, styles: StyleSheet, measure: Measure = "libreoffice"): EstimatedPageNumbers | undefined {
  let sections;
  try {
    sections = new BodyReader(styles).read(body);
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
  const { bookmarks, sectionPages } = paginate(sections, measure);
  // the number each page shows: a section restarts where it says, and continues from the one before otherwise
  const shown: { number: number; format: string }[] = [];
  let next = 1;
  sections.forEach((s, i) => {
    if (s.start !== undefined) next = s.start;
    for (let p = 0; p < sectionPages[i]!; p++) shown.push({ number: next++, format: s.format });
  });
  const texts = new Map<string, string>();
  const numbers = new Map<string, number>();
  for (const [name, page] of bookmarks) {
    const s = shown[page];
    if (s === undefined) continue;
    texts.set(name, formatNumber(s.number, s.format));
    numbers.set(name, s.number);
  }
  return { bookmarks: texts, bookmarkPageNumbers: numbers, sectionPageCounts: sectionPages, pageCount: shown.length };
}

export interface EstimatorOptions {
  /** Use docx's general layout where lkip's cannot follow the body (default true); slow on large documents. */
  fallback?: boolean;
  /** Told when the page numbers are left blank (lkip's layout could not follow the body and there is no fallback). */
  onBlank?: () => void;
}

/** The estimator to give a document written with these styles. */
export function lkipPageNumbers(styles: IStylesOptions, opts: EstimatorOptions = {}): PageNumberEstimator {
  const sheet = new StyleSheet(styles);
  return (body, context) => {
    const ours = layoutPageNumbers(body as XmlElement, sheet);
    if (ours !== undefined) return ours;
    if (opts.fallback ?? true) return estimatePageNumbers(body, context);
    opts.onBlank?.();
    return { bookmarks: new Map() };
  };
}
