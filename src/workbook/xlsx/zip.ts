// The zip container of an .xlsx: entries from the central directory, each inflated under one byte budget shared by
// the whole archive (a zip bomb may lie about its sizes) and checked against its CRC-32 (a flipped bit is refused,
// never read silently). Entry names are normalised, so `/xl/worksheets/sheet1.xml` and `xl\worksheets\sheet1.xml`
// are the part `xl/worksheets/sheet1.xml`.
import { crc32, inflateRawSync } from "node:zlib";

/** Why an archive cannot be used; open.ts turns each into one Indonesian line. */
export class ZipError extends Error {
  constructor(
    readonly kind: "not-zip" | "entries" | "size" | "crc" | "method",
    /** The damaged part, or the number of entries. */
    readonly part?: string,
  ) {
    super(part ? `${kind}: ${part}` : kind);
  }
}

interface DirEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  localOffset: number;
}

/** A part name as the package addresses it: no leading slash, forward slashes, no `./` segments. */
export function normalisePartName(name: string): string {
  return name
    .replace(/\\/g, "/")
    .split("/")
    .filter((s) => s !== "" && s !== ".")
    .join("/");
}

/** The central directory, read without inflating anything; undefined when it is not a readable zip. */
export function zipDirectory(buf: Buffer): DirEntry[] | undefined {
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) return undefined;
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
  const entries: DirEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return undefined;
    const nameLength = buf.readUInt16LE(p + 28);
    entries.push({
      name: buf.toString("utf8", p + 46, p + 46 + nameLength),
      method: buf.readUInt16LE(p + 10),
      crc: buf.readUInt32LE(p + 16),
      compressedSize: buf.readUInt32LE(p + 20),
      localOffset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}

/** Bytes inflated so far over the whole archive, against a limit. */
export class ByteBudget {
  used = 0;
  constructor(readonly limit: number) {}
  take(n: number): void {
    this.used += n;
    if (this.used > this.limit) throw new ZipError("size");
  }
}

/**
 * Inflates every entry (directories aside) under the budget and checks its CRC. Returns the parts by normalised name;
 * `keep` decides which parts are kept in memory (the others are only measured and checked). Inflation is Node's
 * native zlib, told never to produce more than the budget has left: a bomb stops at the limit, not after it.
 */
export function unzipParts(buf: Buffer, entries: DirEntry[], budget: ByteBudget, keep: (name: string) => boolean): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  for (const e of entries) {
    const name = normalisePartName(e.name);
    if (e.name.endsWith("/") && e.compressedSize === 0) continue;
    const p = e.localOffset;
    if (p + 30 > buf.length || buf.readUInt32LE(p) !== 0x04034b50) throw new ZipError("not-zip");
    const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
    if (start + e.compressedSize > buf.length) throw new ZipError("not-zip");
    const data = buf.subarray(start, start + e.compressedSize);
    let out: Uint8Array;
    if (e.method === 0) out = data;
    else if (e.method === 8) out = data.length === 0 ? new Uint8Array(0) : inflate(data, budget.limit - budget.used, name);
    else throw new ZipError("method", name);
    budget.take(out.length);
    if (crc32(out) >>> 0 !== e.crc >>> 0) throw new ZipError("crc", name);
    if (keep(name) && !parts.has(name)) parts.set(name, out);
  }
  return parts;
}

function inflate(data: Uint8Array, room: number, name: string): Uint8Array {
  try {
    // one byte over the room left, so that reaching it is told apart from filling it exactly
    return inflateRawSync(data, { maxOutputLength: Math.max(room, 0) + 1 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw new ZipError("size");
    throw new ZipError("crc", name);
  }
}
