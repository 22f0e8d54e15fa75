// Small Word documents for the document checker's tests, made with the `docx` library: plain tables of text rows
// and paragraphs, written to a temporary folder.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { checkDocument } from "../../src/document/check.js";
import { readDocx } from "../../src/document/read.js";
import type { DocCheckResult } from "../../src/document/types.js";

export const cell = (text: string, o: { columnSpan?: number; rowSpan?: number } = {}) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })], ...o });
export const row = (texts: string[]) => new TableRow({ children: texts.map((t) => cell(t)) });
export const table = (rows: string[][]) => new Table({ rows: rows.map(row) });
export const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });

type Children = (Paragraph | Table)[];

/** A temporary folder, a writer of documents into it, and a checker of what it wrote; `cleanup` for afterAll. */
export function docWriter(prefix: string): {
  write: (name: string, children: Children) => Promise<string>;
  check: (name: string, children: Children) => Promise<DocCheckResult>;
  cleanup: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const write = async (name: string, children: Children) => {
    const file = join(dir, name);
    writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children }] })));
    return file;
  };
  return {
    write,
    check: async (name, children) => checkDocument(await readDocx(await write(name, children))),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A finding's rule, place and figures, as the tests compare them. */
export const brief = (r: DocCheckResult, rule?: string) =>
  r.findings
    .filter((f) => rule === undefined || f.rule === rule)
    .map((f) => ({ rule: f.rule, lokasi: f.lokasi, expected: f.expected, actual: f.actual, ...(f.terkait ? { terkait: f.terkait } : {}) }));
