// Paragraph building blocks: headings, body text, lists, captions, placeholders, and the renderer that turns a
// template or Narasi text into paragraphs. Text conventions (templates/README.md): one paragraph per line; a line
// starting with `1.`, `a.`, `1)` or `-` is a list item; `**bold**`; `[[…]]` is a placeholder the office must fill,
// printed highlighted so it cannot go unnoticed.
import { AlignmentType, HeadingLevel, LineRuleType, Paragraph, TextRun, type ParagraphChild } from "docx";
import { BODY_SPACING, COLOR, STYLE } from "./styles.js";
import * as msg from "../text/messages/report.js";

export type Level = 1 | 2 | 3 | 4;

const HEADING = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;

export function heading(level: Level, text: string, opts: { pageBreakBefore?: boolean } = {}): Paragraph {
  return new Paragraph({
    heading: HEADING[level],
    children: [new TextRun(text)],
    ...(opts.pageBreakBefore ? { pageBreakBefore: true } : {}),
  });
}

/** Inline runs of a line: `**bold**` and `[[placeholder]]`. */
export function inline(text: string, base: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  const runs: TextRun[] = [];
  const re = /\*\*(.+?)\*\*|\[\[(.+?)\]\]/g;
  let last = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index > last) runs.push(new TextRun({ text: text.slice(last, m.index), ...base }));
    if (m[1] !== undefined) runs.push(new TextRun({ text: m[1], ...base, bold: true }));
    else runs.push(new TextRun({ text: `[${m[2]}]`, ...base, italics: true, highlight: COLOR.placeholder }));
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push(new TextRun({ text: text.slice(last), ...base }));
  return runs;
}

/** Keep settings of a paragraph: with the next one on its page, and its own lines on one page. */
export interface Keep {
  keepNext?: boolean;
  keepLines?: boolean;
}

function keepProps(keep: Keep): Keep {
  return { ...(keep.keepNext ? { keepNext: true } : {}), ...(keep.keepLines ? { keepLines: true } : {}) };
}

export function body(text: string | ParagraphChild[], opts: { align?: "left" | "center" | "right"; indent?: number } & Keep = {}): Paragraph {
  const alignment =
    opts.align === "center" ? AlignmentType.CENTER : opts.align === "right" ? AlignmentType.RIGHT : opts.align === "left" ? AlignmentType.LEFT : AlignmentType.JUSTIFIED;
  return new Paragraph({
    alignment,
    spacing: BODY_SPACING,
    children: typeof text === "string" ? inline(text) : text,
    ...keepProps(opts),
    ...(opts.indent ? { indent: { left: opts.indent } } : {}),
  });
}

/** A list item with its own label (`1.`, `a.`, `•`) and a hanging indent, so numbering never depends on Word's lists. */
export function listItem(label: string, text: string, level = 0, keep: Keep = {}): Paragraph {
  const indent = 425 * (level + 1);
  return new Paragraph({
    style: STYLE.list,
    ...keepProps(keep),
    indent: { left: indent, hanging: 425 },
    children: [new TextRun(`${label}\t`), ...inline(text)],
    tabStops: [{ type: "left", position: indent }],
  });
}

const LIST = /^\s*((?:\d{1,2}|[a-zA-Z])[.)]|\(\d{1,2}\)|\([a-z]\))\s+(.*)$/;
const BULLET = /^\s*[-•*]\s+(.*)$/;

/**
 * A template or Narasi text as paragraphs: one per line; list lines become list items. `lastWithNext` keeps the last
 * paragraph with what follows; `together` keeps the whole text on one page (a chapter's closing words).
 */
export function renderText(text: string, opts: { lastWithNext?: boolean; together?: boolean } = {}): Paragraph[] {
  const lines = text
    .split("\n")
    .map((raw) => raw.trimEnd())
    .filter((line) => line.trim() !== "");
  return lines.map((line, i) => {
    const last = i === lines.length - 1;
    const keep: Keep = { keepNext: opts.together ? !last : opts.lastWithNext === true && last, keepLines: opts.together === true };
    const list = LIST.exec(line);
    if (list) return listItem(list[1]!, list[2]!, /^\s{2,}/.test(line) ? 1 : 0, keep);
    const bullet = BULLET.exec(line);
    if (bullet && !line.trim().startsWith("**")) return listItem("•", bullet[1]!, /^\s{2,}/.test(line) ? 1 : 0, keep);
    return body(line.trim(), keep);
  });
}

/** A worked computation (`19.825 / 125.326 × 100% = 15,82%`), indented and in italics. */
export function formulaLine(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    spacing: { before: 0, after: 80, line: 264, lineRule: LineRuleType.AUTO },
    indent: { left: 425 },
    children: [new TextRun({ text, italics: true })],
  });
}

export function caption(text: string): Paragraph {
  return new Paragraph({ style: STYLE.caption, children: [new TextRun(text)] });
}

export function figureCaption(text: string): Paragraph {
  return new Paragraph({ style: STYLE.gambar, children: [new TextRun(text)] });
}

/** A table's "Sumber: …" line; `keepNext` keeps it with what follows (a signature below the table's end). */
export function sumber(text: string, opts: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({ style: STYLE.sumber, ...(opts.keepNext ? { keepNext: true } : {}), children: [new TextRun(text)] });
}

/** A centred bold line (titles inside a page, signature labels). */
export function centered(text: string, opts: { size?: number; bold?: boolean; underline?: boolean; before?: number; after?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: opts.before ?? 0, after: opts.after ?? 60, line: 264, lineRule: LineRuleType.AUTO },
    children: [
      new TextRun({
        text,
        bold: opts.bold ?? true,
        ...(opts.size ? { size: opts.size } : {}),
        ...(opts.underline ? { underline: {} } : {}),
      }),
    ],
  });
}

/** An empty line of a given height (points × 20), for signature space and cover spacing. */
export function spacer(twips: number, opts: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: twips, lineRule: LineRuleType.EXACT },
    ...(opts.keepNext ? { keepNext: true } : {}),
    children: [],
  });
}

export interface Signer {
  /** "Bekasi, 15 Januari 2026" (omitted for blocks without a date line). */
  tempatTanggal?: string;
  /** Label above the office, such as "PIHAK PERTAMA". */
  label?: string;
  jabatan: string;
  nama?: string;
  pangkat?: string;
  nip?: string;
}
