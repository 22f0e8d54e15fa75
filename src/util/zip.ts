// Writing a zip file (a .docx package) with Node's own zlib: DEFLATE in native code rather than in JavaScript, so
// packing a document costs a few milliseconds and leaves no compression buffers for the garbage collector.
import zlib from "node:zlib";

/** A file's contents: text is written as UTF-8. */
export type ZipData = string | Uint8Array;

let table: Uint32Array | undefined;

/** CRC-32 (the zip polynomial) in JavaScript, for Node releases before 20.15 that lack `zlib.crc32`. */
export function crc32Js(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
const crc32 = (data: Uint8Array): number => (nativeCrc32 ? nativeCrc32(data) >>> 0 : crc32Js(data));

/** The date and time in the two 16-bit MS-DOS fields zip headers use (local time, two-second steps). */
function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
const VERSION = 20;

interface EntryFields {
  time: number;
  date: number;
  crc: number;
  packed: number;
  size: number;
  name: number;
}

/** The fields a local header (from offset 4) and a central directory entry (from 6) share, in the same order. */
function writeEntryFields(buf: Buffer, at: number, f: EntryFields): void {
  buf.writeUInt16LE(VERSION, at);
  buf.writeUInt16LE(UTF8_NAMES, at + 2);
  buf.writeUInt16LE(DEFLATE, at + 4);
  buf.writeUInt16LE(f.time, at + 6);
  buf.writeUInt16LE(f.date, at + 8);
  buf.writeUInt32LE(f.crc, at + 10);
  buf.writeUInt32LE(f.packed, at + 14);
  buf.writeUInt32LE(f.size, at + 18);
  buf.writeUInt16LE(f.name, at + 22);
}

/**
 * The zip file of the files given, in their order, each compressed with DEFLATE. Sizes and offsets must fit in 32
 * bits (a package under 4 GiB); a larger one is refused rather than written wrong.
 */
export function zipFiles(files: Iterable<readonly [string, ZipData]>, modified: Date = new Date()): Buffer {
  const { time, date } = dosDateTime(modified);
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  let count = 0;
  for (const [path, data] of files) {
    const raw = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    const packed = zlib.deflateRawSync(raw);
    const name = Buffer.from(path, "utf8");
    const crc = crc32(raw);
    if (offset + 30 + name.length + packed.length > 0xffffffff) throw new RangeError("zip larger than 4 GiB");
    const fields = { time, date, crc, packed: packed.length, size: raw.length, name: name.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, fields);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(VERSION, 4);
    writeEntryFields(entry, 6, fields);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, name, packed);
    central.push(entry, name);
    offset += local.length + name.length + packed.length;
    count++;
  }
  if (count > 0xffff) throw new RangeError("zip with more than 65.535 files");
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}
