// What XML 1.0 forbids never reaches an output. A workbook cell may hold any UTF-16 code unit (U+FFFE, U+0001, half a
// surrogate pair); written raw into `word/document.xml` or `sharedStrings.xml` it makes a file Word refuses to open.
// Applied once, to the finished parts of each package lkip writes (the .docx, the annotated copy, the recap), so no
// call site has to remember it.
import { unzipSync } from "fflate";
import { zipFiles, type ZipData } from "./zip.js";

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. Everything else is removed:
// C0 controls but tab, newline and carriage return; U+FFFE and U+FFFF; surrogates that are not part of a pair.
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters XML 1.0 forbids. Returns the same string when there are none. */
export function cleanXmlText(text: string): string {
  FORBIDDEN.lastIndex = 0;
  if (!FORBIDDEN.test(text)) return text;
  FORBIDDEN.lastIndex = 0;
  return text.replace(FORBIDDEN, "");
}

const XML_PART = /\.(xml|rels|vml)$/i;
const PACKAGE_PART = /\.(xlsx|docx)$/i;

// U+FFFE/U+FFFF in UTF-8 (EF BF BE / EF BF BF), a C0 control other than tab/LF/CR, or a UTF-8 encoded surrogate
// (ED A0..BF xx): a cheap test on the bytes before a part is decoded and rewritten.
function mayHoldForbidden(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return true;
    if (b === 0xef && bytes[i + 1] === 0xbf && (bytes[i + 2] === 0xbe || bytes[i + 2] === 0xbf)) return true;
    if (b === 0xed && (bytes[i + 1] ?? 0) >= 0xa0) return true;
  }
  return false;
}

/** One part of a package, cleaned: XML text, XML bytes, and packages inside the package (a chart's workbook). */
export function cleanPart(path: string, data: ZipData): ZipData {
  if (typeof data === "string") return cleanXmlText(data);
  if (XML_PART.test(path)) {
    if (!mayHoldForbidden(data)) return data;
    const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("utf8");
    const clean = Buffer.from(cleanXmlText(text), "utf8"); // invalid UTF-8 (an encoded surrogate) becomes U+FFFD
    return clean.equals(data) ? data : clean;
  }
  if (PACKAGE_PART.test(path)) return cleanPackage(data);
  return data;
}

/** The package's files with every XML part cleaned; the map is changed in place and returned. */
export function cleanParts<T extends Map<string, ZipData>>(files: T): T {
  for (const [path, data] of files) files.set(path, cleanPart(path, data));
  return files;
}

/**
 * A zip package (what exceljs writes) with every XML part cleaned. The same bytes come back when nothing had to be
 * removed; otherwise the package is zipped again.
 */
export function cleanPackage(zip: Uint8Array): Uint8Array {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip);
  } catch {
    return zip; // not a zip: not ours to clean
  }
  let changed = false;
  const files = new Map<string, ZipData>();
  for (const [path, data] of Object.entries(entries)) {
    const clean = cleanPart(path, data);
    if (clean !== data) changed = true;
    files.set(path, clean);
  }
  return changed ? zipFiles(files) : zip;
}
