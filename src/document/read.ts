// A Word report (.docx) → its body in order: paragraphs and tables, as Word stores them. The zip is opened with the
// workbook reader's limits (one byte budget for the archive, CRC of every entry) and `word/document.xml` is walked
// once with the workbook reader's XML tokenizer. Indexes follow the JSON contract (docs/checks.md): paragraphs and
// tables are numbered 1-based over the direct children of `w:body`; rows 1-based; cells as Word stores them (a
// merged cell counts once, its `gridSpan` and `vMerge` kept).
import { LkipError } from "../errors.js";
import * as msg from "../text/messages/document.js";
import { compoundKind, LIMITS, readInputFile } from "../workbook/open.js";
import { sniffInput } from "../workbook/sniff.js";
import { ByteBudget, unzipParts, zipDirectory, ZipError } from "../workbook/xlsx/zip.js";
import { decodePart, parseXml, XmlError, type Attrs } from "../workbook/xlsx/xml.js";

export interface DocParagraph {
  kind: "p";
  /** 1-based over the `w:p` children of `w:body`. */
  index: number;
  text: string;
  /** The paragraph style id (`Heading1`, `Judul2` …), when set. */
  style?: string;
}

export interface DocCell {
  text: string;
  /** Grid columns the cell spans (1 unless `w:gridSpan`). */
  span: number;
  /** 0-based first grid column. */
  gridCol: number;
  /** `restart`: the first cell of a vertical merge; `continue`: a cell merged into the one above. */
  vMerge?: "restart" | "continue";
  /** Every run of the cell's text is bold. */
  bold: boolean;
  /** Left indentation of the cell's first paragraph in twips (`w:ind` left/start, plus leading tabs at 720 each). */
  indent: number;
}

export interface DocRow {
  cells: DocCell[];
  /** Marked as a header row that repeats on each page (`w:tblHeader`). */
  header: boolean;
}

export interface DocTable {
  kind: "tbl";
  /** 1-based over the `w:tbl` children of `w:body`. */
  index: number;
  rows: DocRow[];
  /** The nearest preceding paragraph reading `Tabel N.M …`, when any. */
  caption?: string;
  /** Paragraph index of that caption. */
  captionParagraph?: number;
}

export type DocItem = DocParagraph | DocTable;

export interface DocxDocument {
  file: string;
  items: DocItem[];
  paragraphs: DocParagraph[];
  tables: DocTable[];
}

const keepPart = (name: string) => name === "word/document.xml";

/** A caption paragraph: `Tabel 3.20 …` (also `Tabel 3.5 (lanjutan)`). */
export const CAPTION = /^\s*tabel\s+(\d+(?:\.\d+)*)\b/i;

/** Parses `word/document.xml` text into body items. Throws XmlError when it is not well-formed. */
export function parseDocumentXml(file: string, xml: string): DocxDocument {
  const items: DocItem[] = [];
  const paragraphs: DocParagraph[] = [];
  const tables: DocTable[] = [];
  // element path of local names, to know what is a direct child of w:body
  const path: string[] = [];
  let bodyDepth = -1;
  let para: { text: string[]; style?: string } | undefined; // a body paragraph being read
  let table: DocTable | undefined; // a body table being read
  let tblDepth = -1;
  let row: DocRow | undefined;
  let cell:
    | { text: string[]; paras: number; span: number; vMerge?: "restart" | "continue"; runs: number; boldRuns: number; indent: number }
    | undefined;
  let cellDepth = -1;
  let inText = false;
  let runBold = false;
  let runHasText = false;
  let gridCol = 0;
  let lastCaption: { text: string; index: number } | undefined;

  const h = {
    wantsText: false,
    open(name: string, a: Attrs, selfClosing: boolean) {
      const depth = path.length;
      if (name === "body" && bodyDepth < 0) bodyDepth = depth;
      else if (bodyDepth >= 0 && depth === bodyDepth + 1 && name === "p") para = { text: [] };
      else if (bodyDepth >= 0 && depth === bodyDepth + 1 && name === "tbl") {
        table = { kind: "tbl", index: tables.length + 1, rows: [] };
        tblDepth = depth;
      } else if (table && name === "tr" && depth === tblDepth + 1) {
        row = { cells: [], header: false };
        gridCol = 0;
      } else if (table && row && name === "tblHeader" && depth === tblDepth + 3) {
        row.header = a.val === undefined || !/^(0|false|off)$/i.test(a.val);
      } else if (row && name === "tc" && depth === tblDepth + 2) {
        cell = { text: [], paras: 0, span: 1, runs: 0, boldRuns: 0, indent: 0 };
        cellDepth = depth;
      } else if (cell && depth === cellDepth + 2 && path[cellDepth + 1] === "tcPr") {
        if (name === "gridSpan") cell.span = Math.max(1, Number(a.val) || 1);
        if (name === "vMerge") cell.vMerge = a.val === "restart" ? "restart" : "continue";
      } else if (cell && name === "p") {
        if (cell.paras > 0) cell.text.push("\n");
        cell.paras++;
      } else if (cell && cell.paras === 1 && name === "ind" && path[depth - 1] === "pPr") {
        cell.indent = Math.max(0, Number(a.left ?? a.start ?? 0) || 0);
      }
      if (name === "pStyle" && para && depth === bodyDepth + 3) para.style = a.val;
      if (name === "r") {
        runBold = false;
        runHasText = false;
      }
      if (name === "b" && path[depth - 1] === "rPr" && path[depth - 2] === "r") runBold = a.val === undefined || !/^(0|false|off)$/i.test(a.val);
      const sink = cell ? cell.text : para?.text;
      if (sink && (name === "tab" || name === "br" || name === "cr") && path[depth - 1] === "r") sink.push(name === "tab" ? "\t" : " ");
      if (name === "t" && !selfClosing && sink && path[depth - 1] === "r") {
        inText = true;
        h.wantsText = true;
      }
      if (!selfClosing) path.push(name);
    },
    close(name: string) {
      path.pop();
      const depth = path.length;
      if (name === "t") {
        inText = false;
        h.wantsText = false;
      } else if (name === "r" && cell && runHasText) {
        cell.runs++;
        if (runBold) cell.boldRuns++;
      } else if (name === "p" && para && depth === bodyDepth + 1) {
        const p: DocParagraph = { kind: "p", index: paragraphs.length + 1, text: para.text.join(""), ...(para.style ? { style: para.style } : {}) };
        paragraphs.push(p);
        items.push(p);
        if (CAPTION.test(p.text)) lastCaption = { text: p.text.trim(), index: p.index };
        para = undefined;
      } else if (name === "tc" && cell && row && depth === cellDepth) {
        const raw = cell.text.join("");
        row.cells.push({
          text: raw.trim(),
          span: cell.span,
          gridCol,
          ...(cell.vMerge ? { vMerge: cell.vMerge } : {}),
          bold: cell.runs > 0 && cell.boldRuns === cell.runs,
          indent: cell.indent + 720 * (/^\t*/.exec(raw)?.[0].length ?? 0),
        });
        gridCol += cell.span;
        cell = undefined;
      } else if (name === "tr" && row && table && depth === tblDepth + 1) {
        table.rows.push(row);
        row = undefined;
      } else if (name === "tbl" && table && depth === tblDepth) {
        if (lastCaption) {
          table.caption = lastCaption.text;
          table.captionParagraph = lastCaption.index;
        }
        tables.push(table);
        items.push(table);
        table = undefined;
        tblDepth = -1;
      }
    },
    text(t: string) {
      if (!inText) return;
      if (t !== "") runHasText = true;
      (cell ? cell.text : para?.text)?.push(t);
    },
  };
  parseXml(xml, h);
  return { file, items, paragraphs, tables };
}

const WORD_STREAM = Buffer.from("WordDocument", "utf16le");

/**
 * Whether an input is a Word document, told from its content: a zip holding `word/document.xml`, or a legacy .doc
 * (an OLE file with a WordDocument stream). Unreadable files are left to the workbook reader's messages.
 */
export async function isWordInput(file: string): Promise<boolean> {
  let buf: Buffer;
  try {
    buf = await readInputFile(file);
  } catch {
    return false;
  }
  if (compoundKind(buf) === "legacy") return buf.includes(WORD_STREAM);
  return zipDirectory(buf)?.some((e) => e.name.replace(/^\//, "") === "word/document.xml") ?? false;
}

/** Reads a .docx: every failure (missing, not a .docx, encrypted, .doc, too large, damaged) is one-line LkipError. */
export async function readDocx(file: string): Promise<DocxDocument> {
  const buf = await readInputFile(file);
  return readDocxBuffer(file, buf);
}

export function readDocxBuffer(file: string, buf: Buffer): DocxDocument {
  const compound = compoundKind(buf);
  if (compound) throw new LkipError(compound === "encrypted" ? msg.encrypted(file) : msg.legacyDoc(file));
  const dir = zipDirectory(buf);
  if (!dir) throw new LkipError(sniffInput(file, buf) ?? msg.notDocx(file));
  if (dir.length > LIMITS.entries) throw new LkipError(msg.tooLarge(file, `jumlah isi arsip ${dir.length}`, String(LIMITS.entries)));
  if (!dir.some((e) => e.name.replace(/^\//, "") === "word/document.xml")) {
    throw new LkipError(msg.notDocx(file));
  }
  let parts: Map<string, Uint8Array>;
  try {
    parts = unzipParts(buf, dir, new ByteBudget(LIMITS.uncompressedBytes), keepPart);
  } catch (e) {
    if (e instanceof ZipError) {
      if (e.kind === "size") throw new LkipError(msg.tooLarge(file, "ukuran setelah diekstrak", `${Math.round(LIMITS.uncompressedBytes / 1048576)} MiB`));
      if (e.kind === "crc") throw new LkipError(msg.damagedPart(file, e.part ?? "?"), 2, e);
      throw new LkipError(msg.notDocx(file), 2, e);
    }
    throw e;
  }
  const bytes = parts.get("word/document.xml");
  if (!bytes) throw new LkipError(msg.notDocx(file));
  try {
    return parseDocumentXml(file, decodePart(bytes));
  } catch (e) {
    if (e instanceof XmlError) throw new LkipError(msg.notDocx(file), 2, e);
    throw e;
  }
}
