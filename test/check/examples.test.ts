// The shipped examples: the clean one checks clean; the one with planted mistakes yields exactly the planted findings,
// each at its cell (from the committed files, and from planting afresh into the current clean example).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { checkFile } from "../../src/check/index.js";
import { OUTPUT_FILE, PLAN_FILE, plant, SOURCE_FILE, type ExpectedFinding, type PlantPlan } from "../../examples/generate-kesalahan.js";
import type { Finding } from "../../src/check/types.js";
import { tempDir } from "../helpers/workbook.js";

const EXAMPLES = new URL("../../examples/", import.meta.url).pathname;
const key = (f: ExpectedFinding | Finding) => `${f.rule} ${f.severity} ${f.sheet}!${f.cell ?? "-"}`;
const sorted = (xs: string[]) => [...xs].sort();

describe("shipped examples", () => {
  it("the clean example checks with no finding", async () => {
    const { result } = await checkFile(join(EXAMPLES, SOURCE_FILE), { config: {} });
    expect(result.findings).toEqual([]);
  });

  it("planting the mistakes afresh yields exactly the planted findings", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(EXAMPLES, SOURCE_FILE));
    const planted = plant(wb);
    const file = join(tempDir(), OUTPUT_FILE);
    await wb.xlsx.writeFile(file);
    const { result } = await checkFile(file, { config: {} });
    expect(sorted(result.findings.map(key))).toEqual(sorted(planted.flatMap((p) => p.temuan.map(key))));
    // at least one mistake of each kind the checker itself finds
    const rules = new Set(planted.flatMap((p) => p.temuan.map((t) => t.rule)));
    for (const id of ["jumlah/total", "anggaran/hierarki", "rumus/rentang-jumlah", "anggaran/serapan", "pk/capaian", "pk/rasio", "angka/pembulatan", "pk/target-iku", "ppks/pembilang", "pk/tanpa-iku", "anggaran/sasaran-tidak-dikenal", "pk/triwulan", "anggaran/melebihi-pagu", "angka/negatif", "capaian/batas", "pk/target-nol", "pk/tanpa-realisasi", "profil/kunci-hilang", "baca/rumus-tanpa-nilai", "baca/nilai-galat", "baca/angka-ambigu", "baca/bukan-angka", "cascading/dukungan", "nip/berbeda"]) {
      expect(rules, id).toContain(id);
    }
  });

  it.skipIf(!existsSync(join(EXAMPLES, OUTPUT_FILE)))("the committed example with mistakes matches its list of planted mistakes", async () => {
    const plan = JSON.parse(readFileSync(join(EXAMPLES, PLAN_FILE), "utf8")) as PlantPlan;
    const { result } = await checkFile(join(EXAMPLES, OUTPUT_FILE), { config: {} });
    expect(sorted(result.findings.map(key))).toEqual(sorted(plan.kesalahan.flatMap((p) => p.temuan.map(key))));
  });
});
