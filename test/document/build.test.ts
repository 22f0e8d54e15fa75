// Reports that `lkip build` writes from the shipped examples check clean as Word documents, and the checker does read
// their tables: one sub kegiatan figure changed in the written document is reported against its kegiatan.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { lkip, ROOT } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "lkip-docx-build-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EXAMPLES = ["dinas-sosial-kota-bekasi-2025", "dinas-kesehatan-kabupaten-lembah-sari-2025"];

interface Out {
  findings: { rule: string; severity: string; lokasi: Record<string, number>; expected?: string; actual?: string }[];
  summary: { errors: number; warnings: number };
}

describe.each(EXAMPLES)("lkip build examples/%s.xlsx, then lkip check the .docx", (name) => {
  const docx = join(dir, `${name}.docx`);

  it("checks clean", () => {
    const built = lkip(["build", join(ROOT, "examples", `${name}.xlsx`), "-o", docx]);
    expect(built.code, built.stderr).toBe(0);
    const r = lkip(["check", docx, "--format", "json"]);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(r.code).toBe(0);
  });

  it("reports a changed sub kegiatan figure against its kegiatan", () => {
    const parts = unzipSync(readFileSync(docx));
    const xml = strFromU8(parts["word/document.xml"]!);
    const m = [...xml.matchAll(/>(\d{1,3}(?:\.\d{3}){2,})</g)].map((x) => x[1]!);
    const counts = new Map<string, number>();
    for (const v of m) counts.set(v, (counts.get(v) ?? 0) + 1);
    // the last amount printed exactly once is a sub kegiatan's own (programs and totals are repeated elsewhere)
    const leaf = [...counts].filter(([, n]) => n === 1).map(([v]) => v).at(-1)!;
    expect(leaf).toBeDefined();
    const bumped = leaf.replace(/\d$/, (d) => String((Number(d) + 1) % 10));
    parts["word/document.xml"] = strToU8(xml.replace(`>${leaf}<`, `>${bumped}<`));
    const changed = join(dir, `${name}-diubah.docx`);
    writeFileSync(changed, zipSync(parts));
    const r = lkip(["check", changed, "--format", "json"]);
    const out = JSON.parse(r.stdout) as Out;
    expect(r.code).toBe(1);
    expect(out.summary.errors).toBeGreaterThan(0);
    expect(out.findings.some((f) => f.severity === "error" && f.rule === "dokumen/hierarki")).toBe(true);
  });
});
