// The zip writer behind every .docx: what it writes must unzip, byte for byte, with an independent reader (fflate),
// and carry the CRC-32 and sizes zip readers such as Word check.
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { crc32Js, zipFiles } from "../../src/util/zip.js";

/** The central directory's entries: name, CRC-32, compressed and uncompressed size. */
function centralEntries(zip: Buffer): { name: string; crc: number; packed: number; size: number; flags: number }[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const nameLength = zip.readUInt16LE(at + 28);
    out.push({
      flags: zip.readUInt16LE(at + 8),
      crc: zip.readUInt32LE(at + 16),
      packed: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      name: zip.subarray(at + 46, at + 46 + nameLength).toString("utf8"),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}

describe("zipFiles", () => {
  // a megabyte of text that repeats with variation, like document.xml, and bytes that do not compress
  const big = Array.from({ length: 40000 }, (_, i) => `<w:p><w:r><w:t>Baris ${i} — capaian ${(i * 7) % 101},${i % 100}%</w:t></w:r></w:p>`).join("");
  const noise = Uint8Array.from({ length: 70000 }, (_, i) => (i * 2654435761) >>> 24);
  const files: [string, string | Uint8Array][] = [
    ["[Content_Types].xml", '<?xml version="1.0"?><Types/>'],
    ["word/document.xml", big],
    ["word/media/logo.png", noise],
    ["word/kosong.xml", ""],
    ["word/Lampiran Ü — rekap.xml", "<a>Kabupaten Gowa</a>"],
  ];
  const zip = zipFiles(files, new Date(2025, 0, 6, 9, 30, 14));

  it("unzips to the same files, in the same order, with an independent reader", () => {
    const back = unzipSync(new Uint8Array(zip));
    expect(Object.keys(back)).toEqual(files.map(([name]) => name));
    const dec = new TextDecoder();
    for (const [name, data] of files) {
      if (typeof data === "string") expect(dec.decode(back[name])).toBe(data);
      else expect(Buffer.compare(Buffer.from(back[name]!), Buffer.from(data))).toBe(0);
    }
  });

  it("compresses text and records each file's CRC-32, sizes and UTF-8 name", () => {
    const entries = centralEntries(zip);
    const doc = entries.find((e) => e.name === "word/document.xml")!;
    expect(doc.size).toBe(Buffer.byteLength(big));
    expect(doc.packed).toBeLessThan(doc.size / 5);
    for (const e of entries) {
      const data = files.find(([n]) => n === e.name)![1];
      const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
      expect(e.crc).toBe(crc32Js(bytes));
      expect(e.flags & 0x0800).toBe(0x0800);
    }
    expect(zip.readUInt16LE(zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) + 10)).toBe(files.length);
  });

  it("dates the files in MS-DOS form (local time, two-second steps)", () => {
    // local header: time at offset 10, date at 12
    expect(zip.readUInt16LE(10)).toBe((9 << 11) | (30 << 5) | 7);
    expect(zip.readUInt16LE(12)).toBe(((2025 - 1980) << 9) | (1 << 5) | 6);
  });

  it("computes the standard CRC-32 check value in its JavaScript fallback", () => {
    // the check value of the zip polynomial for the ASCII digits 1-9
    expect(crc32Js(Buffer.from("123456789"))).toBe(0xcbf43926);
    expect(crc32Js(new Uint8Array(0))).toBe(0);
  });
});
