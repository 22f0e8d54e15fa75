// An .xlsx archive → its worksheets, in the workbook's order: lkip's own SpreadsheetML reader (exceljs is kept for
// writing only). One pass per part; parts that do not hold cell values (comments, drawings, printer settings …) are
// inflated only to check them against the byte budget and their CRC.
import { parseSharedStrings } from "./shared-strings.js";
import { CellBudget, parseWorksheet, type Worksheet } from "./sheet.js";
import { NO_STYLES, parseStyles } from "./styles.js";
import { readRelationships, workbookPart } from "./package.js";
import { parseWorkbookPart } from "./workbook-part.js";
import { ByteBudget, unzipParts, zipDirectory, ZipError } from "./zip.js";
import { decodePart, parseXml, XmlError } from "./xml.js";

export type { Worksheet } from "./sheet.js";

export interface XlsxLimits {
  uncompressedBytes: number;
  entries: number;
  cells: number;
  mergedRanges: number;
}

export interface XlsxWorkbook {
  worksheets: Worksheet[];
  date1904: boolean;
}

const keepPart = (name: string) => /\.(xml|rels)$/i.test(name) && !/(^|\/)(media|printerSettings|embeddings)\//i.test(name);
const WORKSHEET_NAME = /^xl\/worksheets\/[^/]+\.xml$/i;

/** Counts the cells of a worksheet part that no relationship names, so that hiding cells there bypasses nothing. */
function countCells(bytes: Uint8Array, cells: CellBudget): void {
  try {
    parseXml(decodePart(bytes), {
      wantsText: false,
      open(name: string) {
        if (name === "c") cells.take();
      },
      close() {},
      text() {},
    });
  } catch (e) {
    // an unreferenced part that is not well-formed is not read; the cells before the damage still count
    if (!(e instanceof XmlError)) throw e;
  }
}

/**
 * Reads the workbook in `buf`. Throws ZipError (not a zip, too large, damaged entry), SheetLimitError (cells, merges,
 * an over-long cell text) or XmlError (a part that is not well-formed or a package without a workbook).
 */
export function readXlsx(buf: Buffer, limits: XlsxLimits): XlsxWorkbook {
  const dir = zipDirectory(buf);
  if (!dir) throw new ZipError("not-zip");
  if (dir.length > limits.entries) throw new ZipError("entries", String(dir.length));
  const parts = unzipParts(buf, dir, new ByteBudget(limits.uncompressedBytes), keepPart);
  const cells = new CellBudget(limits.cells);
  const read = new Set<string>();
  let result: XlsxWorkbook | undefined;
  let packageError: unknown;
  try {
    const wbPart = workbookPart(parts);
    const wb = parseWorkbookPart(parts.get(wbPart)!);
    const rels = readRelationships(parts, wbPart);
    const byId = new Map(rels.map((r) => [r.id, r]));
    const strings = rels.find((r) => r.type === "sharedStrings" && parts.has(r.target));
    const styles = rels.find((r) => r.type === "styles" && parts.has(r.target));
    const ctx = {
      sharedStrings: strings ? parseSharedStrings(parts.get(strings.target)!) : [],
      styles: styles ? parseStyles(parts.get(styles.target)!) : NO_STYLES,
      date1904: wb.date1904,
      cells,
      maxMerges: limits.mergedRanges,
    };
    const worksheets: Worksheet[] = [];
    for (const s of wb.sheets) {
      const rel = byId.get(s.relId);
      // chartsheets and dialog sheets hold no cells; a sheet whose part is missing is damage
      if (!rel || rel.type !== "worksheet") continue;
      const bytes = parts.get(rel.target);
      if (!bytes) throw new XmlError(`bagian ${rel.target} tidak ada`);
      if (read.has(rel.target)) continue;
      read.add(rel.target);
      worksheets.push(parseWorksheet(s.name, s.state, bytes, ctx));
    }
    result = { worksheets, date1904: wb.date1904 };
  } catch (e) {
    if (!(e instanceof XmlError)) throw e;
    packageError = e;
  }
  for (const [name, bytes] of parts) if (WORKSHEET_NAME.test(name) && !read.has(name)) countCells(bytes, cells);
  if (!result) throw packageError;
  return result;
}
