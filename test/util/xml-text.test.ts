// Text from a workbook that XML 1.0 forbids (U+FFFE, C0 controls, half a surrogate pair) never makes an output that Word
// refuses: the .docx, the annotated copy and the recap are parsed here with a strict XML parser.
import { join } from "node:path";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { writeRecap } from "../../src/batch/recap.js";
import { writeAnnotated } from "../../src/check/format/annotate.js";
import { cleanPackage, cleanXmlText } from "../../src/util/xml-text.js";
import { zipFiles } from "../../src/util/zip.js";
import { EXAMPLE } from "../helpers/cli.js";
import { ooxmlEscaped, tempDir } from "../helpers/workbook.js";
import { buildExample, paragraphs } from "../report/helpers.js";

/** Throws on the first well-formedness error, like Word's parser. */
function assertWellFormed(path: string, xml: string): void {
  const parser = new SaxesParser({ xmlns: false });
  let error: Error | undefined;
  parser.on("error", (e) => {
    error ??= e;
  });
  parser.write(xml).close();
  if (error) throw new Error(`${path}: ${error.message}`);
}

function assertPackageWellFormed(bytes: Uint8Array, prefix = ""): number {
  let parts = 0;
  for (const [path, data] of Object.entries(unzipSync(bytes))) {
    if (/\.(xml|rels)$/.test(path)) {
      assertWellFormed(prefix + path, new TextDecoder().decode(data));
      parts++;
    } else if (path.endsWith(".xlsx")) parts += assertPackageWellFormed(data, `${prefix}${path}!`);
  }
  return parts;
}

const HOSTILE = "Dinas\uFFFE Sosial\uFFFF \uD800Kota\u0001 Bekasi\u000B";

/** The example with forbidden characters in the office name, an indicator, a budget line and an indicator code. */
async function hostileWorkbook(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  const profil = wb.getWorksheet("Profil")!;
  profil.eachRow((row) => {
    if (row.getCell(1).value === "Nama Instansi") row.getCell(2).value = ooxmlEscaped(HOSTILE);
  });
  wb.getWorksheet("PK")!.getCell("C2").value = ooxmlEscaped("Persentase\uFFFE penerima\u0002 bantuan");
  wb.getWorksheet("PK")!.getCell("A2").value = ooxmlEscaped("IKU\uFFFF-1");
  wb.getWorksheet("Anggaran")!.getCell("B2").value = ooxmlEscaped("Program\uFFFE Perlindungan");
  const file = join(dir, "bermasalah.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

describe("cleanXmlText", () => {
  it("removes what XML 1.0 forbids and keeps every allowed character", () => {
    expect(cleanXmlText(HOSTILE)).toBe("Dinas Sosial Kota Bekasi");
    const allowed = "tab\there\nline\r😀 é ﷽ \uE000\uFFFD";
    expect(cleanXmlText(allowed)).toBe(allowed);
    expect(cleanXmlText("a\uDC00b\uD83D")).toBe("ab");
    expect(cleanXmlText("\u0000\u0008\u000C\u000E\u001F")).toBe("");
  });

  it("leaves a clean package byte for byte and rewrites a dirty one", () => {
    const clean = zipFiles([["a.xml", "<a>ok</a>"]]);
    expect(cleanPackage(clean)).toBe(clean);
    const dirty = zipFiles([["a.xml", "<a>o\uFFFEk</a>"], ["b.bin", new Uint8Array([0xef, 0xbf, 0xbe])]]);
    const parts = unzipSync(cleanPackage(dirty));
    expect(new TextDecoder().decode(parts["a.xml"])).toBe("<a>ok</a>");
    expect([...parts["b.bin"]!]).toEqual([0xef, 0xbf, 0xbe]); // binary parts are not touched
  });
});

describe("outputs from a workbook holding forbidden characters", () => {
  it("builds a document whose every XML part (and chart workbook) is well-formed, text kept", async () => {
    const dir = tempDir("lkip-xml-");
    const built = await buildExample(await hostileWorkbook(dir));
    expect(assertPackageWellFormed(built.bytes)).toBeGreaterThan(10);
    expect(built.text).toContain("Dinas Sosial Kota Bekasi");
    expect(paragraphs(built.xml).join("\n")).toContain("Persentase penerima bantuan");
    expect(built.xml).not.toMatch(/[\uFFFE\uFFFF\u0001]/);
  });

  it("writes an annotated copy and a recap that parse", async () => {
    const dir = tempDir("lkip-xml-");
    const input = await hostileWorkbook(dir);
    const out = join(dir, "anotasi.xlsx");
    await writeAnnotated(input, out, [
      { rule: "uji/aturan", severity: "error", sheet: "PK", cell: "C2", message: "pesan\uFFFE dengan\u0003 galat" } as never,
    ]);
    const { readFileSync } = await import("node:fs");
    const annotated = readFileSync(out);
    assertPackageWellFormed(annotated);
    const strings = new TextDecoder().decode(unzipSync(annotated)["xl/sharedStrings.xml"]);
    expect(strings).toContain("Dinas Sosial Kota Bekasi");
    const recap = join(dir, "rekap.xlsx");
    await writeRecap(recap, [
      {
        file: input, relDir: "dinsos", status: "ok", instansi: HOSTILE, tahun: 2025, desimal: 2, jumlahIndikator: 1,
        jumlahTercapai: 1, errors: 0, warnings: 0, infos: 0, ms: 1,
        indikator: [{ kode: "IKU\uFFFE1", indikator: "Indikator\u0007", satuan: "%", target: "90", realisasi: "95", capaian: "105.56", kategori: null }],
      },
    ]);
    const recapBytes = readFileSync(recap);
    assertPackageWellFormed(recapBytes);
    // exceljs encodes the lone surrogate as U+FFFD (allowed) before lkip sees the bytes; the rest is removed
    expect(new TextDecoder().decode(unzipSync(recapBytes)["xl/sharedStrings.xml"])).toMatch(/Dinas Sosial \uFFFD?Kota Bekasi/);
  });
});
