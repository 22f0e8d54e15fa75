// `lkip check` timing (issue: closing note): the shipped example and a workbook with 5.000 budget rows (as values, and
// with every program, kegiatan and the Jumlah row as SUM formulas), each checked by the built CLI in a child process
// (`node bin/lkip.js check … --format json`), median of N runs; plus, in this process, how the 5.000-row time splits
// between reading, the engine and the rules.
// Run: npm run build && node dist/bench/check.js [runs]       Prints Markdown for bench/RESULTS.md, section "check".
import { mkdirSync } from "node:fs";
import ExcelJS from "exceljs";
import { join } from "node:path";
import { machine, measure, median, ms, ROOT } from "./measure.js";
import { writeWorkload } from "./workload.js";
import { readWorkbook } from "../src/read.js";
import { computeLkip } from "../src/engine/index.js";
import { checkModel } from "../src/check/index.js";

const runs = Number(process.argv[2] ?? 5);
const out = join(ROOT, "bench", "out");
mkdirSync(out, { recursive: true });
const bin = join(ROOT, "bin", "lkip.js");
const example = join(ROOT, "examples", "dinas-sosial-kota-bekasi-2025.xlsx");
const big = join(out, "check-5000.xlsx");
await writeWorkload(big, { indicators: 20, budgetRows: 5_000, seed: 11 });

/** The same workbook with every parent and the Jumlah row written as a SUM of its rows (cached results kept). */
async function withFormulas(from: string, to: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  const ws = wb.getWorksheet("Anggaran")!;
  const rank: Record<string, number> = { program: 0, kegiatan: 1, "sub kegiatan": 2 };
  const rows: { n: number; rank: number }[] = [];
  ws.eachRow((r, n) => {
    const level = String(r.getCell(3).value ?? "");
    if (n > 1 && level in rank) rows.push({ n, rank: rank[level]! });
  });
  const sumOf = (col: string, ns: number[], n: number) => {
    const cell = ws.getCell(`${col}${n}`);
    cell.value = { formula: `SUM(${ns.map((k) => col + k).join(",")})`, result: cell.value as number };
  };
  rows.forEach((r, i) => {
    if (r.rank === 2) return;
    const kids: number[] = [];
    for (let j = i + 1; j < rows.length && rows[j]!.rank > r.rank; j++) if (rows[j]!.rank === r.rank + 1) kids.push(rows[j]!.n);
    for (const col of ["E", "F", "G"]) sumOf(col, kids, r.n);
  });
  const total = rows[rows.length - 1]!.n + 1;
  for (const col of ["E", "F", "G"]) sumOf(col, rows.filter((r) => r.rank === 0).map((r) => r.n), total);
  await wb.xlsx.writeFile(to);
}
const bigFormulas = join(out, "check-5000-rumus.xlsx");
await withFormulas(big, bigFormulas);

const cases = [
  { name: "contoh Dinas Sosial Kota Bekasi 2025 (38 baris anggaran)", file: example },
  { name: "5.000 baris anggaran, 20 indikator", file: big },
  { name: "5.000 baris anggaran, induk dan Jumlah berupa rumus SUM", file: bigFormulas },
];
const lines: string[] = [];
lines.push(`Mesin: ${machine()}; median dari ${runs} kali jalan \`node bin/lkip.js check <berkas> --format json\`.`, "");
lines.push("| workbook | waktu (median) | memori puncak | kode keluar |", "|---|---:|---:|---|");
for (const c of cases) {
  const m = measure(c.name, bin, ["check", c.file, "--format", "json"], runs);
  lines.push(`| ${c.name} | ${ms(m.medianMs)} | ${Math.round(m.peakMiB)} MiB | ${[...new Set(m.codes)].join(", ")} |`);
}

// Where the time goes, in process (after one warm-up run).
const phases = { baca: [] as number[], mesin: [] as number[], aturan: [] as number[] };
let findings = 0;
for (let i = 0; i <= runs; i++) {
  const t0 = performance.now();
  const model = await readWorkbook(big);
  const t1 = performance.now();
  const computed = computeLkip(model);
  const t2 = performance.now();
  const result = checkModel(model, computed);
  const t3 = performance.now();
  findings = result.findings.length;
  if (i === 0) continue;
  phases.baca.push(t1 - t0);
  phases.mesin.push(t2 - t1);
  phases.aturan.push(t3 - t2);
}
lines.push(
  "",
  `Rincian 5.000 baris dalam satu proses (median): baca workbook ${ms(median(phases.baca))}, mesin capaian ${ms(median(phases.mesin))}, ` +
    `aturan pemeriksaan ${ms(median(phases.aturan))}; ${findings} temuan.`,
);
console.log(lines.join("\n"));
