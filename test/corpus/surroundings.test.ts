// Bad surroundings, nothing lost: what a coordinator's folders and an office's Profil can point lkip at — a symlink to
// /, an output folder the system will not create, a Logo naming /dev/zero or a file outside the office's folder, a PNG
// claiming 4294967295 × 1 pixels — each answered within 30 s under a 1 GiB heap cap, in one Indonesian line per
// problem, with no trace, the input intact and no temporary file left.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BIN, EXAMPLE, ROOT } from "../helpers/cli.js";
import { png, workbookWithLogo } from "../helpers/logo.js";
import { tempDir } from "../helpers/workbook.js";

const MAXRSS = fileURLToPath(new URL("../../bench/maxrss.mjs", import.meta.url));
const MiB = 1024 * 1024;

interface Run {
  code: number;
  out: string;
  ms: number;
  rss: number;
}

/** One lkip command as a user runs it, under a 1 GiB heap cap, with its peak memory (worker threads included). */
function capped(args: string[]): Run {
  const start = performance.now();
  const r = spawnSync(process.execPath, ["--max-old-space-size=1024", `--import=${MAXRSS}`, BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    timeout: 60_000,
  });
  const ms = performance.now() - start;
  const kb = Number(/LKIP_MAXRSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  const out = `${r.stdout}${r.stderr.replace(/\n?LKIP_MAXRSS_KB=\d+\n/, "")}`;
  return { code: r.status ?? -1, out, ms, rss: kb * 1024 };
}

function sha(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

/** Every file under `dir` whose name marks it temporary (lkip's `.name.pid.hex.tmp`, or a `lkip-build-` folder). */
function leftovers(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.name.endsWith(".tmp") || e.name.startsWith("lkip-build-"))
    .map((e) => join(e.parentPath, e.name));
}

function bounded(run: Run): void {
  expect(run.ms, run.out).toBeLessThan(30_000);
  expect(run.rss, run.out).toBeLessThan(1024 * MiB);
  expect(run.out).not.toMatch(/\n\s+at .+:\d+:\d+|galat internal|Error:/);
}

describe("hostile surroundings", () => {
  it("batch: a symlink to / inside an office folder is named and not followed", () => {
    const root = tempDir("lkip-sekitar-");
    const office = join(root, "dinsos");
    mkdirSync(office);
    copyFileSync(EXAMPLE, join(office, "dinsos.xlsx"));
    symlinkSync("/", join(office, "akar"));
    const before = sha(join(office, "dinsos.xlsx"));
    const r = capped(["batch", root, "--check-only"]);
    bounded(r);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${join(office, "akar")}: tautan simbolik ke / (di luar folder yang diberikan) tidak diikuti`);
    expect(sha(join(office, "dinsos.xlsx"))).toBe(before);
    expect(leftovers(root)).toEqual([]);
  });

  it("batch --out where the system refuses a folder (/proc/…), or where a file stands: exit 2, one line, nothing written", () => {
    const root = tempDir("lkip-sekitar-");
    mkdirSync(join(root, "dinsos"));
    copyFileSync(EXAMPLE, join(root, "dinsos", "dinsos.xlsx"));
    writeFileSync(join(root, "berkas"), "bukan folder");
    for (const [out, reason] of [
      ["/proc/lkip-keluaran/laporan", "sistem menolak membuat folder di tempat itu"],
      [join(root, "berkas"), "bukan folder"],
      [join(root, "berkas", "di-bawah"), "salah satu folder di atasnya adalah berkas"],
    ] as const) {
      const r = capped(["batch", root, "--out", out]);
      bounded(r);
      expect(r.code, r.out).toBe(2);
      expect(r.out.trim().split("\n")).toHaveLength(1);
      expect(r.out).toMatch(new RegExp(`^lkip: --out ${out.replace(/[./]/g, "\\$&")} .*${reason}`));
    }
    expect(readdirSync(root).sort()).toEqual(["berkas", "dinsos"]);
    expect(readdirSync(join(root, "dinsos"))).toEqual(["dinsos.xlsx"]);
  });

  it("build: a Logo naming /dev/zero, a file outside the office folder, or a lying PNG is a warning; the report has no logo", async () => {
    const dir = tempDir("lkip-sekitar-");
    const outside = tempDir("lkip-sekitar-luar-");
    writeFileSync(join(outside, "rahasia.png"), png(4, 4));
    writeFileSync(join(dir, "raksasa.png"), png(1, 1, { width: 4294967295, height: 1 }));
    for (const logo of ["/dev/zero", join(outside, "rahasia.png"), "../../../../../../../../dev/zero", "raksasa.png"]) {
      const file = await workbookWithLogo(dir, logo);
      const before = sha(file);
      const r = capped(["build", file, "-o", join(dir, "laporan.docx"), "--force"]);
      bounded(r);
      expect(r.code, r.out).toBe(0);
      expect(r.out).toMatch(/Logo ".*" \(Profil!B\d+\) .*; sampul dibuat tanpa logo/);
      expect(sha(file)).toBe(before);
    }
    const bad = capped(["build", await workbookWithLogo(dir, ""), "-o", join(dir, "lain.docx"), "--logo", "/dev/zero"]);
    bounded(bad);
    expect(bad.code).toBe(2);
    expect(bad.out.trim()).toBe("lkip: --logo /dev/zero: bukan berkas biasa");
    expect(existsSync(join(dir, "lain.docx"))).toBe(false);
    expect(leftovers(dir)).toEqual([]);
  }, 120_000);

  it("build -o into a folder the system refuses: exit 2, one line", () => {
    const r = capped(["build", EXAMPLE, "-o", "/proc/lkip-keluaran/laporan.docx"]);
    bounded(r);
    expect(r.code).toBe(2);
    expect(r.out.trim()).toBe("lkip: folder /proc/lkip-keluaran tidak ada");
  });
});
