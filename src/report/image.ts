// The type and pixel size of a logo image, read from its header (PNG, JPEG, GIF, BMP), so the cover can scale it
// without an image library; and reading a logo file within documented bounds.
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import { sep } from "node:path";

export interface ImageInfo {
  type: "png" | "jpg" | "gif" | "bmp";
  width: number;
  height: number;
}

export function imageInfo(b: Uint8Array): ImageInfo | undefined {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (b.length >= 24 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) {
    return { type: "png", width: v.getUint32(16), height: v.getUint32(20) };
  }
  if (b.length >= 10 && b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46) {
    return { type: "gif", width: v.getUint16(6, true), height: v.getUint16(8, true) };
  }
  if (b.length >= 26 && b[0] === 0x42 && b[1] === 0x4d) {
    return { type: "bmp", width: Math.abs(v.getInt32(18, true)), height: Math.abs(v.getInt32(22, true)) };
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) {
    let i = 2;
    while (i + 9 < b.length) {
      if (b[i] !== 0xff) return undefined;
      const marker = b[i + 1]!;
      const len = v.getUint16(i + 2);
      // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { type: "jpg", height: v.getUint16(i + 5), width: v.getUint16(i + 7) };
      }
      i += 2 + len;
    }
  }
  return undefined;
}

/** Documented limits on the logo (docs/build.md): the file's size and each side in pixels. */
export const LOGO_LIMITS = { bytes: 5 * 1024 * 1024, pixels: 10_000 };

export interface Logo {
  data: Buffer;
  info: ImageInfo & { type: "png" | "jpg" };
}

/** Why a logo was not used: the message catalogue turns each into one Indonesian line. */
export type LogoProblem =
  | { kind: "absolute" }
  | { kind: "outside" }
  | { kind: "missing" }
  | { kind: "not-file" }
  | { kind: "too-large"; bytes: number }
  | { kind: "not-image" }
  | { kind: "dimensions"; width: number; height: number };

/**
 * Reads a logo file, safely: a regular file (not a device such as /dev/zero, not a pipe, not a folder), at most
 * `LOGO_LIMITS.bytes` (read with that bound, whatever the file claims), a PNG or JPEG by its first bytes, with a
 * plausible pixel size. With `within`, the file's real path (links resolved) must lie inside that folder: a workbook
 * from elsewhere may not make lkip copy an arbitrary local file into the document it sends back.
 */
export function readLogo(path: string, within?: string): Logo | LogoProblem {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return { kind: "missing" };
  }
  if (within !== undefined) {
    let root = within;
    try {
      root = realpathSync(within);
    } catch {
      // compare with the folder as given
    }
    if (real !== root && !real.startsWith(root.endsWith(sep) ? root : root + sep)) return { kind: "outside" };
  }
  // stat before open: opening a pipe for reading would wait for a writer
  const before = statSync(real, { throwIfNoEntry: false });
  if (!before) return { kind: "missing" };
  if (!before.isFile()) return { kind: "not-file" };
  if (before.size > LOGO_LIMITS.bytes) return { kind: "too-large", bytes: before.size };
  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return { kind: "missing" };
  }
  let data: Buffer;
  try {
    if (!fstatSync(fd).isFile()) return { kind: "not-file" };
    const buf = Buffer.alloc(LOGO_LIMITS.bytes + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buf, length, buf.length - length, length);
      if (n === 0) break;
      length += n;
      if (length === buf.length) return { kind: "too-large", bytes: length };
    }
    data = Buffer.from(buf.subarray(0, length));
  } finally {
    closeSync(fd);
  }
  const info = imageInfo(data);
  if (!info || (info.type !== "png" && info.type !== "jpg") || !validHeader(data, info.type)) return { kind: "not-image" };
  const { width, height } = info;
  if (width < 1 || height < 1 || width > LOGO_LIMITS.pixels || height > LOGO_LIMITS.pixels) return { kind: "dimensions", width, height };
  return { data, info: { ...info, type: info.type } };
}

export function isLogo(r: Logo | LogoProblem): r is Logo {
  return "data" in r;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The whole PNG signature and its IHDR chunk first; for JPEG, `imageInfo` found a frame header. */
function validHeader(b: Uint8Array, type: "png" | "jpg"): boolean {
  if (type === "jpg") return true;
  return PNG_SIGNATURE.every((v, i) => b[i] === v) && String.fromCharCode(b[12]!, b[13]!, b[14]!, b[15]!) === "IHDR";
}
