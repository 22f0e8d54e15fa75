// Opening a workbook safely: refuse what is not an .xlsx (legacy .xls, password-protected, not a zip, truncated, a
// damaged entry) and what would expand past the documented limits (bytes after inflating, cells, merged ranges, an
// over-long cell), then read its worksheets with lkip's own reader (src/workbook/xlsx/). Every limit is measured while
// reading, never taken from what the file claims.
import { open, stat } from "node:fs/promises";
import { LkipError } from "../errors.js";
import * as msg from "../text/messages/reader.js";
import { sniffInput } from "./sniff.js";
import { readXlsx, type XlsxWorkbook } from "./xlsx/read.js";
import { SheetLimitError } from "./xlsx/sheet.js";
import { XmlError } from "./xlsx/xml.js";
import { ZipError, zipDirectory } from "./xlsx/zip.js";

export type { XlsxWorkbook, Worksheet } from "./xlsx/read.js";

/** Documented limits (docs/workbook.md): a workbook past them is refused. */
export const LIMITS = {
  /** Size of the file on disk. */
  fileBytes: 100 * 1024 * 1024,
  /** Sum of the uncompressed sizes of the zip's entries. */
  uncompressedBytes: 100 * 1024 * 1024,
  /** Number of entries in the zip. */
  entries: 10_000,
  /** Number of cells over all worksheets (every `<c>` in the sheets, empty or not). */
  cells: 1_000_000,
  /** Number of merged ranges in one sheet. */
  mergedRanges: 20_000,
};

const MiB = (n: number) => `${Math.round(n / 1024 / 1024)} MiB`;
const id = (n: number) => n.toLocaleString("id-ID");

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");

/** One Indonesian line for what the reader refused. */
function refusal(file: string, e: unknown): LkipError | undefined {
  if (e instanceof ZipError) {
    switch (e.kind) {
      case "entries":
        return new LkipError(msg.tooLarge(file, `jumlah isi arsip ${e.part}`, String(LIMITS.entries)));
      case "size":
        return new LkipError(msg.tooLarge(file, "ukuran setelah diekstrak", MiB(LIMITS.uncompressedBytes)));
      case "crc":
        return new LkipError(msg.damagedPart(file, e.part ?? "?"), 2, e);
      default:
        return new LkipError(msg.notXlsx(file), 2, e);
    }
  }
  if (e instanceof SheetLimitError) {
    switch (e.kind) {
      case "cells":
        return new LkipError(msg.tooLarge(file, "jumlah sel", id(LIMITS.cells)));
      case "merges":
        return new LkipError(msg.tooLarge(file, "jumlah rentang sel gabungan (merge) dalam satu sheet", id(LIMITS.mergedRanges)));
      case "cell-text":
        return new LkipError(msg.cellTextTooLong(file, e.sheet ?? "?", e.cell ?? "?", id(e.length ?? 0)));
    }
  }
  if (e instanceof XmlError) return new LkipError(msg.notXlsx(file), 2, e);
  return undefined;
}

/** Reads a whole input file after checking it exists and is under LIMITS.fileBytes; failures are one-line LkipErrors. */
export async function readInputFile(file: string): Promise<Buffer> {
  let size: number;
  try {
    const st = await stat(file);
    if (!st.isFile()) throw new LkipError(msg.notAFile(file));
    size = st.size;
  } catch (e) {
    if (e instanceof LkipError) throw e;
    throw new LkipError(msg.fileNotFound(file));
  }
  if (size > LIMITS.fileBytes) throw new LkipError(msg.tooLarge(file, `ukuran berkas ${MiB(size)}`, MiB(LIMITS.fileBytes)));
  try {
    const handle = await open(file, "r");
    try {
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    const reason = code === "EACCES" || code === "EPERM" ? msg.reasonNoPermission : msg.reasonReadFailed(code ?? String(e));
    throw new LkipError(msg.cannotRead(file, reason), 2, e);
  }
}

/** An OLE compound file (legacy .xls/.doc, or an encrypted Office file): "encrypted" or "legacy"; undefined otherwise. */
export function compoundKind(buf: Buffer): "encrypted" | "legacy" | undefined {
  if (!buf.subarray(0, 8).equals(CFB)) return undefined;
  return buf.includes(ENCRYPTION_INFO) ? "encrypted" : "legacy";
}

/** Checks the file and reads its worksheets; every failure is an LkipError with one Indonesian line. */
export async function openWorkbook(file: string): Promise<XlsxWorkbook> {
  const buf = await readInputFile(file);
  const compound = compoundKind(buf);
  if (compound) throw new LkipError(compound === "encrypted" ? msg.encrypted(file) : msg.legacyXls(file));
  const named = sniffInput(file, buf, zipDirectory(buf)?.map((e) => e.name));
  if (named) throw new LkipError(named);
  let wb: XlsxWorkbook;
  try {
    wb = readXlsx(buf, LIMITS);
  } catch (e) {
    throw refusal(file, e) ?? e;
  }
  if (wb.worksheets.length === 0) throw new LkipError(msg.notXlsx(file));
  return wb;
}
