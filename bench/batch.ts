// Batch benchmark: 100 office workbooks (each the size of a real office: 6 indicators, 45 budget rows), timed with
// `lkip batch --jobs 1` and `--jobs 2`, median of N runs. Target: 2 jobs ≥ 1,6× faster than 1; < 0,5 s per office with 2.
// Run: npm run build && node dist/bench/batch.js [runs] [offices]
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { machine, measure, ms, ROOT } from "./measure.js";
import { writeWorkload } from "./workload.js";

const runs = Number(process.argv[2] ?? 3);
const offices = Number(process.argv[3] ?? 100);
const dir = join(ROOT, "bench", "out", "batch");
rmSync(dir, { recursive: true, force: true });
for (let i = 1; i <= offices; i++) {
  const folder = join(dir, `opd-${String(i).padStart(3, "0")}`);
  mkdirSync(folder, { recursive: true });
  await writeWorkload(join(folder, "kinerja.xlsx"), { indicators: 6, budgetRows: 45, seed: i });
}
const bin = join(ROOT, "bin", "lkip.js");
const recap = join(ROOT, "bench", "out", "rekap-bench.xlsx");
const out = join(ROOT, "bench", "out", "batch-docs");
const lines: string[] = [`Mesin: ${machine()}; ${offices} workbook; median dari ${runs} kali jalan.`, ""];
lines.push("| mode | --jobs 1 | --jobs 2 | percepatan | per workbook (2 jobs) |", "|---|---:|---:|---:|---:|");
for (const mode of [[], ["--check-only"]] as string[][]) {
  const args = (jobs: number) => ["batch", dir, "--jobs", String(jobs), "--out", out, "--recap", recap, "--force", "--format", "json", ...mode];
  const one = measure("jobs1", bin, args(1), runs);
  const two = measure("jobs2", bin, args(2), runs);
  lines.push(
    `| ${mode.length ? "check-only" : "build"} | ${ms(one.medianMs)} | ${ms(two.medianMs)} | ${(one.medianMs / two.medianMs).toFixed(2)}× | ${ms(two.medianMs / offices)} |`,
  );
  process.stderr.write(`${mode.join(" ") || "build"}: exit codes ${one.codes} / ${two.codes}\n`);
}
process.stdout.write(lines.join("\n") + "\n");
