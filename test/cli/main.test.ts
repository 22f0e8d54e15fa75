import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/read.js";
import { lkip } from "../helpers/cli.js";
import { tempDir } from "../helpers/workbook.js";

describe("lkip (command line)", () => {
  it("prints Indonesian help listing every command, and the version", () => {
    const help = lkip(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Penggunaan: lkip [opsi] [perintah]");
    for (const c of ["init", "build", "check", "capaian", "batch"]) expect(help.stdout).toMatch(new RegExp(`^  ${c} `, "m"));
    expect(help.stdout).not.toMatch(/Usage:|Options:|display help/);
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    expect(lkip(["--version"]).stdout.trim()).toBe(pkg.version);
  });

  it("each command has Indonesian help", () => {
    for (const c of ["init", "build", "check", "capaian", "batch"]) {
      const r = lkip([c, "--help"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Penggunaan: lkip ${c}`);
      expect(r.stdout).toContain("tampilkan bantuan");
    }
  });

  it("an unknown option or a missing argument is a usage error (exit 2) in Indonesian", () => {
    const r = lkip(["check", "--bogus", "x.xlsx"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("opsi tidak dikenal '--bogus'");
    const m = lkip(["capaian"]);
    expect(m.code).toBe(2);
    expect(m.stderr).toContain("argumen wajib");
  });

  it.each(["check", "capaian", "build"])("%s on a missing or corrupt file: one clear line, exit 2, no stack trace", (cmd) => {
    const dir = tempDir();
    const missing = lkip([cmd, join(dir, "tidak-ada.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    expect(missing.stderr).toContain("tidak ditemukan");
    const bad = join(dir, "rusak.xlsx");
    writeFileSync(bad, "PK\u0003\u0004 bukan zip yang utuh");
    const corrupt = lkip([cmd, bad]);
    expect(corrupt.code).toBe(2);
    expect(corrupt.stderr.trim().split("\n")).toHaveLength(1);
    expect(corrupt.stderr).not.toMatch(/\n\s+at /);
  });

  it("--debug adds the technical detail behind an unreadable file; without it, one line", () => {
    const dir = tempDir();
    const bad = join(dir, "rusak.xlsx");
    // A real zip whose workbook part is broken XML: exceljs fails inside, the user gets one line.
    writeFileSync(bad, zipSync({ "[Content_Types].xml": strToU8("<Types"), "xl/workbook.xml": strToU8("<workbook><sheets>") }));
    const plain = lkip(["capaian", bad]);
    expect(plain.code).toBe(2);
    expect(plain.stderr.trim().split("\n")).toHaveLength(1);
    const debug = lkip(["capaian", bad, "--debug"]);
    expect(debug.code).toBe(2);
    expect(debug.stderr.split("\n")[0]).toContain("bukan workbook Excel");
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});

describe("lkip init", () => {
  it("writes the empty template and the example; both read back with zero problems", async () => {
    const dir = tempDir();
    const empty = join(dir, "t.xlsx");
    const contoh = join(dir, "c.xlsx");
    expect(lkip(["init", empty]).code).toBe(0);
    expect(lkip(["init", "--contoh", contoh]).code).toBe(0);
    const e = await readWorkbook(empty);
    expect(e.problems).toEqual([]);
    expect(Object.keys(e.sheets)).toEqual(expect.arrayContaining(["profil", "iku", "pk", "anggaran", "ppks", "narasi"]));
    const c = await readWorkbook(contoh);
    expect(c.problems).toEqual([]);
    expect(c.pk!.rows.length).toBeGreaterThanOrEqual(4);
    expect(c.anggaran!.rows.filter((r) => r.level === "program")).toHaveLength(6);
  });

  it("refuses to overwrite an existing file without --force, and leaves it untouched", () => {
    const dir = tempDir();
    const file = join(dir, "ada.xlsx");
    writeFileSync(file, "isi lama");
    const before = createHash("sha256").update(readFileSync(file)).digest("hex");
    const r = lkip(["init", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--force");
    expect(createHash("sha256").update(readFileSync(file)).digest("hex")).toBe(before);
    expect(lkip(["init", file, "--force"]).code).toBe(0);
  });
});
