// Nothing is lost: the input is never modified, and an output is either whole or absent — even when the process is
// killed while writing — and an output that cannot be written gets one clear line with exit code 2.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { BIN, EXAMPLE, lkip, ROOT } from "../helpers/cli.js";
import { tempDir } from "../helpers/workbook.js";

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** Starts `lkip args`, kills it with SIGKILL after `ms`, resolves when it is gone. */
function killAfter(args: string[], ms: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: "ignore" });
    const timer = setTimeout(() => child.kill("SIGKILL"), ms);
    child.on("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Whole: a zip whose every entry inflates, holding the part that makes it a document or a workbook. */
function assertWhole(file: string, part: string): void {
  const entries = unzipSync(readFileSync(file));
  expect(Object.keys(entries)).toContain(part);
}

describe("the input workbook", () => {
  it("is byte-identical after every command", () => {
    const dir = tempDir();
    const input = join(dir, "kinerja.xlsx");
    copyFileSync(EXAMPLE, input);
    const before = sha(input);
    lkip(["check", input]);
    lkip(["check", input, "--format", "sarif"]);
    lkip(["check", input, "--annotate", join(dir, "kinerja-anotasi.xlsx")]);
    lkip(["capaian", input, "--format", "json"]);
    lkip(["build", input]);
    lkip(["batch", dir, "--check-only"]);
    expect(sha(input)).toBe(before);
    // Refused: the input named as an output.
    const r = lkip(["build", input, "-o", input, "--force"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("tidak pernah ditimpa");
    const a = lkip(["check", input, "--annotate", input]);
    expect(a.code).toBe(2);
    expect(sha(input)).toBe(before);
  });
});

describe("outputs are atomic", () => {
  it("a build killed at any moment leaves either no document or a whole one under the output name", async () => {
    const dir = tempDir();
    const out = join(dir, "LKIP.docx");
    for (const ms of [150, 400, 700, 1000, 1300, 1600, 1900, 2200, 2600, 3000]) {
      await killAfter(["build", EXAMPLE, "-o", out, "--force"], ms);
      if (existsSync(out)) assertWhole(out, "word/document.xml");
    }
    // The last attempts had time to finish; the output is there and whole.
    await killAfter(["build", EXAMPLE, "-o", out, "--force"], 60_000);
    assertWhole(out, "word/document.xml");
    expect(readdirSync(dir).filter((f) => f.endsWith(".docx"))).toEqual(["LKIP.docx"]);
  }, 120_000);

  it("an annotated copy killed while being written is never left truncated", async () => {
    const dir = tempDir();
    const out = join(dir, "anotasi.xlsx");
    const withErrors = EXAMPLE.replace(/\.xlsx$/, "-dengan-kesalahan.xlsx");
    for (const ms of [150, 300, 450, 600, 750, 900]) {
      await killAfter(["check", withErrors, "--annotate", out], ms);
      if (existsSync(out)) assertWhole(out, "xl/workbook.xml");
    }
  }, 60_000);
});

describe("outputs that cannot be written", () => {
  it.each([
    ["a folder", () => tempDir(), /adalah folder/],
    ["in a missing folder", () => join(tempDir(), "tidak-ada", "LKIP.docx"), /folder .* tidak ada/],
    ["where writing is not permitted", () => "/sys/LKIP.docx", /tidak ada izin menulis/],
  ])("build to %s: one clear line, exit 2", (_name, target, message) => {
    const r = lkip(["build", EXAMPLE, "-o", target(), "--force"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it("an annotated copy to an unwritable place: one clear line, exit 2", () => {
    const r = lkip(["check", EXAMPLE, "--annotate", "/sys/anotasi.xlsx"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/tidak dapat menulis .*: tidak ada izin menulis/);
  });
});
