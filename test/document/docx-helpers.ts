// Small Word documents for the document checker's tests, made with the `docx` library: plain tables of text rows
// and paragraphs, written to a temporary folder.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";

export const cell = (text: string, o: { columnSpan?: number; rowSpan?: number } = {}) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })], ...o });
export const row = (texts: string[]) => new TableRow({ children: texts.map((t) => cell(t)) });
export const table = (rows: string[][]) => new Table({ rows: rows.map(row) });
export const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });

/** A temporary folder and a writer of documents into it; `cleanup` for afterAll. */
export function docWriter(prefix: string): { write: (name: string, children: (Paragraph | Table)[]) => Promise<string>; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    write: async (name, children) => {
      const file = join(dir, name);
      writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children }] })));
      return file;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
