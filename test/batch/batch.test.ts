import { copyFileSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { unzipSync, strFromU8 } from "fflate";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { discoverOffices, isInputWorkbook } from "../../src/batch/discover.js";
import { EXAMPLE, lkip } from "../helpers/cli.js";
import { buildWorkbook, minimalSheets, tempDir } from "../helpers/workbook.js";

const WITH_ERRORS = EXAMPLE.replace(/\.xlsx$/, "-dengan-kesalahan.xlsx");

/**
 * The tree of a small region:
 *   dinsos/            the clean example
 *   inspektorat/kasus/ the example with planted mistakes (nested)
 *   rusak/             a corrupt .xlsx and Excel's lock file
 *   dua/               two workbooks in one folder (one a formula-looking office name)
 *   tautan -> dinsos   a symlink to an office already seen
 */
async function makeTree(): Promise<string> {
  const root = tempDir("lkip-batch-");
  for (const d of ["dinsos", "inspektorat/kasus", "rusak", "dua"]) mkdirSync(join(root, d), { recursive: true });
  copyFileSync(EXAMPLE, join(root, "dinsos", "dinsos-2025.xlsx"));
  copyFileSync(WITH_ERRORS, join(root, "inspektorat", "kasus", "kasus-2025.xlsx"));
  writeFileSync(join(root, "rusak", "rusak.xlsx"), "bukan excel");
  writeFileSync(join(root, "rusak", "~$rusak.xlsx"), "lock");
  copyFileSync(EXAMPLE, join(root, "dua", "satu.xlsx"));
  const sheets = minimalSheets({
    Profil: [["Data", "Isi"], ["Nama Instansi", "=HYPERLINK(\"http://contoh\")"], ["Pemerintah Daerah", "+Kota Rumus"], ["Tahun", 2025]],
  });
  await buildWorkbook(sheets).xlsx.writeFile(join(root, "dua", "dua.xlsx"));
  symlinkSync(join(root, "dinsos"), join(root, "tautan"));
  return root;
}

describe("discovering offices", () => {
  it("skips lock files, lkip's own outputs and hidden temporaries", () => {
    expect(["a.xlsx", "~$a.xlsx", "rekap-lkip-2026-01-02.xlsx", ".a.xlsx.123.tmp", "a.docx", "b-anotasi.xlsx"].filter(isInputWorkbook)).toEqual(["a.xlsx"]);
  });

  it("finds every office folder, nested ones too, follows a symlinked folder once, and reports crowded folders", async () => {
    const root = await makeTree();
    const d = await discoverOffices([root]);
    expect(d.jobs.map((j) => [j.relDir, j.file.split("/").pop()])).toEqual([
      ["dinsos", "dinsos-2025.xlsx"],
      ["dua", "dua.xlsx"],
      ["dua", "satu.xlsx"],
      ["inspektorat/kasus", "kasus-2025.xlsx"],
      ["rusak", "rusak.xlsx"],
    ]);
    expect(d.crowded).toEqual([{ folder: join(root, "dua"), count: 2 }]);
    // tautan -> dinsos: read once already, not again
    expect(d.skippedLinks.map((l) => [l.link, l.reason])).toEqual([[join(root, "tautan"), "putaran"]]);
  });

  it("does not follow links out of the given folder (to / or elsewhere), cycles, or broken links, and says so", async () => {
    const root = tempDir("lkip-tautan-");
    const office = join(root, "dinsos");
    mkdirSync(join(office, "arsip"), { recursive: true });
    copyFileSync(EXAMPLE, join(office, "dinsos.xlsx"));
    const elsewhere = tempDir("lkip-lain-");
    copyFileSync(EXAMPLE, join(elsewhere, "kantor-lain.xlsx"));
    symlinkSync("/", join(office, "akar"));
    symlinkSync(elsewhere, join(office, "lain"));
    symlinkSync(join(elsewhere, "kantor-lain.xlsx"), join(office, "tautan-berkas.xlsx"));
    symlinkSync(root, join(office, "arsip", "naik"));
    symlinkSync(join(root, "tidak-ada"), join(office, "rusak"));
    const start = performance.now();
    const d = await discoverOffices([root]);
    expect(performance.now() - start).toBeLessThan(5_000);
    expect(d.jobs.map((j) => j.file)).toEqual([join(office, "dinsos.xlsx")]);
    expect(d.skippedLinks.map((l) => [l.link.slice(root.length + 1), l.reason]).sort()).toEqual([
      ["dinsos/akar", "luar"],
      ["dinsos/arsip/naik", "putaran"],
      ["dinsos/lain", "luar"],
      ["dinsos/rusak", "rusak"],
      ["dinsos/tautan-berkas.xlsx", "luar"],
    ]);
    const r = lkip(["batch", root, "--check-only", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).kantor).toHaveLength(1);
    expect(r.stderr).toContain(`${join(office, "akar")}: tautan simbolik ke / (di luar folder yang diberikan) tidak diikuti`);
    expect(readdirSync(elsewhere)).toEqual(["kantor-lain.xlsx"]);
  });
});

describe("lkip batch", () => {
  let root: string;
  let run: ReturnType<typeof lkip>;
  beforeAll(async () => {
    root = await makeTree();
    run = lkip(["batch", root, "--jobs", "2", "--recap", join(root, "rekap.xlsx")], { env: { CI: "true" } });
  }, 240_000);

  it("goes on past a corrupt workbook, exits 1, and reports each outcome with its folder", () => {
    expect(run.code).toBe(1);
    // Long notes wrap inside their column; continuation lines are blank elsewhere, so fold the white space.
    const flat = run.stdout.replace(/\s+/g, " ");
    expect(flat).toMatch(/ rusak - - - - - - - - gagal: \S*rusak\.xlsx bukan workbook Excel/);
    expect(flat).toMatch(/ inspektorat\/kasus Dinas Sosial Kota Bekasi 2025 .* tidak ditulis: \d+ temuan galat/);
    expect(run.stdout).toContain("5 workbook diproses");
    // Not a terminal: one plain line per office on stderr, and the crowded folder said.
    expect(run.stderr.match(/^\[\d\/5\] /gm)).toHaveLength(5);
    expect(run.stderr).toContain("2 workbook dalam satu folder");
  });

  it("writes documents next to the clean workbooks only, and nothing for the failed or erroneous ones", () => {
    expect(readdirSync(join(root, "dinsos")).filter((f) => f.endsWith(".docx"))).toEqual(["LKIP-dinas-sosial-kota-bekasi-2025.docx"]);
    expect(readdirSync(join(root, "inspektorat", "kasus")).filter((f) => f.endsWith(".docx"))).toEqual([]);
    expect(readdirSync(join(root, "rusak"))).toEqual(["rusak.xlsx", "~$rusak.xlsx"]);
    const doc = unzipSync(readFileSync(join(root, "dinsos", "LKIP-dinas-sosial-kota-bekasi-2025.docx")));
    expect(strFromU8(doc["word/document.xml"]!)).toContain("BAB III");
  });

  it("writes a recap workbook: one row per office, every indicator's capaian per office, text never as a formula", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(root, "rekap.xlsx"));
    const rekap = wb.getWorksheet("Rekap")!;
    expect(rekap.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const rows = rekap.getSheetValues().slice(2) as unknown[][];
    expect(rows).toHaveLength(5);
    const dinsos = rows.find((r) => r[2] === "dinsos")!;
    expect(dinsos.slice(3, 12)).toEqual(["Dinas Sosial", "Kota Bekasi", 2025, 5, 4, 105.29, 85.82, 0, 0]);
    expect(rekap.getCell(`H${rows.indexOf(dinsos) + 2}`).numFmt).toBe("#,##0.00");
    expect(rows.map((r) => r[2])).toEqual(["dinsos", "dua/dua.xlsx", "dua/satu.xlsx", "inspektorat/kasus", "rusak"]);
    const formulaLooking = rows.find((r) => r[3] === '=HYPERLINK("http://contoh")')!;
    expect(formulaLooking[4]).toBe("+Kota Rumus");
    const raw = strFromU8(unzipSync(readFileSync(join(root, "rekap.xlsx")))["xl/worksheets/sheet1.xml"]!);
    expect(raw).not.toContain("<f>");
    const ind = wb.getWorksheet("Capaian Indikator")!;
    const indRows = (ind.getSheetValues().slice(2) as unknown[][]).filter((r) => r[1] === "dinsos");
    expect(indRows.map((r) => [r[4], r[9]])).toEqual([
      ["IKU-1", 131.82],
      ["IKU-2", 100],
      ["IKU-3", 101.75],
      ["IKU-4", 92.87],
      ["IKU-5", 100],
    ]);
  });

  it("gives each office the same figures as running it alone", () => {
    const alone = JSON.parse(lkip(["check", join(root, "inspektorat", "kasus", "kasus-2025.xlsx"), "--format", "json"]).stdout);
    const batch = JSON.parse(lkip(["batch", join(root, "inspektorat"), "--check-only", "--format", "json", "--recap", join(root, "r2.xlsx")]).stdout);
    expect(batch.kantor[0]).toMatchObject({ errors: alone.summary.errors, warnings: alone.summary.warnings, infos: alone.summary.infos, dokumen: null });
  });

  it("--check-only writes no document; --out mirrors the folders", () => {
    const given = tempDir("lkip-diberi-");
    mkdirSync(join(given, "dinsos"));
    copyFileSync(EXAMPLE, join(given, "dinsos", "dinsos.xlsx"));
    const out = tempDir("lkip-out-");
    const mirrored = lkip(["batch", given, "--out", out, "--format", "json"]);
    expect(mirrored.code).toBe(0);
    expect(existsSync(join(out, "dinsos", "LKIP-dinas-sosial-kota-bekasi-2025.docx"))).toBe(true);
    expect(readdirSync(out).some((f) => f.startsWith("rekap-lkip-"))).toBe(true);
    const check = lkip(["batch", given, "--check-only", "--out", tempDir()]);
    expect(check.code).toBe(0);
    expect(readdirSync(join(given, "dinsos"))).toEqual(["dinsos.xlsx"]);
  });

  it("a folder with no workbook is a usage error (exit 2)", () => {
    const r = lkip(["batch", tempDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Tidak ada workbook");
  });
});

describe("lkip batch: configuration", () => {
  const checkAlone = (file: string, ...args: string[]) => JSON.parse(lkip(["check", file, "--format", "json", ...args]).stdout);

  it("checks each office with its own lkip.config.json, as lkip check would alone; a bad one fails that office only", () => {
    const root = tempDir("lkip-batch-config-");
    for (const d of ["longgar", "ketat", "konfig-rusak"]) mkdirSync(join(root, d));
    copyFileSync(WITH_ERRORS, join(root, "longgar", "kasus.xlsx"));
    copyFileSync(WITH_ERRORS, join(root, "ketat", "kasus.xlsx"));
    copyFileSync(EXAMPLE, join(root, "konfig-rusak", "dinsos.xlsx"));
    // "longgar" lowers every rule that finds an error in the planted-mistakes workbook to a warning
    const strict = checkAlone(join(root, "ketat", "kasus.xlsx"));
    const errorRules = [...new Set((strict.findings as { rule: string; severity: string }[]).filter((f) => f.severity === "error").map((f) => f.rule))];
    expect(errorRules.length).toBeGreaterThan(3);
    writeFileSync(join(root, "longgar", "lkip.config.json"), JSON.stringify({ rules: Object.fromEntries(errorRules.map((r) => [r, "warning"])) }));
    writeFileSync(join(root, "konfig-rusak", "lkip.config.json"), "{ bukan json");
    const relaxed = checkAlone(join(root, "longgar", "kasus.xlsx"));
    expect(relaxed.summary.errors).toBe(0);

    const r = lkip(["batch", root, "--check-only", "--format", "json", "--recap", join(root, "r.xlsx")]);
    expect(r.code).toBe(1);
    const byFolder = Object.fromEntries((JSON.parse(r.stdout).kantor as { folder: string; alasan: string | null }[]).map((k) => [k.folder, k]));
    expect(byFolder["longgar"]).toMatchObject({ status: "ok", errors: 0, warnings: relaxed.summary.warnings });
    expect(byFolder["ketat"]).toMatchObject({ status: "ok", errors: strict.summary.errors, warnings: strict.summary.warnings });
    expect(byFolder["konfig-rusak"]).toMatchObject({ status: "gagal" });
    expect(byFolder["konfig-rusak"]!.alasan).toContain("lkip.config.json");
  }, 120_000);

  it("--config applies one configuration to every office; a bad --config is a usage error before any work", () => {
    const root = tempDir("lkip-batch-config-all-");
    mkdirSync(join(root, "a"));
    copyFileSync(WITH_ERRORS, join(root, "a", "kasus.xlsx"));
    // the office's own file would relax nothing; the coordinator's turns the budget-absorption rule off everywhere
    writeFileSync(join(root, "a", "lkip.config.json"), JSON.stringify({ rules: {} }));
    const all = join(root, "provinsi.json");
    writeFileSync(all, JSON.stringify({ rules: { "anggaran/serapan": "off" } }));
    const alone = checkAlone(join(root, "a", "kasus.xlsx"), "--config", all);
    const own = checkAlone(join(root, "a", "kasus.xlsx"));
    expect(alone.summary.errors).toBeLessThan(own.summary.errors);
    const r = lkip(["batch", root, "--check-only", "--config", all, "--format", "json", "--recap", join(root, "r.xlsx")]);
    expect(JSON.parse(r.stdout).kantor[0]).toMatchObject({ errors: alone.summary.errors, warnings: alone.summary.warnings });

    const bad = lkip(["batch", root, "--check-only", "--config", join(root, "tidak-ada.json")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toContain("tidak-ada.json");
    expect(existsSync(join(root, "a", "LKIP-dinas-sosial-kota-bekasi-2025.docx"))).toBe(false);
  }, 120_000);
});


describe("lkip batch --out that cannot be a folder", () => {
  it("is a usage error naming --out before any office is processed (exit 2, one line)", () => {
    const given = tempDir("lkip-diberi-");
    copyFileSync(EXAMPLE, join(given, "dinsos.xlsx"));
    const file = join(given, "bukan-folder");
    writeFileSync(file, "isi");
    const r = lkip(["batch", given, "--out", file]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n").at(-1)).toBe(`lkip: --out ${file} bukan folder (sudah ada berkas dengan nama itu)`);
    const under = lkip(["batch", given, "--out", join(file, "sub")]);
    expect(under.code).toBe(2);
    expect(under.stderr).toContain(`lkip: --out ${join(file, "sub")} tidak dapat dibuat atau ditulisi: salah satu folder di atasnya adalah berkas`);
    expect(under.stderr).not.toMatch(/galat internal/);
  }, 60_000);
});
