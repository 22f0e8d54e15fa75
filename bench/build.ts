// `lkip build` timing (issue: closing note): the shipped example built by the CLI in a child process
// (`node bin/lkip.js build … -o … --force`), median of N runs; and, in this process, how the time splits between
// reading, computing, checking, building the document tree and packing it (with and without laying out the pages for
// the tables of contents' page numbers). Writes the "build" section of bench/RESULTS.md and prints it.
// Run: npm run build && node dist/bench/build.js [runs]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { machine, measure, median, ms, ROOT } from "./measure.js";
import { readWorkbook } from "../src/read.js";
import { computeLkip } from "../src/engine/index.js";
import { checkModel } from "../src/check/index.js";
import { buildDocument, documentCells, packDocument } from "../src/report/build.js";
import { computeRincian } from "../src/engine/rincian.js";
import { writeWorkload } from "./workload.js";

const runs = Number(process.argv[2] ?? 5);
const out = join(ROOT, "bench", "out");
mkdirSync(out, { recursive: true });
const bin = join(ROOT, "bin", "lkip.js");
const example = join(ROOT, "examples", "dinas-sosial-kota-bekasi-2025.xlsx");
const docx = join(out, "build-contoh.docx");

const cli = measure("build", bin, ["build", example, "-o", docx, "--force"], runs);

// Larger offices (bench/workload.ts): the page-number layout grows with the document, not faster.
const sizes = [
  { indicators: 10, budgetRows: 100 },
  { indicators: 50, budgetRows: 2_000 },
];
const larger = [];
for (const size of sizes) {
  const file = join(out, `build-${size.budgetRows}.xlsx`);
  await writeWorkload(file, { ...size, seed: 3 });
  const model = await readWorkbook(file);
  const computed = computeLkip(model);
  const cells = documentCells(computed, computeRincian(model, computed));
  const r = measure("build", bin, ["build", file, "-o", join(out, `build-${size.budgetRows}.docx`), "--force"], Math.min(runs, 3));
  larger.push({ ...size, cells, r });
}

// In process, after one warm-up run (module loading and JIT are in the CLI figure above, not here).
const phases = { read: [] as number[], compute: [] as number[], check: [] as number[], tree: [] as number[], pack: [] as number[], packNoPages: [] as number[] };
const cold = { read: 0, compute: 0, check: 0, tree: 0, pack: 0 };
let bytes = 0;
for (let i = 0; i <= runs; i++) {
  const t0 = performance.now();
  const model = await readWorkbook(example);
  const t1 = performance.now();
  const computed = computeLkip(model);
  const t2 = performance.now();
  checkModel(model, computed);
  const t3 = performance.now();
  const document = buildDocument(model, computed);
  const t4 = performance.now();
  bytes = (await packDocument(document)).length;
  const t5 = performance.now();
  await packDocument(buildDocument(model, computed, { estimatePages: false }));
  const t6 = performance.now();
  if (i === 0) {
    Object.assign(cold, { read: t1 - t0, compute: t2 - t1, check: t3 - t2, tree: t4 - t3, pack: t5 - t4 });
    continue;
  }
  phases.read.push(t1 - t0);
  phases.compute.push(t2 - t1);
  phases.check.push(t3 - t2);
  phases.tree.push(t4 - t3);
  phases.pack.push(t5 - t4);
  phases.packNoPages.push(t6 - t5 - (t4 - t3));
}
const m = (xs: number[]) => median(xs);
const total = m(phases.read) + m(phases.compute) + m(phases.check) + m(phases.tree) + m(phases.pack);
const pct = (x: number) => `${Math.round((x / total) * 100)}%`;
const coldTotal = cold.read + cold.compute + cold.check + cold.tree + cold.pack;

const lines = [
  "## build",
  "",
  `Mesin: ${machine()}; \`nproc\` = ${availableParallelism()}; ${new Date().toISOString().slice(0, 10)}.`,
  "",
  `\`node bin/lkip.js build examples/dinas-sosial-kota-bekasi-2025.xlsx -o … --force\`: **${ms(cli.medianMs)}** (median dari ${runs} kali jalan; ` +
    `memori puncak ${Math.round(cli.peakMiB)} MiB; kode keluar ${[...new Set(cli.codes)].join(", ")}; dokumen ${Math.round(bytes / 1024)} KiB).`,
  "",
  `Pembagian waktu di dalam proses: jalan pertama (dingin, seperti satu kali \`lkip build\`) dan median ${runs} jalan ` +
    `berikutnya (panas):`,
  "",
  "| tahap | pertama | median panas | bagian (panas) |",
  "|---|---:|---:|---:|",
  `| baca workbook (xlsx → model) | ${ms(cold.read)} | ${ms(m(phases.read))} | ${pct(m(phases.read))} |`,
  `| hitung (computeLkip) | ${ms(cold.compute)} | ${ms(m(phases.compute))} | ${pct(m(phases.compute))} |`,
  `| periksa (checkModel) | ${ms(cold.check)} | ${ms(m(phases.check))} | ${pct(m(phases.check))} |`,
  `| susun pohon dokumen (buildDocument) | ${ms(cold.tree)} | ${ms(m(phases.tree))} | ${pct(m(phases.tree))} |`,
  `| kemas .docx dengan nomor halaman daftar isi (packDocument) | ${ms(cold.pack)} | ${ms(m(phases.pack))} | ${pct(m(phases.pack))} |`,
  `| jumlah | ${ms(coldTotal)} | ${ms(total)} | 100% |`,
  "",
  `Tanpa menghitung nomor halaman, pengemasan ${ms(m(phases.packNoPages))}: tata letak halaman ` +
    `untuk daftar isi, daftar tabel, dan daftar gambar memakan ${ms(m(phases.pack) - m(phases.packNoPages))}. ` +
    `Selisih waktu CLI dengan jumlah di atas adalah memuat Node dan modul (docx) serta kompilasi JIT yang ` +
    `dipanaskan di dalam proses.`,
  "",
  `Workbook lebih besar (bench/workload.ts; median dari ${Math.min(runs, 3)} kali jalan CLI):`,
  "",
  "| indikator | baris anggaran | perkiraan sel tabel | waktu (nomor halaman daftar isi dihitung) | memori puncak |",
  "|---:|---:|---:|---:|---:|",
  ...larger.map(
    (l) =>
      `| ${l.indicators} | ${l.budgetRows} | ${l.cells} | ${ms(l.r.medianMs)} | ${Math.round(l.r.peakMiB)} MiB |`,
  ),
  "",
  "",
];
const section = lines.join("\n");
process.stdout.write(section + "\n");

const results = join(ROOT, "bench", "RESULTS.md");
const before = existsSync(results) ? readFileSync(results, "utf8") : "# Hasil benchmark\n";
// replace only this section: from "## build" to the next "## " heading
const re = /^## build\n[\s\S]*?(?=^## |(?![\s\S]))/m;
const after = re.test(before) ? before.replace(re, section) : `${before.trimEnd()}\n\n${section}`;
writeFileSync(results, after.endsWith("\n") ? after : `${after}\n`);
