// `check --annotate` on a realistic template with whole-column drop-down lists: exceljs would expand every list into
// a million cells (60 s, 1,4 GiB); the annotated copy is written quickly and keeps the drop-downs exactly as they were.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { zipFiles } from "../../src/util/zip.js";
import { writeAnnotated } from "../../src/check/format/annotate.js";
import { EXAMPLE } from "../helpers/cli.js";
import { tempDir } from "../helpers/workbook.js";

const dec = new TextDecoder();

/** Path of a sheet's part, by name. */
function sheetPath(files: Record<string, Uint8Array>, name: string): string {
  const rid = new RegExp(`<sheet\\b[^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(dec.decode(files["xl/workbook.xml"]))![1]!;
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(dec.decode(files["xl/_rels/workbook.xml.rels"]))!;
  return `xl/${(target[1] ?? target[2])!.replace(/^\/?xl\//, "")}`;
}

const LISTS =
  '<dataValidations count="5">' +
  ["D", "E", "F", "J", "K"]
    .map((c) => `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${c}2:${c}1048576"><formula1>"positif,negatif"</formula1></dataValidation>`)
    .join("") +
  "</dataValidations>";

describe("check --annotate with whole-column drop-down lists", () => {
  it("writes the copy in seconds, with the drop-downs as they were", async () => {
    const dir = tempDir("lkip-dv-");
    const files = unzipSync(new Uint8Array(readFileSync(EXAMPLE)));
    const pk = sheetPath(files, "PK");
    const xml = dec.decode(files[pk]).replace(/<dataValidations\b[\s\S]*?<\/dataValidations>/, "");
    files[pk] = new TextEncoder().encode(xml.replace(/<pageMargins\b/, `${LISTS}<pageMargins`));
    const input = join(dir, "template.xlsx");
    writeFileSync(input, zipFiles(Object.entries(files)));
    // The annotating step alone: reading such a workbook for `check` is the reader's to bound.
    const out = join(dir, "anotasi.xlsx");
    const start = Date.now();
    await writeAnnotated(input, out, [{ rule: "uji/aturan", severity: "error", sheet: "PK", cell: "F2", message: "contoh temuan" } as never]);
    expect(Date.now() - start).toBeLessThan(20_000);
    const written = unzipSync(new Uint8Array(readFileSync(out)));
    const sheet = dec.decode(written[sheetPath(written, "PK")]);
    expect(sheet).toContain(LISTS);
    expect(sheet.match(/<dataValidations\b/g)).toHaveLength(1);
    // in its place: after the cells, before the page margins
    expect(sheet.indexOf(LISTS)).toBeGreaterThan(sheet.indexOf("</sheetData>"));
    expect(sheet.indexOf(LISTS)).toBeLessThan(sheet.indexOf("<pageMargins"));
  }, 60_000);
});
