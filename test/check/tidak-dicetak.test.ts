// data/tidak-dicetak: every filled row of the supporting sheets is printed in the document or named by `check`.
// The same workbook is checked and built, so a row the check calls unused is absent from the document and every other
// row is present.
import { describe, expect, it } from "vitest";
import { computeLkip } from "../../src/engine/index.js";
import { buildDocument, packDocument } from "../../src/report/build.js";
import { readWorkbook } from "../../src/read.js";
import { writeWorkbook } from "../helpers/workbook.js";
import { paragraphs, partsOf } from "../report/helpers.js";
import { baseSheets, check, of, toInputs, type Sheets } from "./fixture.js";

const ID = "data/tidak-dicetak";

/** The clean workbook with a Standar sheet: one row per way a standard can be used, and one that cannot be. */
function withStandar(): Sheets {
  const s = baseSheets();
  //  A        B                                        C       D
  s["Standar"] = [
    ["Kode", "Indikator", "Standar", "Sumber"],
    ["IKU-1", "Persentase PPKS terlayani", 15, "Standar provinsi"],
    [undefined, "Persentase lansia terlayani", 90, "Standar Pelayanan Minimal bidang sosial"],
    [undefined, "Persentase panti sosial terakreditasi", 60, "Standar nasional panti"],
    [undefined, undefined, 100, "Tanpa indikator"],
  ];
  return s;
}

async function documentText(s: Sheets): Promise<string> {
  const model = await readWorkbook(await writeWorkbook(toInputs(s)));
  const bytes = await packDocument(buildDocument(model, computeLkip(model)));
  return paragraphs(partsOf(bytes)["word/document.xml"]!).join("\n");
}

describe(ID, () => {
  it("finds nothing in a workbook whose rows the document all prints", async () => {
    expect(of(await check(baseSheets()), ID)).toEqual([]);
  });

  it("names the Standar row that names no indicator, and only that one", async () => {
    const r = await check(withStandar());
    const found = of(r, ID);
    expect(found.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Standar!C5"]);
    expect(found[0]).toMatchObject({ severity: "info" });
    expect(found[0]!.message).toContain("tidak tercetak");
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("prints every other Standar row: beside its indicator, its program indicator, or among the other standards", async () => {
    const s = withStandar();
    const text = await documentText(s);
    const rows = s["Standar"]!.slice(1);
    for (const row of rows.slice(0, 3)) {
      expect(text, String(row[1])).toContain(String(row[1]));
      expect(text, String(row[3])).toContain(String(row[3]));
    }
    // the unusable row's source is nowhere in the document
    expect(text).not.toContain(String(rows[3]![3]));
  });

  it("names breakdown rows whose Kode IKU matches no indicator, once per code, and the document leaves them out", async () => {
    const s = baseSheets();
    const ppks = s["PPKS"]!;
    ppks.splice(ppks.length - 1, 0, ["Penyandang disabilitas terlantar", "IKU-9", "orang", 50, 40], ["Korban bencana", undefined, "orang", 10, 10]);
    const r = await check(s);
    const found = of(r, ID);
    expect(found.map((f) => `${f.sheet}!${f.cell}`)).toEqual([`PPKS!A${ppks.length - 2}`]);
    expect(found[0]!.message).toContain('2 baris berkode "IKU-9"');
    const text = await documentText(s);
    expect(text).not.toContain("Penyandang disabilitas terlantar");
  });

  it("prints program indicators of a program linked to no sasaran in the table of other indicators", async () => {
    const s = baseSheets();
    // the second program supports no sasaran any more
    const anggaran = s["Anggaran"]!;
    const row = anggaran.findIndex((r) => r[1] === "Program Perlindungan Sosial");
    anggaran[row]![3] = undefined;
    s["Indikator Program"]!.push(["1.06.05.2.01", "Program Perlindungan Sosial", "Jumlah keluarga miskin terdata", "KK", 500, 480]);
    expect(of(await check(s), ID)).toEqual([]);
    const text = await documentText(s);
    for (const r of s["Indikator Program"]!.slice(1)) expect(text, String(r[2])).toContain(String(r[2]));
  });
});
