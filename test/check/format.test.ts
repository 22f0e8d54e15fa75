// Formatters on a fixed result: stylish grouping and summary, the JSON contract, SARIF 2.1.0.
import { describe, expect, it } from "vitest";
import { formatJson } from "../../src/check/format/json.js";
import { toSarif } from "../../src/check/format/sarif.js";
import { formatStylish } from "../../src/check/format/stylish.js";
import { RULES } from "../../src/check/registry.js";
import type { CheckResult } from "../../src/check/types.js";

const result: CheckResult = {
  file: "dinas.xlsx",
  findings: [
    { rule: "profil/kunci-hilang", severity: "warning", sheet: "Profil", message: 'Isian Profil "Nama Kepala" kosong atau tidak ada' },
    {
      rule: "anggaran/hierarki",
      severity: "error",
      sheet: "Anggaran",
      cell: "F12",
      range: "F13:F15",
      message: "Pagu Perubahan kegiatan 1.06.05.2.02 Rp 4.572.316.800 ≠ jumlah 2 sub kegiatan Rp 3.248.486.800 (selisih Rp 1.323.830.000)",
      expected: "3248486800",
      actual: "4572316800",
    },
    { rule: "angka/pembulatan", severity: "info", sheet: "Anggaran", cell: "H120", message: "Persen … dipotong" },
  ],
  summary: { errors: 1, warnings: 1, infos: 1 },
};

describe("stylish", () => {
  it("groups by sheet with aligned columns cell, severity, message, rule, and ends with the summary", () => {
    const text = formatStylish(result).replace(/\u001b\[[0-9;]*m/g, "");
    expect(text).toBe(
      [
        "dinas.xlsx",
        "",
        "Profil",
        "  (sheet)  peringatan  Isian Profil \"Nama Kepala\" kosong atau tidak ada  profil/kunci-hilang",
        "",
        "Anggaran",
        "  F12   galat  Pagu Perubahan kegiatan 1.06.05.2.02 Rp 4.572.316.800 ≠ jumlah 2 sub kegiatan Rp 3.248.486.800 (selisih Rp 1.323.830.000)  anggaran/hierarki",
        "  H120  info   Persen … dipotong  angka/pembulatan",
        "",
        "✖ 1 galat, 1 peringatan, 1 info",
        "",
      ].join("\n"),
    );
  });

  it("says when there is nothing to report", () => {
    const clean = { file: "x.xlsx", findings: [], summary: { errors: 0, warnings: 0, infos: 0 } };
    expect(formatStylish(clean).replace(/\u001b\[[0-9;]*m/g, "")).toBe("✔ Tidak ada temuan\n");
  });
});

describe("json", () => {
  it("follows the documented contract", () => {
    const json = JSON.parse(formatJson(result));
    expect(Object.keys(json)).toEqual(["file", "findings", "summary"]);
    expect(json.findings[1]).toEqual({
      rule: "anggaran/hierarki",
      severity: "error",
      sheet: "Anggaran",
      cell: "F12",
      range: "F13:F15",
      message: result.findings[1]!.message,
      expected: "3248486800",
      actual: "4572316800",
    });
    expect(json.findings[0]).not.toHaveProperty("cell");
    expect(json.summary).toEqual({ errors: 1, warnings: 1, infos: 1 });
  });
});

describe("sarif", () => {
  it("is SARIF 2.1.0 with every rule in the driver and a cell as a logical location", () => {
    const sarif = toSarif(result) as {
      version: string;
      runs: { tool: { driver: { name: string; rules: { id: string; defaultConfiguration?: { level: string } }[] } }; results: Record<string, unknown>[] }[];
    };
    expect(sarif.version).toBe("2.1.0");
    const run = sarif.runs[0]!;
    expect(run.tool.driver.name).toBe("lkip");
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    const hierarki = run.tool.driver.rules.findIndex((r) => r.id === "anggaran/hierarki");
    expect(run.results[1]).toMatchObject({
      ruleId: "anggaran/hierarki",
      ruleIndex: hierarki,
      level: "error",
      message: { text: result.findings[1]!.message },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: "dinas.xlsx" } },
          logicalLocations: [{ name: "F12", fullyQualifiedName: "Anggaran!F12" }],
        },
      ],
      properties: { range: "F13:F15", expected: "3248486800", actual: "4572316800" },
    });
    expect(run.results[2]).toMatchObject({ level: "note" });
    expect(run.results[0]).toMatchObject({ level: "warning", locations: [{ logicalLocations: [{ fullyQualifiedName: "Profil" }] }] });
  });
});

describe("annotated copy colours", () => {
  it("are none of the fills the standard workbook uses, so untouched cells never look like findings", async () => {
    const { FILL } = await import("../../src/check/format/annotate.js");
    const { buildTemplateWorkbook } = await import("../../src/workbook/template.js");
    const { contohDinasSosial } = await import("../../src/workbook/contoh.js");
    const used = new Set<string>();
    for (const wb of [buildTemplateWorkbook(), buildTemplateWorkbook(contohDinasSosial())]) {
      wb.eachSheet((ws) =>
        ws.eachRow({ includeEmpty: true }, (row) =>
          row.eachCell({ includeEmpty: true }, (cell) => {
            const fill = cell.fill as { fgColor?: { argb?: string } } | undefined;
            if (fill?.fgColor?.argb) used.add(fill.fgColor.argb.toUpperCase());
          }),
        ),
      );
    }
    expect(used.size).toBeGreaterThan(0);
    for (const colour of Object.values(FILL)) expect(used).not.toContain(colour);
  });
});
