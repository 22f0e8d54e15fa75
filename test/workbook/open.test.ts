import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { LkipError } from "../../src/errors.js";
import { LIMITS, openWorkbook } from "../../src/workbook/open.js";
import { minimalSheets, tempDir, writeWorkbook } from "../helpers/workbook.js";

async function refusal(file: string): Promise<string> {
  const e = await openWorkbook(file).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(LkipError);
  return (e as LkipError).message;
}

/** Sets every central-directory "uncompressed size" to 1 byte: a zip that lies about what it holds. */
function lieAboutSizes(zip: Uint8Array): Buffer {
  const buf = Buffer.from(zip);
  for (let p = 0; p + 46 <= buf.length; p++) {
    if (buf.readUInt32LE(p) === 0x02014b50) buf.writeUInt32LE(1, p + 24);
    if (buf.readUInt32LE(p) === 0x04034b50) buf.writeUInt32LE(1, p + 22);
  }
  return buf;
}

describe("opening a workbook safely", () => {
  const dir = tempDir();

  it("refuses a zip that expands past the limit, even when its headers claim it is tiny", async () => {
    const bomb = zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(LIMITS.uncompressedBytes + 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024); // a small file on disk…
    const file = join(dir, "bom.xlsx");
    writeFileSync(file, lieAboutSizes(bomb));
    expect(await refusal(file)).toMatch(/terlalu besar.*ukuran setelah diekstrak melebihi batas 100 MiB/);
  });

  it("refuses a workbook with more cells than the limit, before reading it", async () => {
    const cells = '<c r="A1"><v>1</v></c>'.repeat(LIMITS.cells + 1);
    const zip = zipSync({ "xl/worksheets/sheet1.xml": strToU8(`<worksheet><sheetData><row r="1">${cells}</row></sheetData></worksheet>`) });
    const file = join(dir, "sel.xlsx");
    writeFileSync(file, zip);
    expect(await refusal(file)).toMatch(/jumlah sel melebihi batas 1\.000\.000/);
  });

  it("names a password-protected workbook and a legacy .xls", async () => {
    const cfb = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const encrypted = join(dir, "sandi.xlsx");
    writeFileSync(encrypted, Buffer.concat([cfb, Buffer.alloc(512), Buffer.from("EncryptionInfo", "utf16le"), Buffer.alloc(512)]));
    expect(await refusal(encrypted)).toMatch(/dilindungi kata sandi/);
    const xls = join(dir, "lama.xlsx");
    writeFileSync(xls, Buffer.concat([cfb, Buffer.alloc(1024)]));
    expect(await refusal(xls)).toMatch(/Excel lama \(\.xls\)/);
  });

  it.each([
    ["empty", Buffer.alloc(0)],
    ["three bytes", Buffer.from("PK\u0003")],
  ])("refuses %s with an .xlsx name", async (name, bytes) => {
    const file = join(dir, `${name.replace(/\W/g, "")}.xlsx`);
    writeFileSync(file, bytes);
    expect(await refusal(file)).toMatch(/bukan workbook Excel/);
  });

  it("names a PDF with an .xlsx name as a PDF", async () => {
    const file = join(dir, "aPDF.xlsx");
    writeFileSync(file, Buffer.from("%PDF-1.7\n..."));
    expect(await refusal(file)).toMatch(/adalah PDF, bukan workbook/);
  });

  it("reads a normal workbook without complaint", async () => {
    const file = await writeWorkbook(minimalSheets());
    const wb = await openWorkbook(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Profil", "IKU", "PK", "Anggaran"]);
    expect(readFileSync(file).length).toBeGreaterThan(0);
  });
});
