// The reference reports in Word (../shared/seeds/docx, beside the checkout): every error worked out by hand in
// seeds.expected.json is found at its place with its expected and found figures, and nothing else is an error or a
// warning (rounding notes are allowed only where the file lists them).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lkip, ROOT } from "../helpers/cli.js";

const SEEDS = join(ROOT, "..", "shared", "seeds", "docx");

interface Expected {
  rule: string;
  lokasi: Record<string, number>;
  expected?: string;
  actual?: string;
  why: string;
}
const EXPECTED = JSON.parse(readFileSync(new URL("./seeds.expected.json", import.meta.url), "utf8")) as Record<
  string,
  { errors: Expected[]; infos: Expected[] } | string
>;

interface JsonFinding {
  rule: string;
  severity: string;
  lokasi: Record<string, number>;
  message: string;
  expected?: string;
  actual?: string;
}

const same = (a: Record<string, number>, b: Record<string, number>) => JSON.stringify(a) === JSON.stringify(b);
const files = Object.keys(EXPECTED).filter((k) => k !== "_");

describe.each(files)("lkip check %s", (name) => {
  const want = EXPECTED[name] as { errors: Expected[]; infos: Expected[] };
  const file = join(SEEDS, name);

  it("finds every listed error and reports nothing else as an error or a warning", () => {
    expect(existsSync(file), `${file} (the seeds live in ../shared beside the checkout)`).toBe(true);
    const r = lkip(["check", file, "--format", "json"]);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as { file: string; findings: JsonFinding[]; summary: Record<string, number> };
    for (const e of want.errors) {
      // one paragraph may hold two findings of a rule: they are told apart by their figures
      const hit = out.findings.find((f) => f.rule === e.rule && same(f.lokasi, e.lokasi) && (f.actual === e.actual || e.actual === undefined));
      expect(hit, `${e.rule} ${JSON.stringify(e.lokasi)}: ${e.why}`).toBeDefined();
      expect(hit!.severity).toBe("error");
      expect({ expected: hit!.expected, actual: hit!.actual }).toEqual({ expected: e.expected, actual: e.actual });
      expect(hit!.message.length).toBeGreaterThan(20);
    }
    const unexpected = out.findings.filter(
      (f) => f.severity !== "info" && !want.errors.some((e) => e.rule === f.rule && same(f.lokasi, e.lokasi)),
    );
    expect(unexpected).toEqual([]);
    const infos = out.findings.filter((f) => f.severity === "info");
    for (const f of infos) expect(want.infos.some((e) => e.rule === f.rule && same(f.lokasi, e.lokasi)), JSON.stringify(f)).toBe(true);
    expect(out.summary.errors).toBe(want.errors.length);
    expect(r.code).toBe(want.errors.length > 0 ? 1 : 0);
  });
});

describe("stylish report of a seed", () => {
  it("names the table by its caption and the column by its header", () => {
    const r = lkip(["check", join(SEEDS, "lkip-kota-bekasi-2025.docx")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Tabel 3.10 (tabel ke-25)");
    expect(r.stdout).toMatch(/baris 22, kolom REALISASI Rp\s+galat\s+.*1\.160\.398\.691.*1\.013\.708\.491/);
    expect(r.stdout).toContain("Paragraf ke-361");
    expect(r.stdout).toMatch(/✖ 13 galat/);
  });
});
