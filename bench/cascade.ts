// Cascade benchmark (issue 17): a large dinas — the Kepala Dinas, 6 units, 8 Jabatan Fungsional under each and 5
// pelaksana under each JF (295 positions, 2–4 indicators each, with target and realisasi) — on the small budget
// workload; lkip check / build / cascading, median of N runs, peak memory. Prints Markdown for bench/RESULTS.md.
// Run: npm run build && node dist/bench/cascade.js [runs]
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { cascadePositions, cascadeRows, type CascadeShape } from "./cascade-workload.js";
import { machine, measure, ms, ROOT } from "./measure.js";
import { workloadWorkbook } from "./workload.js";

const SHAPE: CascadeShape = { units: 6, jf: 8, staff: 5, measured: true, kodeIku: "IKU-1" };
const runs = Number(process.argv[2] ?? 3);
const out = join(ROOT, "bench", "out");
mkdirSync(out, { recursive: true });
const bin = join(ROOT, "bin", "lkip.js");

const WORKLOAD = { indicators: 10, budgetRows: 100, seed: 17 };
// the same workbook without the Cascading sheet: what the cascade adds to `build`
const plain = join(out, "cascade-0.xlsx");
await workloadWorkbook(WORKLOAD).xlsx.writeFile(plain);
const file = join(out, "cascade-300.xlsx");
const wb = workloadWorkbook(WORKLOAD);
wb.addWorksheet("Cascading").addRows(cascadeRows(SHAPE));
await wb.xlsx.writeFile(file);
const positions = cascadePositions(SHAPE);
const indicators = positions.reduce((n, p) => n + p.indikator.length, 0);

const m = {
  plain: measure("build tanpa Cascading", bin, ["build", plain, "-o", join(out, "cascade-0-lkip.docx"), "--force"], runs),
  check: measure("check", bin, ["check", file, "--format", "json"], runs),
  build: measure("build", bin, ["build", file, "-o", join(out, "cascade-300-lkip.docx"), "--force"], runs),
  cascading: measure("cascading", bin, ["cascading", file, "-o", join(out, "cascade-300-individu.docx"), "--force"], runs),
};
const lines = [
  `Mesin: ${machine()}; median dari ${runs} kali jalan.`,
  "",
  `Cascade: ${positions.length} jabatan (1 Kepala Dinas, ${SHAPE.units} unit, ${SHAPE.units * SHAPE.jf} JF, ${SHAPE.units * SHAPE.jf * SHAPE.staff} pelaksana), ${indicators} indikator; workload anggaran kecil (10 indikator PK, 100 baris anggaran).`,
  "",
  "| perintah | waktu (median) | memori puncak | kode keluar |",
  "|---|---:|---:|---|",
  ...Object.values(m).map((x) => `| ${x.label} | ${ms(x.medianMs)} | ${Math.round(x.peakMiB)} MiB | ${[...new Set(x.codes)].join(", ")} |`),
];
process.stdout.write(lines.join("\n") + "\n");
