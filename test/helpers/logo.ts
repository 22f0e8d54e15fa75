// Logos for the cover, as tests need them: real PNGs (or ones whose header lies), and the example workbook naming one.
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import ExcelJS from "exceljs";
import { crc32Js } from "../../src/util/zip.js";
import { EXAMPLE } from "./cli.js";

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32Js(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A real PNG: `width`×`height`, grey, 8-bit. `claim` writes other dimensions into its header than its pixels have. */
export function png(width: number, height: number, claim?: { width: number; height: number }): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(claim?.width ?? width, 0);
  ihdr.writeUInt32BE(claim?.height ?? height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** The example workbook with Profil `Logo` set to `logo`, written as `dinsos.xlsx` in `dir`. */
export async function workbookWithLogo(dir: string, logo: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  const profil = wb.getWorksheet("Profil")!;
  let row = 0;
  profil.eachRow((r, n) => {
    if (r.getCell(1).value === "Logo") row = n;
  });
  if (!row) row = profil.rowCount + 1;
  profil.getCell(`A${row}`).value = "Logo";
  profil.getCell(`B${row}`).value = logo;
  const file = join(dir, "dinsos.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}
