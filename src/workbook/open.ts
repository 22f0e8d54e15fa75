// Opening a workbook safely: refuse what is not an .xlsx (legacy .xls, password-protected, not a zip, truncated)
// and what would expand past the documented limits (bytes after inflating, cells), before exceljs reads it all into
// memory. fflate is here for that one job: inflating with a budget, which exceljs' reader cannot do.
import { open, stat } from "node:fs/promises";
import ExcelJS from "exceljs";
import { Inflate } from "fflate";
import { LkipError } from "../errors.js";
import * as msg from "../text/messages/reader.js";

/** Documented limits (docs/workbook.md): a workbook past them is refused before it is read. */
export const LIMITS = {
  /** Size of the file on disk. */
  fileBytes: 100 * 1024 * 1024,
  /** Sum of the uncompressed sizes of the zip's entries. */
  uncompressedBytes: 100 * 1024 * 1024,
  /** Number of entries in the zip. */
  entries: 10_000,
  /** Number of cells over all worksheets. */
  cells: 1_000_000,
};

const MiB = (n: number) => `${Math.round(n / 1024 / 1024)} MiB`;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

/** The zip's central directory, read without inflating anything; undefined when it is not a readable zip. */
function zipDirectory(buf: Buffer): ZipEntry[] | undefined {
  const min = Math.max(0, buf.length - 65_557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (cdOffset === 0xffffffff || count === 0xffff) return undefined; // ZIP64: no workbook of ours needs it
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return undefined;
    const nameLength = buf.readUInt16LE(p + 28);
    entries.push({
      name: buf.toString("utf8", p + 46, p + 46 + nameLength),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      localOffset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}

class LimitExceeded extends Error {
  constructor(readonly what: "size" | "cells") {
    super(what);
  }
}

/**
 * Inflates every entry with a byte budget, whatever sizes its headers claim (a zip bomb may lie), and counts the
 * cells (`<c ` / `<c>`) of the worksheets on the way. Nothing is kept: this only measures.
 */
function measureZip(buf: Buffer, entries: ZipEntry[]): { bytes: number; cells: number } | undefined {
  let bytes = 0;
  let cells = 0;
  for (const e of entries) {
    const p = e.localOffset;
    if (p + 30 > buf.length || buf.readUInt32LE(p) !== 0x04034b50) return undefined;
    const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
    const data = buf.subarray(start, start + e.compressedSize);
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/.test(e.name);
    let tail = "";
    const onChunk = (chunk: Uint8Array) => {
      bytes += chunk.length;
      if (bytes > LIMITS.uncompressedBytes) throw new LimitExceeded("size");
      if (isSheet) {
        const text = tail + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString("latin1");
        cells += (text.match(/<c[ >]/g) ?? []).length;
        tail = text.slice(-2);
        if (cells > LIMITS.cells) throw new LimitExceeded("cells");
      }
    };
    if (e.method === 0) onChunk(data);
    else if (e.method === 8) {
      const inflater = new Inflate(onChunk);
      for (let off = 0; off < data.length; off += 65_536) inflater.push(data.subarray(off, off + 65_536), off + 65_536 >= data.length);
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } else return undefined;
  }
  return { bytes, cells };
}

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");

/** Checks the file and reads it with exceljs; every failure is an LkipError with one Indonesian line. */
export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
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
  let buf: Buffer;
  try {
    const handle = await open(file, "r");
    try {
      buf = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    const reason = code === "EACCES" || code === "EPERM" ? msg.reasonNoPermission : msg.reasonReadFailed(code ?? String(e));
    throw new LkipError(msg.cannotRead(file, reason), 2, e);
  }
  if (buf.subarray(0, 8).equals(CFB)) {
    throw new LkipError(buf.includes(ENCRYPTION_INFO) ? msg.encrypted(file) : msg.legacyXls(file));
  }
  const dir = buf.length >= 4 && buf.readUInt32LE(0) === 0x04034b50 ? zipDirectory(buf) : undefined;
  if (!dir) throw new LkipError(msg.notXlsx(file));
  if (dir.length > LIMITS.entries) throw new LkipError(msg.tooLarge(file, `jumlah isi arsip ${dir.length}`, String(LIMITS.entries)));
  try {
    if (!measureZip(buf, dir)) throw new LkipError(msg.notXlsx(file));
  } catch (e) {
    if (e instanceof LimitExceeded) {
      throw new LkipError(
        e.what === "size"
          ? msg.tooLarge(file, "ukuran setelah diekstrak", MiB(LIMITS.uncompressedBytes))
          : msg.tooLarge(file, "jumlah sel", LIMITS.cells.toLocaleString("id-ID")),
      );
    }
    if (e instanceof LkipError) throw e;
    throw new LkipError(msg.notXlsx(file), 2, e);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw new LkipError(msg.notXlsx(file), 2, e);
  }
  if (wb.worksheets.length === 0) throw new LkipError(msg.notXlsx(file));
  return wb;
}
