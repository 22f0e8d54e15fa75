// `lkip check` as a user runs it (the built CLI; `npm test` builds dist/ first): exit codes, formats, options.
import { createHash } from "node:crypto";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { FILL } from "../../src/check/format/annotate.js";
import { lkip } from "../helpers/cli.js";
import { tempDir, writeWorkbook } from "../helpers/workbook.js";
import { pct, toInputs, withCells } from "./fixture.js";

const EXAMPLES = new URL("../../examples/", import.meta.url).pathname;
const CLEAN = join(EXAMPLES, "dinas-sosial-kota-bekasi-2025.xlsx");
const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

let withErrors: string;
let warningsOnly: string;

beforeAll(async () => {
  // one error (a wrong Persen) and one warning (an indicator without realisasi)
  withErrors = await writeWorkbook(toInputs(withCells({ "Anggaran!H4": pct(91), "PK!F3": undefined, "PK!I3": undefined })));
  // two warnings
  warningsOnly = await writeWorkbook(toInputs(withCells({ "PK!F3": undefined, "PK!I3": undefined, "Anggaran!D8": 7 })));
});

describe("lkip check: exit codes", () => {
  it("exits 0 on the clean example and says so", () => {
    const r = lkip(["check", CLEAN]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("✔ Tidak ada temuan\n");
  });

  it("exits 1 with error-level findings, grouped by sheet with a summary line", () => {
    const r = lkip(["check", withErrors]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("\nPK\n  F3  peringatan  Indikator IKU-2 punya target 4,01 tetapi tidak punya realisasi");
    expect(r.stdout).toContain("\nAnggaran\n  H4  galat  Persen sub kegiatan 1.06.02.2.01.0001 91,00% ≠ realisasi Rp 450.000");
    expect(r.stdout).toMatch(/anggaran\/serapan\n\n✖ 1 galat, 1 peringatan, 0 info\n$/);
  });

  it("exits 0 with warnings only, 1 when they exceed --max-warnings", () => {
    expect(lkip(["check", warningsOnly]).code).toBe(0);
    expect(lkip(["check", warningsOnly, "--max-warnings", "2"]).code).toBe(0);
    const over = lkip(["check", warningsOnly, "--max-warnings", "1"]);
    expect(over.code).toBe(1);
    expect(over.stdout).toContain("Jumlah peringatan (2) melebihi --max-warnings 1");
    expect(lkip(["check", warningsOnly, "--max-warnings", "banyak"]).code).toBe(2);
  });

  it("exits 2 for an unreadable or missing workbook, or one without any LKIP sheet", async () => {
    const dir = tempDir();
    const notXlsx = join(dir, "bukan.xlsx");
    writeFileSync(notXlsx, "bukan workbook");
    for (const file of [notXlsx, join(dir, "tidak-ada.xlsx")]) {
      const r = lkip(["check", file]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
    const other = await writeWorkbook([{ name: "Catatan", rows: [["apa saja"]] }]);
    const r = lkip(["check", other]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("tidak berisi satu pun sheet LKIP");
  });

  it("--quiet shows errors only; the summary still counts everything", () => {
    const r = lkip(["check", withErrors, "--quiet"]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain("warning");
    expect(r.stdout).toContain("✖ 1 galat, 1 peringatan, 0 info");
  });
});

describe("lkip check: formats", () => {
  it("--format json prints the documented contract", () => {
    const r = lkip(["check", withErrors, "--format", "json"]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.file).toBe(withErrors);
    expect(json.summary).toEqual({ errors: 1, warnings: 1, infos: 0 });
    expect(json.findings[1]).toEqual({
      rule: "anggaran/serapan",
      severity: "error",
      sheet: "Anggaran",
      cell: "H4",
      message: "Persen sub kegiatan 1.06.02.2.01.0001 91,00% ≠ realisasi Rp 450.000 / pagu perubahan Rp 500.000 × 100 = 90,00% (selisih 1,00 poin persen)",
      expected: "90",
      actual: "91",
    });
  });

  it("--format sarif prints SARIF 2.1.0 with cells as logical locations", () => {
    const r = lkip(["check", withErrors, "--format", "sarif"]);
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe("2.1.0");
    const results = sarif.runs[0].results as { ruleId: string; level: string; locations: { logicalLocations: { fullyQualifiedName: string }[] }[] }[];
    expect(results.map((x) => [x.ruleId, x.level, x.locations[0]!.logicalLocations[0]!.fullyQualifiedName])).toEqual([
      ["pk/tanpa-realisasi", "warning", "PK!F3"],
      ["anggaran/serapan", "error", "Anggaran!H4"],
    ]);
  });

  it("rejects an unknown format (exit 2)", () => {
    expect(lkip(["check", CLEAN, "--format", "xml"]).code).toBe(2);
  });
});

describe("lkip check --annotate", () => {
  it("writes a copy with offending cells filled and noted; the input stays byte-identical", async () => {
    const dir = tempDir();
    const input = join(dir, "kinerja.xlsx");
    copyFileSync(withErrors, input);
    const before = hash(input);
    const out = join(dir, "kinerja-diperiksa.xlsx");
    const r = lkip(["check", input, "--annotate", out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`Salinan beranotasi ditulis: ${out}`);
    expect(hash(input)).toBe(before);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const h4 = wb.getWorksheet("Anggaran")!.getCell("H4");
    expect(h4.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: FILL.error } });
    expect(String(h4.note)).toContain("[galat] Persen sub kegiatan 1.06.02.2.01.0001 91,00%");
    expect(String(h4.note)).toContain("(anggaran/serapan)");
    const f3 = wb.getWorksheet("PK")!.getCell("F3");
    expect(f3.fill).toMatchObject({ fgColor: { argb: FILL.warning } });
    // untouched cells keep their look
    expect((wb.getWorksheet("Anggaran")!.getCell("H5").fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toBeUndefined();
    // the copy still reads as the same workbook
    const again = lkip(["check", out, "--format", "json"]);
    expect(JSON.parse(again.stdout).summary).toEqual({ errors: 1, warnings: 1, infos: 0 });
  });

  it("refuses a target in a folder that does not exist before printing anything (exit 2)", () => {
    const r = lkip(["check", withErrors, "--annotate", join(tempDir(), "tidak-ada", "salinan.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("refuses to annotate over the input workbook (exit 2)", () => {
    const dir = tempDir();
    const input = join(dir, "kinerja.xlsx");
    copyFileSync(CLEAN, input);
    const before = hash(input);
    const r = lkip(["check", input, "--annotate", input]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("workbook masukan tidak pernah ditimpa");
    expect(hash(input)).toBe(before);
  });
});

describe("lkip check: configuration", () => {
  it("reads lkip.config.json beside the workbook", () => {
    const dir = tempDir();
    const input = join(dir, "kinerja.xlsx");
    copyFileSync(withErrors, input);
    writeFileSync(join(dir, "lkip.config.json"), JSON.stringify({ rules: { "anggaran/serapan": "warning" } }));
    const r = lkip(["check", input]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("⚠ 0 galat, 2 peringatan, 0 info");
  });

  it("a bad config is a usage error: exit 2, one Indonesian line, no stack trace", () => {
    const dir = tempDir();
    const input = join(dir, "kinerja.xlsx");
    copyFileSync(CLEAN, input);
    for (const [content, expected] of [
      [JSON.stringify({ rules: { "anggaran/hierarki": "fatal" } }), 'tingkat "fatal" untuk aturan "anggaran/hierarki" tidak sah'],
      [JSON.stringify({ rules: { "aturan/tidak-ada": "off" } }), 'aturan "aturan/tidak-ada" tidak dikenal'],
      ["{ rules: ", "bukan JSON yang sah: baris 1, kolom 3"],
      ['{\n  "rules": {\n    "anggaran/hierarki": "off",\n  }\n}', "bukan JSON yang sah: baris 4, kolom 3"],
      ['{\n  "rules": {', "bukan JSON yang sah: baris 2, kolom 13"],
    ] as const) {
      writeFileSync(join(dir, "lkip.config.json"), content);
      const r = lkip(["check", input]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      const lines = r.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(expected);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      // JSON.parse's English never reaches the user
      expect(r.stderr).not.toMatch(/Unexpected|Expected|position|JSON input/);
    }
    const missing = lkip(["check", CLEAN, "--config", join(dir, "tidak-ada.json")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Berkas konfigurasi tidak ditemukan");
  });
});

describe("lkip check: colour", () => {
  it("colours only when asked (FORCE_COLOR) and never with NO_COLOR", () => {
    const coloured = lkip(["check", withErrors], { env: { NO_COLOR: "", FORCE_COLOR: "1" } });
    expect(coloured.stdout).toContain("\u001b[");
    expect(lkip(["check", withErrors]).stdout).not.toContain("\u001b[");
  });
});
