// One rule for every output: a file lkip did not write is replaced only with --force, an input workbook never, no two
// outputs of one run share a path, an output's extension says what it holds, and an interrupted write leaves nothing.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { BIN, EXAMPLE, lkip, ROOT } from "../helpers/cli.js";
import { tempDir } from "../helpers/workbook.js";

const WITH_ERRORS = EXAMPLE.replace(/\.xlsx$/, "-dengan-kesalahan.xlsx");
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const oneLine = (s: string) => expect(s.trim().split("\n")).toHaveLength(1);

describe("check --annotate", () => {
  it("refuses a file lkip did not write unless --force, and replaces its own copy without it", () => {
    const dir = tempDir();
    const other = join(dir, "kantor-lain.xlsx");
    copyFileSync(EXAMPLE, other);
    const before = sha(other);
    const refused = lkip(["check", WITH_ERRORS, "--annotate", other]);
    expect(refused.code).toBe(2);
    oneLine(refused.stderr);
    expect(refused.stderr).toContain("bukan buatan lkip; gunakan --force");
    expect(refused.stdout).toBe("");
    expect(sha(other)).toBe(before);

    const forced = lkip(["check", WITH_ERRORS, "--annotate", other, "--force"]);
    expect(forced.code).toBe(1);
    expect(sha(other)).not.toBe(before);
    // now it is lkip's copy: the next run replaces it without --force
    const again = lkip(["check", WITH_ERRORS, "--annotate", other]);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain("Salinan beranotasi ditulis");
  });

  it("never writes an annotated copy under another extension", () => {
    const dir = tempDir();
    const r = lkip(["check", EXAMPLE, "--annotate", join(dir, "anotasi.docx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("harus berakhiran .xlsx");
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("batch --recap", () => {
  it("never replaces an input workbook, even with --force, and a foreign file only with --force", () => {
    const root = tempDir();
    mkdirSync(join(root, "kantor"));
    const input = join(root, "kantor", "a.xlsx");
    copyFileSync(EXAMPLE, input);
    const before = sha(input);
    for (const extra of [[], ["--force"]]) {
      const r = lkip(["batch", root, "--check-only", "--recap", input, ...extra]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("workbook masukan tidak pernah ditimpa");
      expect(sha(input)).toBe(before);
    }
    const foreign = join(root, "catatan.xlsx.bak");
    writeFileSync(foreign, "bukan buatan lkip");
    const named = join(root, "rekap-saya.xlsx");
    copyFileSync(foreign, named);
    const refused = lkip(["batch", join(root, "kantor"), "--check-only", "--recap", named]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("bukan buatan lkip");
    expect(readFileSync(named, "utf8")).toBe("bukan buatan lkip");
    expect(lkip(["batch", join(root, "kantor"), "--check-only", "--recap", named, "--force"]).code).toBe(0);
    // lkip's own recap is replaced on the next run without --force
    expect(lkip(["batch", join(root, "kantor"), "--check-only", "--recap", named]).code).toBe(0);
  }, 120_000);
});

describe("batch: two workbooks of one office and year in one folder", () => {
  it("writes two documents under distinct names, says so, and the recap states per office what was written", async () => {
    const root = tempDir();
    const kantor = join(root, "dinsos");
    mkdirSync(kantor);
    copyFileSync(EXAMPLE, join(kantor, "dinsos.xlsx"));
    copyFileSync(EXAMPLE, join(kantor, "dinsos-revisi.xlsx"));
    copyFileSync(WITH_ERRORS, join(kantor, "dinsos-salah.xlsx"));
    const recap = join(root, "rekap.xlsx");
    const r = lkip(["batch", root, "--jobs", "2", "--recap", recap, "--format", "json"]);
    expect(r.code).toBe(1);
    const docs = readdirSync(kantor).filter((f) => f.endsWith(".docx")).sort();
    expect(docs).toHaveLength(2);
    expect(docs).toContain("LKIP-dinas-sosial-kota-bekasi-2025.docx");
    expect(docs.some((d) => /^LKIP-dinas-sosial-kota-bekasi-2025-dinsos(-revisi)?\.docx$/.test(d) && d !== "LKIP-dinas-sosial-kota-bekasi-2025.docx")).toBe(true);
    for (const d of docs) expect(Object.keys(unzipSync(readFileSync(join(kantor, d))))).toContain("word/document.xml");

    const json = JSON.parse(r.stdout) as { kantor: { workbook: string; dokumen: string | null; dokumen_tidak_ditulis: string | null; keterangan_dokumen: string | null }[] };
    const written = json.kantor.filter((k) => k.dokumen).map((k) => k.dokumen!.split("/").pop()!).sort();
    expect(written).toEqual(docs);
    expect(json.kantor.filter((k) => k.keterangan_dokumen)).toHaveLength(1);
    expect(json.kantor.find((k) => k.workbook.endsWith("dinsos-salah.xlsx"))!.dokumen_tidak_ditulis).toMatch(/^tidak ditulis: 18 temuan galat/);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recap);
    const ws = wb.getWorksheet("Rekap")!;
    const header = (ws.getRow(1).values as unknown[]).map(String);
    const status = header.indexOf("Status");
    const rows = [2, 3, 4].map((n) => ({ folder: String(ws.getRow(n).getCell(2).value), status: String(ws.getRow(n).getCell(status).value) }));
    expect(rows.find((x) => x.folder.endsWith("dinsos-salah.xlsx"))!.status).toMatch(/^tidak ditulis: 18 temuan galat/);
    expect(rows.filter((x) => x.status === "ditulis")).toHaveLength(2);
    expect(rows.map((x) => x.status)).not.toContain("berhasil");
  }, 180_000);
});

describe("build: the output's extension says what it holds", () => {
  it("-o x.txt and -o x.pdf without --pdf are refused with one line; nothing is written", () => {
    const dir = tempDir();
    for (const [name, text] of [["x.txt", "harus berakhiran .docx"], ["laporan.pdf", "tambahkan --pdf"]] as const) {
      const r = lkip(["build", EXAMPLE, "-o", join(dir, name)]);
      expect(r.code).toBe(2);
      oneLine(r.stderr);
      expect(r.stderr).toContain(text);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it("-o laporan.pdf --pdf writes laporan.docx and laporan.pdf", () => {
    const dir = tempDir();
    const r = lkip(["build", EXAMPLE, "-o", join(dir, "laporan.pdf"), "--pdf"]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["laporan.docx", "laporan.pdf"]);
    expect(Object.keys(unzipSync(readFileSync(join(dir, "laporan.docx"))))).toContain("word/document.xml");
    expect(readFileSync(join(dir, "laporan.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
    // both are lkip's now: a second run replaces them without --force; a foreign PDF is refused
    expect(lkip(["build", EXAMPLE, "-o", join(dir, "laporan.pdf"), "--pdf"]).code).toBe(0);
    writeFileSync(join(dir, "lain.pdf"), "%PDF-1.4 bukan buatan lkip");
    const refused = lkip(["build", EXAMPLE, "-o", join(dir, "lain.docx"), "--pdf"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("lain.pdf sudah ada dan bukan buatan lkip");
    expect(existsSync(join(dir, "lain.docx"))).toBe(false);
  }, 180_000);
});

describe("init", () => {
  it.each([
    ["in a missing folder", (d: string) => [join(d, "tidak-ada", "x.xlsx")], /folder .*tidak-ada tidak ada/],
    ["over a folder, even with --force", (d: string) => (mkdirSync(join(d, "map.xlsx")), [join(d, "map.xlsx"), "--force"]), /adalah folder/],
    ["over an existing file without --force", (d: string) => (writeFileSync(join(d, "ada.xlsx"), "isi"), [join(d, "ada.xlsx")]), /sudah ada; gunakan --force/],
    ["under another extension", (d: string) => [join(d, "x.docx")], /harus berakhiran \.xlsx/],
  ])("%s: one Indonesian line, exit 2, never an internal error", (_name, args, message) => {
    const dir = tempDir();
    const r = lkip(["init", ...args(dir)]);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toContain("internal");
  });
});

/** Starts `lkip args`, sends `signal` after `ms`, resolves with the exit code (or signal). */
function signalAfter(args: string[], signal: NodeJS.Signals, ms: number): Promise<number | string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: "ignore" });
    const timer = setTimeout(() => child.kill(signal), ms);
    child.on("exit", (code, sig) => {
      clearTimeout(timer);
      resolve(code ?? sig ?? -1);
    });
  });
}

describe("interrupted writes", () => {
  it("SIGINT or SIGTERM while the annotated copy is written leaves no temporary file (exit 130 / 143)", async () => {
    const dir = tempDir();
    const out = join(dir, "anotasi.xlsx");
    const codes = new Set<number | string>();
    // spread over reading, checking and writing; the copy takes about a second to write on a loaded 2-core machine
    for (const ms of [700, 900, 1100, 1300, 1500, 1700, 1900, 2100, 2300, 2600, 2900, 3200]) {
      for (const signal of ["SIGINT", "SIGTERM"] as const) {
        const code = await signalAfter(["check", WITH_ERRORS, "--annotate", out, "--force"], signal, ms);
        codes.add(code);
        // the signal's name: it came before lkip had started (no file can exist then)
        expect([1, 130, 143, signal]).toContain(code);
        expect(readdirSync(dir).filter((f) => f !== "anotasi.xlsx")).toEqual([]);
        if (existsSync(out)) expect(Object.keys(unzipSync(readFileSync(out)))).toContain("xl/workbook.xml");
      }
    }
    // the signals did arrive while lkip ran (not only after it had finished)
    expect([...codes].some((c) => c === 130 || c === 143)).toBe(true);
  }, 240_000);

  it("SIGTERM during a batch leaves no temporary file in the office folders", async () => {
    const root = tempDir();
    for (const k of ["a", "b"]) {
      mkdirSync(join(root, k));
      copyFileSync(EXAMPLE, join(root, k, `${k}.xlsx`));
    }
    for (const ms of [1500, 2500, 3500, 4500]) {
      const code = await signalAfter(["batch", root, "--jobs", "2", "--force"], "SIGTERM", ms);
      expect([0, 143, "SIGTERM"]).toContain(code);
      for (const k of ["a", "b"]) expect(readdirSync(join(root, k)).filter((f) => f.startsWith("."))).toEqual([]);
      expect(readdirSync(root).filter((f) => f.startsWith("."))).toEqual([]);
    }
  }, 240_000);
});
