// Documents too large to build within a gigabyte (issue 15): a PK of 5.000 indicators, and a workbook of about a million
// plausible cells, both inside the reader's limits. `lkip build` refuses each before building, under a 1 GiB heap cap:
// exit 2, one Indonesian line naming the figure and the limit, no trace, within 30 s, input untouched, nothing written.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { workloadSheets, writeWorkload, writeWorkloadFast, type Workload } from "../../bench/workload.js";
import { DOCUMENT_CELL_LIMIT } from "../../src/report/build.js";
import { formatNumber } from "../../src/text/format.js";
import { BIN, ROOT } from "../helpers/cli.js";
import { tempDir } from "../helpers/workbook.js";

const MAXRSS = fileURLToPath(new URL("../../bench/maxrss.mjs", import.meta.url));
const GiB = 1024 ** 3;

function cellsOf(w: Workload): number {
  let n = 0;
  for (const s of workloadSheets(w)) for (const row of s.rows) for (const v of row) if (v !== null && v !== undefined) n++;
  return n;
}

describe("documents larger than lkip builds within a gigabyte", () => {
  let dir: string;
  const cases: { name: string; file: string }[] = [];
  const times = new Map<string, number>();
  beforeAll(async () => {
    dir = tempDir("lkip-besar-");
    const pk = join(dir, "pk-5000-indikator.xlsx");
    await writeWorkload(pk, { indicators: 5000, budgetRows: 100, seed: 3 });
    cases.push({ name: "a PK of 5.000 indicators", file: pk });
    // just under the reader's limit of 1.000.000 cells
    const million: Workload = { indicators: 10, budgetRows: 142_300, seed: 4 };
    const cells = cellsOf(million);
    expect(cells).toBeGreaterThan(990_000);
    expect(cells).toBeLessThan(1_000_000);
    const big = join(dir, "sejuta-sel.xlsx");
    writeWorkloadFast(big, million);
    cases.push({ name: `a workbook of ${cells} cells`, file: big });
  }, 300_000);

  /** `node bin/lkip.js <args>` under a 1 GiB heap cap: exit code, output, wall time, peak memory. */
  const run = (args: string[]) => {
    const start = performance.now();
    const r = spawnSync(process.execPath, ["--max-old-space-size=1024", "--import", MAXRSS, BIN, ...args], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
      timeout: 180_000,
    });
    return { ...r, ms: performance.now() - start, rss: Number(/LKIP_MAXRSS_KB=(\d+)/.exec(r.stderr)?.[1]) * 1024 };
  };

  it("refuses each before building: exit 2, one line with the figure and the limit, under 1 GiB, nothing left", () => {
    for (const c of cases) {
      const hash = createHash("sha256").update(readFileSync(c.file)).digest("hex");
      const out = join(dir, "laporan.docx");
      const r = run(["build", c.file, "-o", out]);
      const { ms, rss } = r;
      const lines = r.stderr.replace(/\s*LKIP_MAXRSS_KB=\d+\s*$/, "").trim().split("\n");
      expect(r.status, c.name).toBe(2);
      expect(lines, c.name).toHaveLength(1);
      expect(lines[0], c.name).toMatch(
        new RegExp(`^lkip: .*: dokumen akan memuat sekitar [\\d.]+ sel tabel, melebihi batas ${formatNumber(DOCUMENT_CELL_LIMIT).replace(/\./g, "\\.")}; ringkas sheet Anggaran`),
      );
      expect(r.stdout, c.name).toBe("");
      expect(rss, c.name).toBeLessThan(GiB);
      times.set(c.file, ms);
      expect(createHash("sha256").update(readFileSync(c.file)).digest("hex"), c.name).toBe(hash);
      expect(readdirSync(dir).sort(), c.name).toEqual(cases.map((x) => x.file.slice(dir.length + 1)).sort());
    }
  }, 300_000);

  // The time of a refusal is the time to read the workbook: the PK of 5.000 indicators within 30 s; the million cells
  // take the reader itself longer on a loaded machine, so that refusal is held to `lkip capaian` (read and compute,
  // no document) on the same workbook.
  it("refuses the PK of 5.000 indicators within 30 s", () => {
    expect(times.get(cases[0]!.file)).toBeLessThan(30_000);
  });

  it("refuses the million cells as soon as they are read: no later than capaian on the same workbook finishes", () => {
    const capaian = run(["capaian", cases[1]!.file, "--format", "json"]);
    // 0, or 1 when reading reports problems in the generated rows (docs/capaian.md): either way read and computed in full
    expect([0, 1], capaian.stderr.slice(0, 300)).toContain(capaian.status);
    expect(times.get(cases[1]!.file)).toBeLessThan(capaian.ms * 1.5 + 2_000);
  }, 300_000);
});
