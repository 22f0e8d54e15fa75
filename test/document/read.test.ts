// A report written the way offices write them, made here with the `docx` library: two-row headers with merged cells
// (gridSpan and vMerge), a budget table split across a page under "Tabel 3.5 (lanjutan)", a beneficiary table
// continued after a page break with its header row repeated, totals labelled Jumlah Total / JUMLAH / Total Anggaran,
// a budget table without codes (bold programs over plain kegiatan), and narrative with amounts and counts in words. The reader keeps Word's own addressing; the checker joins the parts.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkDocument } from "../../src/document/check.js";
import { readDocx, type DocxDocument } from "../../src/document/read.js";
import { logicalTables } from "../../src/document/tables.js";
import { lkip } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "lkip-docx-read-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cell = (text: string, o: { bold?: boolean; columnSpan?: number; rowSpan?: number } = {}) =>
  new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold: o.bold ?? false })] })],
    ...(o.columnSpan ? { columnSpan: o.columnSpan } : {}),
    ...(o.rowSpan ? { rowSpan: o.rowSpan } : {}),
  });
const row = (texts: string[], header = false) => new TableRow({ tableHeader: header, children: texts.map((t) => cell(t, { bold: header })) });
const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });

/** The two header rows of the budget table: Kode, Uraian and Serapan span both rows; Anggaran spans two columns. */
const budgetHeader = () => [
  new TableRow({
    tableHeader: true,
    children: [
      cell("Kode", { bold: true, rowSpan: 2 }),
      cell("Uraian", { bold: true, rowSpan: 2 }),
      cell("Anggaran", { bold: true, columnSpan: 2 }),
      cell("Serapan (%)", { bold: true, rowSpan: 2 }),
    ],
  }),
  new TableRow({ tableHeader: true, children: [cell("Pagu", { bold: true }), cell("Realisasi", { bold: true })] }),
];

// figures chosen so that each finding can only come from reading the parts joined:
// kegiatan 1.02.02.2.01 states realisasi 250.000.000; its sub kegiatan give 90.000.000 + 170.000.000 = 260.000.000
// (the second one is in the continuation); sub 0001 states a serapan of 95,00 for 90.000.000 / 100.000.000.
const budget1 = new Table({
  rows: [
    ...budgetHeader(),
    row(["1.02.02", "Program Pemenuhan Upaya Kesehatan", "300.000.000", "250.000.000", "83,33"]),
    row(["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", "300.000.000", "250.000.000", "83,33"]),
    row(["1.02.02.2.01.0001", "Pembangunan Puskesmas", "100.000.000", "90.000.000", "95,00"]),
  ],
});
const budget2 = new Table({
  rows: [
    ...budgetHeader(),
    row(["1.02.02.2.01.0002", "Pengadaan Alat Kesehatan", "200.000.000", "170.000.000", "85,00"]),
    new TableRow({ children: [cell("Jumlah Total", { bold: true, columnSpan: 2 }), cell("300.000.000"), cell("250.000.000"), cell("83,33")] }),
  ],
});
// beneficiaries over two tables (page break between, header row repeated): Laki-laki 10+5+3+8 = 26, Perempuan
// 12+7+4+1 = 24, Jumlah 50 — printed 52.
const people = ["No", "Uraian", "Laki-laki", "Perempuan", "Jumlah"];
const people1 = new Table({ rows: [row(people, true), row(["1", "Lansia", "10", "12", "22"]), row(["2", "Anak", "5", "7", "12"])] });
const people2 = new Table({
  rows: [
    row(people, true),
    row(["3", "Disabilitas", "3", "4", "7"]),
    row(["4", "Korban bencana", "8", "1", "9"]),
    new TableRow({ children: [cell("JUMLAH", { bold: true, columnSpan: 2 }), cell("26"), cell("24"), cell("52")] }),
  ],
});
const sources = new Table({
  rows: [
    row(["Sumber Dana", "Pagu", "Realisasi"], true),
    row(["APBD", "Rp 1.250.000.000", "Rp 1.000.000.000"]),
    row(["DAK", "Rp 750.000.000", "Rp 700.000.000"]),
    row(["Total Anggaran", "Rp 2.000.000.000", "Rp 1.700.000.000"]),
  ],
});

// no codes: bold program rows over plain kegiatan rows. Program B states 133.680.500; its kegiatan give
// 89.668.500 + 44.000.000 = 133.668.500.
const boldRow = (label: string, a: string, b: string) =>
  new TableRow({ children: [cell(""), cell(label, { bold: true }), cell(a), cell(b)] });
const programs = new Table({
  rows: [
    row(["No", "Uraian", "Anggaran", "Realisasi"], true),
    boldRow("Program Pemberdayaan Sosial", "84.000.000", "82.000.000"),
    row(["", "Pengembangan Potensi Sumber Kesejahteraan Sosial", "84.000.000", "82.000.000"]),
    boldRow("Program Penanganan Bencana", "133.680.500", "121.204.980"),
    row(["", "Perlindungan Sosial Korban Bencana", "89.668.500", "88.648.500"]),
    row(["", "Kesiapsiagaan Bencana", "44.000.000", "32.556.480"]),
  ],
});

const doc = new Document({
  sections: [
    {
      children: [
        para("Tabel 3.5 Realisasi Anggaran Program Pemenuhan Upaya Kesehatan"), // paragraf 1
        budget1, // tabel 1
        para("Tabel 3.5 (lanjutan)"), // paragraf 2
        budget2, // tabel 2
        para("Tabel 3.6 Penerima Manfaat Tahun 2025"), // paragraf 3
        people1, // tabel 3
        new Paragraph({ children: [new PageBreak()] }), // paragraf 4
        people2, // tabel 4
        para("Tabel 3.7 Sumber Dana"), // paragraf 5
        sources, // tabel 5
        para(
          "Pagu seluruhnya Rp 2.000.000.000 (dua miliar rupiah) dengan realisasi Rp 1.700.000.000 (satu miliar tujuh ratus juta lima ratus ribu rupiah).",
        ), // paragraf 6
        para("Kegiatan ini didukung 3 (tiga) bidang dan 5 (enam) seksi."), // paragraf 7
        para("Tabel 3.8 Anggaran per Program"), // paragraf 8
        programs, // tabel 6
      ],
    },
  ],
});

let file: string;
let read: DocxDocument;
beforeAll(async () => {
  file = join(dir, "laporan-buatan.docx");
  writeFileSync(file, await Packer.toBuffer(doc));
  read = await readDocx(file);
});

describe("reading a generated report", () => {
  it("keeps Word's addressing: merged cells count once, with their span and vertical merge", () => {
    expect(read.tables.map((t) => t.index)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(read.paragraphs.map((p) => p.text.trim().slice(0, 9))).toEqual(["Tabel 3.5", "Tabel 3.5", "Tabel 3.6", "", "Tabel 3.7", "Pagu selu", "Kegiatan ", "Tabel 3.8"]);
    const [h1, h2] = read.tables[0]!.rows;
    expect(h1!.cells.map((c) => [c.text, c.span, c.vMerge ?? ""])).toEqual([
      ["Kode", 1, "restart"],
      ["Uraian", 1, "restart"],
      ["Anggaran", 2, ""],
      ["Serapan (%)", 1, "restart"],
    ]);
    expect(h2!.cells.map((c) => [c.text, c.gridCol, c.vMerge ?? ""])).toEqual([
      ["", 0, "continue"],
      ["", 1, "continue"],
      ["Pagu", 2, ""],
      ["Realisasi", 3, ""],
      ["", 4, "continue"],
    ]);
    expect(read.tables[1]!.caption).toBe("Tabel 3.5 (lanjutan)");
    expect(read.tables[3]!.caption).toBe("Tabel 3.6 Penerima Manfaat Tahun 2025");
  });

  it("joins a table continued under a (lanjutan) caption and one continued after a page break", () => {
    const tables = logicalTables(read);
    expect(tables.map((t) => t.parts.map((p) => p.index))).toEqual([[1, 2], [3, 4], [5], [6]]);
    expect(tables[0]!.headerRows).toBe(2);
    expect([...tables[0]!.columns.values()].map((c) => c.name)).toEqual(["Kode", "Uraian", "Anggaran Pagu", "Anggaran Realisasi", "Serapan (%)"]);
    // the repeated header rows of the continuations are not data
    expect(tables[0]!.rows.map((r) => `${r.tabel}/${r.baris}`)).toEqual(["1/3", "1/4", "1/5", "2/3", "2/4"]);
    expect(tables[1]!.rows.map((r) => `${r.tabel}/${r.baris}`)).toEqual(["3/2", "3/3", "4/2", "4/3", "4/4"]);
  });
});

describe("checking a generated report", () => {
  it("finds exactly the planted errors, located as Word stores the cells", () => {
    const result = checkDocument(read);
    const got = result.findings.map((f) => ({ rule: f.rule, severity: f.severity, lokasi: f.lokasi, expected: f.expected, actual: f.actual }));
    expect(got).toEqual([
      { rule: "dokumen/hierarki", severity: "error", lokasi: { tabel: 1, baris: 4, kolom: 4 }, expected: "260.000.000", actual: "250.000.000" },
      { rule: "dokumen/persen", severity: "error", lokasi: { tabel: 1, baris: 5, kolom: 5 }, expected: "90,00", actual: "95,00" },
      { rule: "dokumen/jumlah", severity: "error", lokasi: { tabel: 4, baris: 4, kolom: 4 }, expected: "50", actual: "52" },
      {
        rule: "dokumen/terbilang",
        severity: "error",
        lokasi: { paragraf: 6 },
        expected: "1.700.000.000",
        actual: "1.700.500.000",
      },
      { rule: "dokumen/bilangan", severity: "error", lokasi: { paragraf: 7 }, expected: "lima", actual: "enam" },
      { rule: "dokumen/hierarki", severity: "error", lokasi: { tabel: 6, baris: 4, kolom: 3 }, expected: "133.668.500", actual: "133.680.500" },
    ]);
    expect(result.findings[0]!.terkait).toEqual([
      { tabel: 1, baris: 5, kolom: 4 },
      { tabel: 2, baris: 3, kolom: 4 },
    ]);
  });

  it("prints the JSON contract and the stylish location through the CLI", () => {
    const json = lkip(["check", file, "--format", "json"]);
    expect(json.code).toBe(1);
    const out = JSON.parse(json.stdout) as { file: string; findings: Record<string, unknown>[]; summary: unknown };
    expect(Object.keys(out)).toEqual(["file", "findings", "summary"]);
    expect(out.summary).toEqual({ errors: 6, warnings: 0, infos: 0 });
    expect(Object.keys(out.findings[2]!)).toEqual(["rule", "severity", "lokasi", "message", "expected", "actual"]);
    const stylish = lkip(["check", file]);
    expect(stylish.stdout).toContain("Tabel 3.6 (tabel ke-4)");
    expect(stylish.stdout).toMatch(/baris 4, kolom Jumlah\s+galat/);
    expect(stylish.stdout).toMatch(/baris 4, kolom Anggaran Realisasi\s+galat/);
    const sarif = JSON.parse(lkip(["check", file, "--format", "sarif"]).stdout) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toContain("dokumen/jumlah");
  });

  it("follows lkip.config.json beside the report: a rule turned off or given another severity", () => {
    const config = join(dir, "lkip.config.json");
    writeFileSync(config, JSON.stringify({ rules: { "dokumen/persen": "off", "dokumen/bilangan": "warning" } }));
    try {
      const out = JSON.parse(lkip(["check", file, "--format", "json"]).stdout) as { findings: { rule: string; severity: string }[] };
      expect(out.findings.some((f) => f.rule === "dokumen/persen")).toBe(false);
      expect(out.findings.find((f) => f.rule === "dokumen/bilangan")?.severity).toBe("warning");
    } finally {
      rmSync(config);
    }
  });
});
