// Batch benchmark: 100 office workbooks (each the size of a real office: 6 indicators, 45 budget rows), timed with
// `lkip batch --jobs 1` and `--jobs 2`, median of N runs. Target: 2 jobs ≥ 1,6× faster than 1; < 0,5 s per office with 2.
//
// Next to them, the machine's own bound on what two jobs can gain: the two halves of the offices given to two separate
// `lkip batch --jobs 1` processes at once (nothing shared, no pool), and the same with V8's helper threads off
// (`node --single-threaded`), one half alone and both halves at once.
// Run: npm run build && node dist/bench/batch.js [runs] [offices]
import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { machine, measure, median, ms, ROOT } from "./measure.js";
import { writeWorkload } from "./workload.js";

const runs = Number(process.argv[2] ?? 3);
const offices = Number(process.argv[3] ?? 100);
const dir = join(ROOT, "bench", "out", "batch");
const halves = [join(dir, "bagian-1"), join(dir, "bagian-2")];
rmSync(dir, { recursive: true, force: true });
for (let i = 1; i <= offices; i++) {
  const folder = join(halves[i <= offices / 2 ? 0 : 1]!, `opd-${String(i).padStart(3, "0")}`);
  mkdirSync(folder, { recursive: true });
  await writeWorkload(join(folder, "kinerja.xlsx"), { indicators: 6, budgetRows: 45, seed: i });
}
const bin = join(ROOT, "bin", "lkip.js");
const out = join(ROOT, "bench", "out", "batch-docs");
const recap = (name: string) => join(ROOT, "bench", "out", `rekap-${name}.xlsx`);
const args = (folder: string, jobs: number, name: string, mode: string[] = []) =>
  ["batch", folder, "--jobs", String(jobs), "--out", out, "--recap", recap(name), "--force", "--format", "json", ...mode];

/** Wall time of running the given `node` command lines at the same time, until the last ends; median of `runs`. */
async function together(commands: string[][]): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await Promise.all(
      commands.map(
        (c) =>
          new Promise<void>((resolve, reject) =>
            spawn(process.execPath, c, { cwd: ROOT, stdio: "ignore" }).on("exit", (code) =>
              code === 0 ? resolve() : reject(new Error(`${c.join(" ")}: exit ${code}`)),
            ),
          ),
      ),
    );
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

const lines: string[] = [`Mesin: ${machine()}; ${offices} workbook; median dari ${runs} kali jalan.`, ""];
lines.push("| mode | --jobs 1 | --jobs 2 | percepatan | per workbook (2 jobs) |", "|---|---:|---:|---:|---:|");
let oneJob = 0;
for (const mode of [[], ["--check-only"]] as string[][]) {
  const one = measure("jobs1", bin, args(dir, 1, "bench", mode), runs);
  const two = measure("jobs2", bin, args(dir, 2, "bench", mode), runs);
  if (!mode.length) oneJob = one.medianMs;
  lines.push(
    `| ${mode.length ? "check-only" : "build"} | ${ms(one.medianMs)} | ${ms(two.medianMs)} | ${(one.medianMs / two.medianMs).toFixed(2)}× | ${ms(two.medianMs / offices)} |`,
  );
  process.stderr.write(`${mode.join(" ") || "build"}: exit codes ${one.codes} / ${two.codes}\n`);
}

// The bound: each half in its own process, both at once.
const pair = (flags: string[]) => halves.map((h, i) => [...flags, bin, ...args(h, 1, `bagian-${i + 1}`)]);
const twoProcesses = await together(pair([]));
const singleAlone = await together(pair(["--single-threaded"]).slice(0, 1));
const singleBoth = await together(pair(["--single-threaded"]));
lines.push(
  "",
  "Batas mesin (build; setiap separuh kantor di proses `lkip batch --jobs 1` sendiri):",
  "",
  "| | waktu | percepatan terhadap build --jobs 1 |",
  "|---|---:|---:|",
  `| dua proses terpisah sekaligus | ${ms(twoProcesses)} | ${(oneJob / twoProcesses).toFixed(2)}× |`,
  `| \`node --single-threaded\`, satu separuh saja | ${ms(singleAlone)} | |`,
  `| \`node --single-threaded\`, dua separuh sekaligus | ${ms(singleBoth)} | |`,
);
process.stdout.write(lines.join("\n") + "\n");
