// Opening a workbook safely: refuse what is not an .xlsx (legacy .xls, password-protected, not a zip, truncated)
// and what would expand past the documented limits, before exceljs reads it all into memory.
import { open, stat } from "node:fs/promises";
import ExcelJS from "exceljs";
import { LkipError } from "../errors.js";
import * as msg from "../text/messages/reader.js";

/** Documented limits (docs/workbook.md): a workbook past them is refused before it is read. */
export const LIMITS = {
  /** Size of the file on disk. */
  fileBytes: 100 * 1024 * 1024,
  /** Sum of the uncompressed sizes of the zip's entries. */
  uncompressedBytes: 300 * 1024 * 1024,
  /** Number of entries in the zip. */
  entries: 10_000,
};

const MiB = (n: number) => `${Math.round(n / 1024 / 1024)} MiB`;

/** The zip's central directory: entry count and total uncompressed size, without inflating anything. */
function zipDirectory(buf: Buffer): { entries: number; uncompressed: number } | undefined {
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
  if (cdOffset === 0xffffffff || count === 0xffff) return { entries: Infinity, uncompressed: Infinity };
  let p = cdOffset;
  let uncompressed = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return undefined;
    const size = buf.readUInt32LE(p + 24);
    uncompressed += size === 0xffffffff ? Infinity : size;
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return { entries: count, uncompressed };
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
  const handle = await open(file, "r");
  let buf: Buffer;
  try {
    buf = await handle.readFile();
  } finally {
    await handle.close();
  }
  if (buf.subarray(0, 8).equals(CFB)) {
    throw new LkipError(buf.includes(ENCRYPTION_INFO) ? msg.encrypted(file) : msg.legacyXls(file));
  }
  const dir = buf.readUInt32LE(0) === 0x04034b50 ? zipDirectory(buf) : undefined;
  if (!dir) throw new LkipError(msg.notXlsx(file));
  if (dir.entries > LIMITS.entries) throw new LkipError(msg.tooLarge(file, `jumlah isi arsip ${dir.entries}`, String(LIMITS.entries)));
  if (dir.uncompressed > LIMITS.uncompressedBytes) {
    throw new LkipError(msg.tooLarge(file, "ukuran setelah diekstrak", MiB(LIMITS.uncompressedBytes)));
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
