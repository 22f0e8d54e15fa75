// The zip container of an .xlsx: entries from the central directory, each inflated under one byte budget shared by
// the whole archive (a zip bomb may lie about its sizes) and checked against its CRC-32 (a flipped bit is refused,
// never read silently). Entry names are normalised, so `/xl/worksheets/sheet1.xml` and `xl\worksheets\sheet1.xml`
// are the part `xl/worksheets/sheet1.xml`.
import { crc32 } from "node:zlib";
import { Inflate } from "fflate";

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

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}

/**
 * Inflates every entry (directories aside) under the budget and checks its CRC. Returns the parts by normalised name;
 * `keep` decides which parts are kept in memory (the others are only measured and checked).
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
    const wanted = keep(name) && !parts.has(name);
    const chunks: Uint8Array[] = [];
    let total = 0;
    let crc = 0;
    const onChunk = (chunk: Uint8Array) => {
      budget.take(chunk.length);
      total += chunk.length;
      crc = crc32(chunk, crc);
      if (wanted) chunks.push(chunk);
    };
    if (e.method === 0) onChunk(data);
    else if (e.method === 8) {
      const inflater = new Inflate(onChunk);
      try {
        if (data.length === 0) inflater.push(new Uint8Array(0), true);
        for (let off = 0; off < data.length; off += 65_536) inflater.push(data.subarray(off, off + 65_536), off + 65_536 >= data.length);
      } catch (err) {
        if (err instanceof ZipError) throw err;
        throw new ZipError("crc", name);
      }
    } else throw new ZipError("method", name);
    if (crc >>> 0 !== e.crc >>> 0) throw new ZipError("crc", name);
    if (wanted) parts.set(name, concat(chunks, total));
  }
  return parts;
}
