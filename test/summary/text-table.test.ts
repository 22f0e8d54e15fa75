// Terminal tables fit the terminal: text wraps narrower, then the least important columns are left out; piped output
// (no width) is never narrowed.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { renderTable, type TextColumn } from "../../src/summary/text-table.js";
import { BIN, EXAMPLE, ROOT } from "../helpers/cli.js";

const columns: TextColumn[] = [
  { header: "No", align: "right" },
  { header: "Instansi", max: 40 },
  { header: "Tahun", drop: 2 },
  { header: "Indikator", align: "right", drop: 1 },
  { header: "Status", max: 60 },
];
const rows = [
  ["1", "Dinas Sosial Kota Bekasi Provinsi Jawa Barat", "2025", "5", "ditulis: /data/2025/dinsos/LKIP-dinas-sosial-kota-bekasi-2025.docx"],
  ["2", "Badan Perencanaan Pembangunan Daerah", "2025", "12", "tidak ditulis: 18 temuan galat (pakai --force untuk tetap menulis)"],
];
const longest = (text: string) => Math.max(...text.split("\n").map((l) => l.length));

describe("renderTable with a width", () => {
  it("without a width keeps every column at its natural width", () => {
    const text = renderTable(columns, rows);
    expect(longest(text)).toBeGreaterThan(100);
    expect(text.split("\n")[0]).toContain("Indikator");
  });

  it("wraps text columns to fit, keeping every column when that is enough", () => {
    const text = renderTable(columns, rows, 100);
    expect(longest(text)).toBeLessThanOrEqual(100);
    expect(text.split("\n")[0]).toMatch(/No +Instansi +Tahun +Indikator +Status/);
    // nothing is lost: every word is still there
    for (const word of ["Bekasi", "Barat", "Pembangunan", "--force"]) expect(text.replace(/\s+/g, " ")).toContain(word);
  });

  it("leaves out the least important columns when wrapping is not enough", () => {
    const text = renderTable(columns, rows, 30);
    expect(longest(text)).toBeLessThanOrEqual(30);
    const header = text.split("\n")[0]!;
    expect(header).not.toContain("Indikator");
    expect(header).not.toContain("Tahun");
    expect(header).toContain("Status");
  });
});

const hasScript = spawnSync("script", ["--version"]).status === 0;

describe.skipIf(!hasScript)("lkip capaian on an 80-column terminal", () => {
  it("draws tables no wider than the terminal; piped, the table keeps its natural width", () => {
    const onTty = spawnSync("script", ["-qec", `stty cols 80; "${process.execPath}" "${BIN}" capaian "${EXAMPLE}"`, "/dev/null"], { cwd: ROOT, encoding: "utf8" });
    const tableLines = onTty.stdout.split("\n").map((l) => l.replace(/\r$/, "")).filter((l) => /^(─|Kode|IKU-|Sasaran )/.test(l));
    expect(tableLines.length).toBeGreaterThan(5);
    expect(Math.max(...tableLines.map((l) => l.length))).toBeLessThanOrEqual(80);
    const piped = spawnSync(process.execPath, [BIN, "capaian", EXAMPLE], { cwd: ROOT, encoding: "utf8" });
    expect(longest(piped.stdout)).toBeGreaterThan(80);
  }, 60_000);
});
