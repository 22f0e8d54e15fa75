// A plain-text table for the terminal: columns padded to their widest cell, long text wrapped, numbers right-aligned,
// control characters in a cell made visible (its text may come from a workbook).

export interface TextColumn {
  header: string;
  align?: "left" | "right";
  /** Wrap cells longer than this many characters. */
  max?: number;
}

import { visible } from "../text/terminal.js";

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

export function renderTable(columns: TextColumn[], rows: string[][]): string {
  const cells = rows.map((r) => columns.map((c, i) => wrap(visible(r[i] ?? ""), c.max ?? 1000)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => Math.max(...r[i]!.map((l) => l.length)))));
  const pad = (text: string, i: number) =>
    columns[i]!.align === "right" ? text.padStart(widths[i]!) : text.padEnd(widths[i]!);
  const out = [columns.map((c, i) => pad(c.header, i)).join("  ").trimEnd(), widths.map((w) => "─".repeat(w)).join("  ")];
  for (const r of cells) {
    const height = Math.max(...r.map((c) => c.length));
    for (let line = 0; line < height; line++) out.push(r.map((c, i) => pad(c[line] ?? "", i)).join("  ").trimEnd());
  }
  return out.join("\n");
}
