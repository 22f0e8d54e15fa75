// Bad input, nothing lost: every malformed workbook of the corpus gets a clear Indonesian answer from `lkip check` and
// `lkip build` — exit 1 or 2, the sheet and cell where there is one, no stack trace, no hang, under 1 GiB.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE, ROOT } from "../helpers/cli.js";
import { tempDir } from "../helpers/workbook.js";
import { writeCorpus, type Case } from "./mutations.js";

interface Outcome {
  file: string;
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
  heap: number;
}

const RUNNER = fileURLToPath(new URL("./run.mjs", import.meta.url));
const GiB = 1024 ** 3;

function runAll(command: string, files: string[]): Map<string, Outcome> {
  const r = spawnSync(process.execPath, ["--max-old-space-size=1024", RUNNER, command, ...files], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 30,
    timeout: 900_000,
  });
  if (r.status !== 0) throw new Error(`runner ${command} failed (${r.status} ${r.signal}): ${r.stderr.slice(-2000)}`);
  const out = new Map<string, Outcome>();
  for (const line of r.stdout.split("\n").filter(Boolean)) {
    const o = JSON.parse(line) as Outcome;
    out.set(o.file, o);
  }
  return out;
}

describe("bad-input corpus", () => {
  let cases: Case[];
  let dir: string;
  const hashes = new Map<string, string>();
  const results: Record<string, Map<string, Outcome>> = {};
  beforeAll(async () => {
    dir = tempDir("lkip-korpus-");
    cases = await writeCorpus(EXAMPLE, dir);
    for (const c of cases) hashes.set(c.file, createHash("sha256").update(readFileSync(c.file)).digest("hex"));
    const files = cases.map((c) => c.file);
    results["check"] = runAll("check", files);
    results["build"] = runAll("build", files);
  }, 900_000);

  it("has at least 200 malformed workbooks", () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
  });

  for (const command of ["check", "build"]) {
    it(`${command}: every one exits 1 or 2 with an Indonesian message and no stack trace, quickly, under 1 GiB`, () => {
      const bad: string[] = [];
      for (const c of cases) {
        const o = results[command]!.get(c.file);
        const text = `${o?.stdout ?? ""}${o?.stderr ?? ""}`;
        const problems: string[] = [];
        if (!o) problems.push("no outcome");
        else {
          if (o.code !== 1 && o.code !== 2) problems.push(`exit ${o.code}`);
          if (c.unreadable && o.code !== 2) problems.push("unreadable but not exit 2");
          if (/\n\s+at .+:\d+:\d+/.test(text) || /THROWN|galat internal/i.test(text)) problems.push("stack trace or internal error");
          if (!/(tidak|bukan|tanpa|melebihi|hilang|galat|rumus|sel|error|salah|≠|kosong|terlalu|simpan ulang|dilindungi)/i.test(text)) problems.push("no Indonesian reason");
          if (o.ms > 30_000) problems.push(`slow ${Math.round(o.ms)} ms`);
          if (o.heap > GiB) problems.push(`rss ${Math.round(o.heap / 1024 / 1024)} MiB`);
        }
        if (problems.length) bad.push(`${c.name}: ${problems.join(", ")} :: ${text.slice(0, 300).replace(/\n/g, " ⏎ ")}`);
      }
      expect(bad).toEqual([]);
    });
  }

  it("names the sheet and cell where there is one", () => {
    const o = results["check"]!.get(cases.find((c) => c.name === "teks-di-angka-Anggaran-G2")!.file)!;
    expect(o.stdout).toMatch(/G2/);
    expect(o.stdout).toContain("sekitar seratus");
    const formula = results["check"]!.get(cases.find((c) => c.name === "rumus-tanpa-nilai-PK-F2")!.file)!;
    expect(formula.stdout).toMatch(/F2\s+galat\s+.*rumus/);
  });

  it("answers the hostile values of issue 15 with the cell and a reason, never the raw control characters", () => {
    const out = (command: string, name: string) => {
      const o = results[command]!.get(cases.find((c) => c.name === name)!.file)!;
      return o.stdout + o.stderr;
    };
    expect(out("check", "tanggal-serial-1e15")).toMatch(/B\d+\s+galat\s+Tanggal "########" tidak sah/);
    expect(out("build", "tanggal-serial-1e15")).toMatch(/Profil!B\d+\s+galat\s+Tanggal "########" tidak sah/);
    // longer than a cell may be in Excel: refused by the reader, naming the cell (shorter text numbers past 64 characters
    // are a baca/bukan-angka finding: test/cells/number.test.ts)
    expect(out("check", "angka-teks-300000-digit")).toMatch(/Anggaran sel G3 berisi 300\.000 karakter, melebihi batas Excel 32\.767/);
    const forged = out("check", "escape-terminal-dan-baris-palsu");
    expect(forged).toContain("seratus↵✔ Tidak ada temuan");
    expect(forged).not.toMatch(/[\u001b\u0007]/);
    expect(out("check", "karakter-terlarang-xml")).toMatch(/G3\s+galat/);
  });

  it("leaves every input byte-identical and no temporary file behind", () => {
    for (const c of cases) expect(createHash("sha256").update(readFileSync(c.file)).digest("hex"), c.name).toBe(hashes.get(c.file));
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp") || f.startsWith("."))).toEqual([]);
  });
});
