// A plain-text table for the terminal: columns padded to their widest cell, long text wrapped, numbers right-aligned.
// Given a width (a terminal's), the table fits it: text columns (those with `max`) wrap narrower, down to MIN_TEXT,
// then columns marked `drop` are left out, lowest first. Without a width (piped output) nothing is narrowed.
// Control characters in a cell are made visible (its text may come from a workbook).

export interface TextColumn {
  header: string;
  align?: "left" | "right";
  /** Wrap cells longer than this many characters; marks the column as text that may wrap narrower to fit a width. */
  max?: number;
  /** May be left out when the table does not fit even with text wrapped; lower numbers go first. */
  drop?: number;
}

import { visible } from "../text/terminal.js";

const GAP = 2;
const MIN_TEXT = 12;

function wrap(text: string, width: number): string[] {
  if (text.length <= width) return [text];
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.flatMap((l) => (l.length > width ? l.match(new RegExp(`.{1,${width}}`, "g")) ?? [l] : [l]));
}

const naturalWidth = (c: TextColumn, i: number, rows: string[][]) =>
  Math.max(c.header.length, ...rows.map((r) => Math.max(...wrap(r[i] ?? "", c.max ?? 1000).map((l) => l.length))));

/** Column limits that make the table fit `width`, and which columns remain. */
function fit(columns: TextColumn[], rows: string[][], width: number): { keep: number[]; limit: number[] } {
  const limit = columns.map((c, i) => naturalWidth(c, i, rows));
  let keep = columns.map((_, i) => i);
  const total = () => keep.reduce((s, i) => s + limit[i]!, 0) + GAP * (keep.length - 1);
  const dropOrder = columns.map((c, i) => ({ i, d: c.drop })).filter((x) => x.d !== undefined).sort((a, b) => a.d! - b.d!);
  for (;;) {
    // narrow the widest text column that can still give up a character
    while (total() > width) {
      const text = keep.filter((i) => columns[i]!.max !== undefined && limit[i]! > Math.max(MIN_TEXT, columns[i]!.header.length));
      if (text.length === 0) break;
      const widest = text.reduce((a, b) => (limit[b]! > limit[a]! ? b : a));
      limit[widest]!--;
    }
    const next = dropOrder.shift();
    if (total() <= width || !next) return { keep, limit };
    keep = keep.filter((i) => i !== next.i);
    // a column left out gives its room back: start again from the natural widths of the others
    for (const i of keep) limit[i] = naturalWidth(columns[i]!, i, rows);
  }
}

export function renderTable(columns: TextColumn[], rows: string[][], width?: number): string {
  let cols = columns;
  let data = rows.map((r) => r.map(visible));
  if (width !== undefined && width > 0) {
    const { keep, limit } = fit(columns, data, width);
    cols = keep.map((i) => ({ ...columns[i]!, ...(columns[i]!.max !== undefined ? { max: limit[i]! } : {}) }));
    data = data.map((r) => keep.map((i) => r[i] ?? ""));
  }
  const cells = data.map((r) => cols.map((c, i) => wrap(r[i] ?? "", c.max ?? 1000)));
  const widths = cols.map((c, i) => Math.max(c.header.length, ...cells.map((r) => Math.max(...r[i]!.map((l) => l.length)))));
  const pad = (text: string, i: number) => (cols[i]!.align === "right" ? text.padStart(widths[i]!) : text.padEnd(widths[i]!));
  const out = [cols.map((c, i) => pad(c.header, i)).join(" ".repeat(GAP)).trimEnd(), widths.map((w) => "─".repeat(w)).join(" ".repeat(GAP))];
  for (const r of cells) {
    const height = Math.max(...r.map((c) => c.length));
    for (let line = 0; line < height; line++) out.push(r.map((c, i) => pad(c[line] ?? "", i)).join(" ".repeat(GAP)).trimEnd());
  }
  return out.join("\n");
}

/** The width tables should fit: the terminal's, or none when output is piped (a file or another program wraps it). */
export function terminalWidth(stream: NodeJS.WriteStream = process.stdout): number | undefined {
  return stream.isTTY && stream.columns ? stream.columns : undefined;
}
