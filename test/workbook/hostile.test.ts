// Workbooks a coordinator receives from forty offices: valid SpreadsheetML other writers produce, and hostile files of
// a few kilobytes that claim whole sheets. Each is made by code from `lkip init --contoh` (unzip, rewrite the XML,
// rezip) and run through the CLI under a 1 GiB heap: the valid ones give exactly the original's figures, the hostile
// ones finish within 30 s with one Indonesian line (or the original's figures, when the claim is simply ignored).
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/read.js";
import { BIN, lkip } from "../helpers/cli.js";
import { tempDir } from "../helpers/workbook.js";

type Parts = Record<string, Uint8Array>;

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SHEET = { petunjuk: "xl/worksheets/sheet1.xml", profil: "xl/worksheets/sheet2.xml", pk: "xl/worksheets/sheet4.xml", anggaran: "xl/worksheets/sheet5.xml" };

const dir = tempDir("lkip-hostile-");
let original: Parts;
let originalFile: string;
let originalCapaian: string;
let originalFindings: unknown;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** The CLI under a 1 GiB heap and a 30 s limit, as the issue asks. */
function run(args: string[]): Run {
  const start = Date.now();
  const r = spawnSync(process.execPath, ["--max-old-space-size=1024", BIN, ...args], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    timeout: 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - start };
}

const text = (parts: Parts, name: string) => strFromU8(parts[name]!);
const edit = (parts: Parts, name: string, f: (s: string) => string): Parts => ({ ...parts, [name]: strToU8(f(text(parts, name))) });
const xmlParts = (parts: Parts) => Object.keys(parts).filter((n) => /\.(xml|rels)$/.test(n));

let counter = 0;
function write(parts: Parts | Uint8Array): string {
  const file = join(dir, `v${++counter}.xlsx`);
  writeFileSync(file, parts instanceof Uint8Array ? parts : zipSync(parts as Zippable));
  return file;
}

function findingsOf(stdout: string): unknown {
  return (JSON.parse(stdout) as { findings: { rule: string; sheet?: string; cell?: string; message: string }[] }).findings;
}

/** A valid variant: same capaian JSON and same check findings as the original. */
function expectSameFigures(file: string): void {
  const capaian = run(["capaian", "--format", "json", file]);
  expect(capaian.stderr).toBe("");
  expect(capaian.code).toBe(0);
  expect(capaian.ms).toBeLessThan(30_000);
  expect(capaian.stdout.replace(file, "FILE")).toBe(originalCapaian);
  const check = run(["check", "--format", "json", file]);
  expect(check.stderr).toBe("");
  expect(check.code).toBe(0);
  expect(findingsOf(check.stdout)).toEqual(originalFindings);
}

/** A refused file: exit 2 on every command, one Indonesian line without a stack trace, within 30 s. */
function expectRefused(file: string, message: RegExp): void {
  for (const cmd of ["check", "capaian"]) {
    const r = run([cmd, file]);
    expect(r.code, `${cmd}: ${r.stderr}`).toBe(2);
    expect(r.ms).toBeLessThan(30_000);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at |Error:|undefined|object Object/);
  }
}

/** Shared strings as their `<si>` inner XML (already escaped), by index. */
function sharedStrings(parts: Parts): string[] {
  return [...text(parts, "xl/sharedStrings.xml").matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => m[1] ?? "");
}

/** Rows of `count` empty cells spelled `<c\t…/>` (a tab after the name), from row `from` on. */
function tabCells(from: number, rows: number, perRow: number): string {
  const row = '<c\ts="0"/>'.repeat(perRow);
  let out = "";
  for (let r = from; r < from + rows; r++) out += `<row r="${r}">${row}</row>`;
  return out;
}

beforeAll(() => {
  originalFile = join(dir, "contoh.xlsx");
  expect(lkip(["init", "--contoh", originalFile]).code).toBe(0);
  original = unzipSync(readFileSync(originalFile));
  const capaian = run(["capaian", "--format", "json", originalFile]);
  expect(capaian.code).toBe(0);
  originalCapaian = capaian.stdout.replace(originalFile, "FILE");
  const check = run(["check", "--format", "json", originalFile]);
  expect(check.code).toBe(0);
  originalFindings = findingsOf(check.stdout);
}, 60_000);

describe("valid SpreadsheetML from other writers reads to the original's figures", () => {
  it("cells and rows without `r` (positional, valid OOXML)", () => {
    let parts = original;
    for (const name of Object.keys(parts).filter((n) => n.startsWith("xl/worksheets/"))) {
      parts = edit(parts, name, (s) => {
        let prevRow = 0;
        let prevCol = 0;
        return s.replace(/<row r="(\d+)"|<c r="([A-Z]+)(\d+)"/g, (whole, row?: string, letters?: string) => {
          if (row !== undefined) {
            const r = Number(row);
            const positional = r === prevRow + 1;
            prevRow = r;
            prevCol = 0;
            return positional ? "<row" : whole;
          }
          const col = [...letters!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
          const positional = col === prevCol + 1;
          prevCol = col;
          return positional ? "<c" : whole;
        });
      });
    }
    // the rewrite did happen: PK's rows and most of its cells are positional now
    expect(text(parts, SHEET.pk)).not.toContain("<row r=");
    expect(text(parts, SHEET.pk)).toContain('<c s="4"><v>15.82</v></c>');
    expectSameFigures(write(parts));
  }, 60_000);

  it("`x:`-prefixed SpreadsheetML", () => {
    let parts = original;
    for (const name of ["xl/workbook.xml", "xl/sharedStrings.xml", "xl/styles.xml", ...Object.keys(parts).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))]) {
      parts = edit(parts, name, (s) => s.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, "<$1x:$2").replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`));
    }
    expect(text(parts, SHEET.pk)).toContain("<x:sheetData>");
    expectSameFigures(write(parts));
  }, 60_000);

  it("UTF-16 parts (with a byte order mark)", () => {
    const parts: Parts = { ...original };
    for (const name of xmlParts(parts)) {
      const s = text(parts, name).replace(/encoding="UTF-8"/i, 'encoding="UTF-16"');
      parts[name] = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, "utf16le")]));
    }
    expectSameFigures(write(parts));
  }, 60_000);

  it("Strict OOXML namespaces", () => {
    const parts: Parts = { ...original };
    for (const name of xmlParts(parts)) {
      parts[name] = strToU8(
        text(parts, name)
          .replaceAll(MAIN, "http://purl.oclc.org/ooxml/spreadsheetml/main")
          .replaceAll(RELS, "http://purl.oclc.org/ooxml/officeDocument/relationships"),
      );
    }
    expect(text(parts, "_rels/.rels")).toContain("purl.oclc.org/ooxml/officeDocument/relationships/officeDocument");
    expectSameFigures(write(parts));
  }, 60_000);

  it("inline strings and no sharedStrings part (Google Sheets, XlsxWriter constant_memory)", () => {
    const strings = sharedStrings(original);
    let parts: Parts = { ...original };
    delete parts["xl/sharedStrings.xml"];
    parts = edit(parts, "xl/_rels/workbook.xml.rels", (s) => s.replace(/<Relationship [^>]*sharedStrings[^>]*\/>/, ""));
    for (const name of Object.keys(parts).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
      parts = edit(parts, name, (s) => s.replace(/(<c [^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_w, a: string, b: string, i: string) => `${a}t="inlineStr"${b}><is>${strings[Number(i)]}</is></c>`));
    }
    expect(text(parts, SHEET.pk)).toContain('t="inlineStr"');
    expectSameFigures(write(parts));
  }, 60_000);

  it("part names and relationship targets written absolute (`/xl/worksheets/…`, as openpyxl writes targets)", () => {
    const parts: Parts = {};
    for (const [name, bytes] of Object.entries(original)) parts[name.startsWith("xl/worksheets/") ? `/${name}` : name] = bytes;
    const absolute = edit(edit(parts, "xl/_rels/workbook.xml.rels", (s) => s.replace(/Target="(?!\/)/g, 'Target="/xl/')), "_rels/.rels", (s) =>
      s.replace(/Target="(?!\/)/g, 'Target="/'),
    );
    expectSameFigures(write(absolute));
  }, 60_000);

  it("a sheet name of 40 characters", () => {
    const name = "Petunjuk Pengisian Workbook Kinerja LKIP";
    expect(name).toHaveLength(40);
    const file = write(edit(original, "xl/workbook.xml", (s) => s.replace('name="Petunjuk"', `name="${name}"`)));
    expectSameFigures(file);
  }, 60_000);

  it("shared formulas: the dependent gets the master's formula moved by its offset", async () => {
    const parts = edit(original, SHEET.anggaran, (s) =>
      s
        .replace(/(<c r="F40"[^>]*>)<f>(SUM\(F2,[^<]*)<\/f>/, '$1<f t="shared" ref="F40:G40" si="0">$2</f>')
        .replace(/(<c r="G40"[^>]*>)<f>SUM\(G2,[^<]*<\/f>/, '$1<f t="shared" si="0"/>'),
    );
    expect(text(parts, SHEET.anggaran)).toContain('<f t="shared" si="0"/>');
    const file = write(parts);
    expectSameFigures(file);
    const [before, after] = await Promise.all([readWorkbook(originalFile), readWorkbook(file)]);
    const g40 = (m: typeof before) => m.formulas.find((f) => f.sheet === "Anggaran" && f.cell === "G40")?.formula;
    expect(g40(after)).toBe(g40(before));
    expect(g40(after)).toMatch(/^SUM\(G2,G11/);
  }, 60_000);

  it("1904 dates: the same day from a serial counted from 1904", async () => {
    const parts = edit(
      edit(original, "xl/workbook.xml", (s) => s.replace("<workbookPr ", '<workbookPr date1904="1" ')),
      SHEET.profil,
      // every date of the Profil (Tanggal, Tanggal PK, Tanggal PK Perubahan): the only Isi values that are serials of
      // this century (40.000–60.000); Tahun, Desimal and the like are far below
      (s) =>
        s.replace(/(<c r="B\d+"[^>]*><v>)(\d+)(<\/v>)/g, (w, a: string, serial: string, b: string) =>
          Number(serial) >= 40_000 && Number(serial) < 60_000 ? `${a}${Number(serial) - 1462}${b}` : w,
        ),
    );
    const file = write(parts);
    const [before, after] = await Promise.all([readWorkbook(originalFile), readWorkbook(file)]);
    expect(before.profil?.tanggal).toMatch(/2026|2025/);
    expect(after.profil?.tanggal).toBe(before.profil?.tanggal);
    expect(after.profil?.tanggalPk).toBe(before.profil?.tanggalPk);
    expect(before.profil?.tanggalPk).toBeDefined();
    expectSameFigures(file);
  }, 60_000);

  it("no styles part: numbers read as General, the date cell as its serial", () => {
    let parts: Parts = { ...original };
    delete parts["xl/styles.xml"];
    parts = edit(parts, "xl/_rels/workbook.xml.rels", (s) => s.replace(/<Relationship [^>]*\/styles"[^>]*\/>/, ""));
    const r = run(["capaian", "--format", "json", write(parts)]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const figures = (s: string) => (JSON.parse(s) as { indikator: unknown }).indikator;
    expect(figures(r.stdout)).toEqual(figures(originalCapaian));
  }, 60_000);
});

describe("hostile workbooks: bounded work, one line", () => {
  const WHOLE = "A1:XFD1048576";

  it("dimension, columns, validation and a merge claiming the whole sheet cost nothing", () => {
    const claims =
      `<cols><col min="1" max="16384" width="12" customWidth="1"/></cols>` +
      `<mergeCells count="1"><mergeCell ref="${WHOLE}"/></mergeCells>` +
      `<dataValidations count="1"><dataValidation type="list" sqref="${WHOLE}"><formula1>"a,b"</formula1></dataValidation></dataValidations>` +
      `<conditionalFormatting sqref="${WHOLE}"><cfRule type="expression" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>`;
    let parts = edit(original, SHEET.petunjuk, (s) => s.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${WHOLE}"/>`).replace("</sheetData>", `</sheetData>${claims}`));
    // on PK, a merge over everything right of the data, and whole-sheet validations
    parts = edit(parts, SHEET.pk, (s) =>
      s.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${WHOLE}"/>`).replace("</sheetData>", `</sheetData><mergeCells count="1"><mergeCell ref="Z1:XFD1048576"/></mergeCells>`),
    );
    expectSameFigures(write(parts));
  }, 60_000);

  it("a merge over the whole contract sheet finishes at once with the sheet's problem", () => {
    const file = write(edit(original, SHEET.pk, (s) => s.replace("</sheetData>", `</sheetData><mergeCells count="1"><mergeCell ref="${WHOLE}"/></mergeCells>`)));
    for (const cmd of ["check", "capaian"]) {
      const r = run([cmd, file]);
      expect(r.ms).toBeLessThan(30_000);
      expect([1, 2]).toContain(r.code);
      expect(r.stderr + r.stdout).toMatch(/PK/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  }, 60_000);

  it("cells spelled `<c\\t…>` still count against the cell limit", () => {
    const file = write(edit(original, SHEET.petunjuk, (s) => s.replace("</sheetData>", `${tabCells(2000, 10_001, 100)}</sheetData>`)));
    expectRefused(file, /terlalu besar untuk dibaca: jumlah sel melebihi batas 1\.000\.000/);
  }, 60_000);

  it("a worksheet stored as `/xl/worksheets/…` that no relationship names still counts", () => {
    const parts: Parts = { ...original, "/xl/worksheets/sheet99.xml": strToU8(`<worksheet xmlns="${MAIN}"><sheetData>${tabCells(1, 10_001, 100)}</sheetData></worksheet>`) };
    expectRefused(write(parts), /jumlah sel melebihi batas 1\.000\.000/);
  }, 60_000);

  it("more merged ranges than the limit are refused", () => {
    let merges = "";
    for (let i = 0; i < 20_001; i++) merges += `<mergeCell ref="AA${i * 2 + 1}:AB${i * 2 + 1}"/>`;
    const file = write(edit(original, SHEET.petunjuk, (s) => s.replace("</sheetData>", `</sheetData><mergeCells>${merges}</mergeCells>`)));
    expectRefused(file, /rentang sel gabungan.*melebihi batas 20\.000/);
  }, 60_000);

  it("a bit flipped inside an entry is refused naming the damaged part", () => {
    // the PK sheet stored uncompressed, so the flipped bit reaches the CRC check instead of breaking the inflater
    const zippable: Zippable = {};
    for (const [name, bytes] of Object.entries(original)) zippable[name] = name === SHEET.pk ? [bytes, { level: 0 }] : bytes;
    const zip = Buffer.from(zipSync(zippable));
    const at = zip.indexOf("<sheetData>");
    expect(at).toBeGreaterThan(0);
    const digit = zip.indexOf("<v>", at) + 3;
    zip[digit] = zip[digit]! ^ 0x01;
    expectRefused(write(new Uint8Array(zip)), /rusak: isi bagian xl\/worksheets\/sheet4\.xml tidak cocok/);
  }, 60_000);

  it("a shared-formula clone without its master is a finding on its cell, its stored value still read", () => {
    const file = write(edit(original, SHEET.anggaran, (s) => s.replace(/(<c r="G40"[^>]*>)<f>SUM\(G2,[^<]*<\/f>/, '$1<f t="shared" si="7"/>')));
    const capaian = run(["capaian", "--format", "json", file]);
    expect(capaian.code).toBe(0);
    const { masalah, ...figures } = JSON.parse(capaian.stdout.replace(file, "FILE")) as { masalah: { rule: string; cell?: string }[] };
    const { masalah: none, ...originalFigures } = JSON.parse(originalCapaian) as { masalah: unknown[] };
    expect(figures).toEqual(originalFigures);
    expect(none).toEqual([]);
    expect(masalah.map((m) => `${m.rule} ${m.cell}`)).toEqual(["baca/rumus-bersama G40"]);
    const check = run(["check", file]);
    expect(check.stderr).toBe("");
    expect(check.stdout).toMatch(/G40 +peringatan|G40 +warning/);
    expect(check.stdout).toContain("rumus bersama (shared formula, si=7) yang sel induknya tidak ada");
    expect(check.stdout).not.toMatch(/object Object|bukan angka/);
  }, 60_000);

  it("a 50 MB text cell is refused at once, naming its sheet and cell", () => {
    const huge = "A".repeat(50 * 1024 * 1024);
    const file = write(edit(original, SHEET.profil, (s) => s.replace(/<c r="B2"([^>]*?) t="s"><v>\d+<\/v><\/c>/, `<c r="B2"$1 t="inlineStr"><is><t>${huge}</t></is></c>`)));
    expectRefused(file, /Sheet Profil sel B2 berisi 52\.428\.800 karakter, melebihi batas Excel 32\.767/);
  }, 90_000);
});
