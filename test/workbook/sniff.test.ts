// Files that are not .xlsx workbooks, given to lkip as users do: each is named with what to do instead.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { lkip } from "../helpers/cli.js";
import { tempDir } from "../helpers/workbook.js";

const dir = tempDir();

function refused(name: string, content: Uint8Array | string, command = "check"): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  const r = lkip([command, file]);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr.split("\n")).toHaveLength(2); // one line and its newline, no stack trace
  return r.stderr.replace(`${file} `, "<berkas> ").trimEnd();
}

describe("non-xlsx inputs", () => {
  it("names a CSV export, with its separator", () => {
    expect(refused("pk.csv", "Kode;Indikator;Target;Realisasi\nIKU-1;Persentase PPKS;12;15,82\n")).toBe(
      'lkip: <berkas> adalah teks berpemisah titik koma (CSV/TSV), bukan workbook; salin isinya ke sheet yang sesuai pada workbook dari "lkip init", lalu simpan sebagai .xlsx',
    );
    expect(refused("pk.xlsx", "Kode\tIndikator\tTarget\nIKU-1\tPersentase\t12\n")).toContain("teks berpemisah tab (CSV/TSV)");
  });

  it("names a PDF", () => {
    expect(refused("lkip-2024.pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "capaian")).toBe(
      'lkip: <berkas> adalah PDF, bukan workbook; angkanya perlu disalin ke workbook dari "lkip init" yang disimpan sebagai .xlsx',
    );
  });

  it("names an OpenDocument spreadsheet", () => {
    const ods = zipSync(
      { mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }], "content.xml": strToU8("<office:document-content/>") },
    );
    expect(refused("kinerja.ods", ods)).toBe(
      "lkip: <berkas> adalah spreadsheet OpenDocument (.ods); buka di LibreOffice Calc lalu simpan sebagai .xlsx (Simpan Sebagai, jenis Excel 2007-365)",
    );
  });

  it("names a binary .xlsb workbook", () => {
    const xlsb = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "xl/workbook.bin": new Uint8Array([0x83, 0x01, 0x00]) });
    expect(refused("kinerja.xlsb", xlsb)).toBe(
      "lkip: <berkas> adalah workbook biner Excel (.xlsb); buka di Excel lalu simpan sebagai .xlsx (Excel Workbook)",
    );
  });

  it("names an HTML page saved as .xls", () => {
    expect(refused("realisasi.xls", "<html><body><table><tr><td>Kode</td><td>Uraian</td></tr></table></body></html>")).toBe(
      "lkip: <berkas> adalah halaman web (HTML) yang diberi nama seperti workbook, biasanya unduhan dari aplikasi; buka di Excel lalu simpan sebagai .xlsx",
    );
  });

  it("names a Word document given to a command that reads workbooks", () => {
    const docx = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8("<w:document/>") });
    expect(refused("LKIP-2025.docx", docx, "capaian")).toBe(
      'lkip: <berkas> adalah dokumen Word (.docx), bukan workbook; perintah ini membaca workbook .xlsx (lihat "lkip init")',
    );
  });
});
