// Scale benchmark (issue: speed that grows linearly): three workbook sizes, lkip check / capaian / build next to the
// read floor (exceljs only) and the pack floor (docx only), median of 5 runs each, peak memory. Prints Markdown for
// bench/RESULTS.md.   Run: npm run build && node dist/bench/scale.js [runs]
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { machine, measure, ms, ROOT, type Measure } from "./measure.js";
import { writeWorkload } from "./workload.js";

const SIZES = [
  { name: "kecil", indicators: 10, budgetRows: 100 },
  { name: "sedang", indicators: 50, budgetRows: 2_000 },
  { name: "besar", indicators: 200, budgetRows: 20_000 },
];
const runs = Number(process.argv[2] ?? 5);
const out = join(ROOT, "bench", "out");
mkdirSync(out, { recursive: true });
const bin = join(ROOT, "bin", "lkip.js");
const dist = (f: string) => join(ROOT, "dist", "bench", f);

const lines: string[] = [];
lines.push(`Mesin: ${machine()}; median dari ${runs} kali jalan.`, "");
lines.push("| ukuran | baris anggaran | floor baca | floor pack | check | capaian | build | check / floor baca | build / (baca + pack) | memori puncak floor baca / check / capaian / build |");
lines.push("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
type Row = Record<"read" | "pack" | "check" | "capaian" | "build", Measure>;
const results: Record<string, Row> = {};
for (const size of SIZES) {
  const file = join(out, `skala-${size.name}.xlsx`);
  await writeWorkload(file, { indicators: size.indicators, budgetRows: size.budgetRows, seed: 7 });
  const m: Row = {
    read: measure("floor-read", dist("floor-read.js"), [file], runs),
    pack: measure("floor-pack", dist("floor-pack.js"), [], runs),
    check: measure("check", bin, ["check", file, "--format", "json"], runs),
    capaian: measure("capaian", bin, ["capaian", file, "--format", "json"], runs),
    build: measure("build", bin, ["build", file, "-o", join(out, `skala-${size.name}.docx`), "--force"], runs),
  };
  results[size.name] = m;
  lines.push(
    `| ${size.name} | ${size.budgetRows} | ${ms(m.read.medianMs)} | ${ms(m.pack.medianMs)} | ${ms(m.check.medianMs)} | ${ms(m.capaian.medianMs)} | ${ms(m.build.medianMs)} | ${(m.check.medianMs / m.read.medianMs).toFixed(2)}× | ${(m.build.medianMs / (m.read.medianMs + m.pack.medianMs)).toFixed(2)}× | ${[m.read, m.check, m.capaian, m.build].map((x) => Math.round(x.peakMiB)).join(" / ")} MiB |`,
  );
  process.stderr.write(`${size.name}: exit codes check ${m.check.codes} capaian ${m.capaian.codes} build ${m.build.codes}\n`);
}
const small = results["kecil"]!;
const large = results["besar"]!;
const rowsRatio = SIZES[2]!.budgetRows / SIZES[0]!.budgetRows;
lines.push("");
lines.push(`Pertumbuhan kecil → besar (baris ×${rowsRatio}): check ×${(large.check.medianMs / small.check.medianMs).toFixed(1)}, build ×${(large.build.medianMs / small.build.medianMs).toFixed(1)}, floor baca ×${(large.read.medianMs / small.read.medianMs).toFixed(1)}.`);
lines.push(`Memori puncak \`build\`: ${SIZES.map((s) => `${s.name} ${Math.round(results[s.name]!.build.peakMiB)} MiB`).join(", ")}.`);
const version = measure("--version", bin, ["--version"], Math.max(runs, 9));
lines.push(`\`lkip --version\`: ${ms(version.medianMs)} (median dari ${Math.max(runs, 9)}).`);
process.stdout.write(lines.join("\n") + "\n");
