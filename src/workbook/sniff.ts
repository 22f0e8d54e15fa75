// What a file that is not an .xlsx workbook is, told from its first bytes and (for zips) its entry names, so the user
// reads one line saying what the file is and what to do instead of "rusak, terpotong, atau berformat lain".
import * as msg from "../text/messages/reader.js";

const ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

/** The separator a text table uses, when its first line has one: tab, semicolon or comma, the most frequent. */
function separatorOf(text: string): "tab" | "titik koma" | "koma" | undefined {
  const first = text.split(/\r?\n/, 1)[0] ?? "";
  const counts = [
    ["tab", (first.match(/\t/g) ?? []).length],
    ["titik koma", (first.match(/;/g) ?? []).length],
    ["koma", (first.match(/,/g) ?? []).length],
  ] as const;
  const best = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : undefined;
}

/**
 * One Indonesian line naming a non-xlsx input and what to do, or undefined when the bytes look like an .xlsx (or
 * like nothing known: the caller keeps its generic message). `entries` are the zip's entry names when it is a zip.
 */
export function sniffInput(file: string, head: Uint8Array, entries?: string[]): string | undefined {
  const bytes = Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, 4096));
  if (entries) {
    const names = new Set(entries);
    if (names.has("xl/workbook.xml")) return undefined;
    if (names.has("mimetype") && bytes.includes(ODS_MIMETYPE)) return msg.odsInput(file);
    if (names.has("xl/workbook.bin")) return msg.xlsbInput(file);
    if (names.has("word/document.xml")) return msg.docxInput(file);
    return undefined;
  }
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") return msg.pdfInput(file);
  if (bytes.includes(0)) return undefined; // binary, not text
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  const lower = text.trimStart().toLowerCase();
  if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || /<table[\s>]/.test(lower)) return msg.htmlInput(file);
  if (lower.startsWith("<?xml") && lower.includes("urn:schemas-microsoft-com:office:spreadsheet")) return msg.xmlSpreadsheetInput(file);
  const sep = separatorOf(text);
  return sep ? msg.csvInput(file, sep) : undefined;
}
