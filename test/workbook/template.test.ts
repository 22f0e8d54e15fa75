// The workbook `lkip init` writes: contract sheets and headers, frozen annotated headers, bounded dropdowns,
// atomic writing, and the shipped example that must add up everywhere.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Decimal } from "decimal.js";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contohDinasSosial } from "../../src/workbook/contoh.js";
import { LAST_VALIDATED_ROW, specYears, templateSpec } from "../../src/workbook/template-spec.js";
import { buildTemplateWorkbook, LIST_SHEET, ListFormulas, writeTemplate } from "../../src/workbook/template.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const EXAMPLE = path.join(ROOT, "examples", "dinas-sosial-kota-bekasi-2025.xlsx");

/** The contract's headers (workbook-v1.md plus the project's optional columns), written out so the spec cannot drift. */
const CONTRACT: Record<string, string[]> = {
  Profil: ["Data", "Isi"],
  IKU: [
    "Kode",
    "Tujuan",
    "Sasaran",
    "Indikator",
    "Satuan",
    "Polaritas",
    "Formula",
    "Kondisi Awal",
    "Target 2025",
    "Target 2026",
    "Target 2027",
    "Target 2028",
    "Target 2029",
    "Target 2022",
    "Realisasi 2022",
    "Target 2023",
    "Realisasi 2023",
    "Target 2024",
    "Realisasi 2024",
  ],
  PK: [
    "Kode",
    "Sasaran",
    "Indikator",
    "Satuan",
    "Polaritas",
    "Target",
    "Realisasi",
    "Pembilang",
    "Penyebut",
    "Capaian",
    "Realisasi TW1",
    "Realisasi TW2",
    "Realisasi TW3",
    "Realisasi TW4",
    "Agregasi",
    "Sumber Data",
    "Keterangan",
  ],
  Anggaran: ["Kode", "Uraian", "Level", "Sasaran", "Pagu Awal", "Pagu Perubahan", "Realisasi", "Persen", "Sumber Dana"],
  PPKS: ["Kategori", "Kode IKU", "Program", "Kegiatan", "Satuan", "Target", "Realisasi", "Capaian"],
  Narasi: ["Bagian", "Teks"],
  "Indikator Program": ["Kode", "Program", "Kegiatan", "Sub Kegiatan", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"],
  Standar: ["Kode", "Indikator", "Standar", "Sumber"],
  Skala: ["Batas Bawah", "Batas Atas", "Kategori"],
  Struktur: ["Jabatan", "Atasan", "Nama", "NIP", "Pangkat/Golongan"],
  Pegawai: ["Kelompok", "Uraian", "Jumlah", "Laki-laki", "Perempuan"],
  Cascading: ["Kode", "Jabatan", "Nama", "NIP", "Kode Atasan", "Sasaran", "Indikator", "Satuan", "Target", "Realisasi", "Capaian", "Kode IKU", "Agregasi"],
};

const PROFIL_KEYS = [
  "Nama Instansi",
  "Pemerintah Daerah",
  "Tahun",
  "Nama Kepala",
  "NIP Kepala",
  "Pangkat Kepala",
  "Jabatan Kepala",
  "Tempat",
  "Tanggal",
  "Tanggal PK",
  "Tempat PK",
  "Tanggal PK Perubahan",
  "Nama Kepala Daerah",
  "Jabatan Kepala Daerah",
  "Alamat",
  "Telepon",
  "Email",
  "Periode Renstra",
  "Visi",
  "Misi",
  "Tugas",
  "Fungsi",
  "Skala Penilaian",
  "Desimal",
  "Logo",
  "Metode Efisiensi",
  "Batas Capaian",
];

/** Dropdown columns per sheet: header → the values the list must offer. */
const DROPDOWNS: Record<string, Record<string, string[]>> = {
  IKU: { Satuan: ["%", "orang", "KK", "predikat"], Polaritas: ["positif", "negatif"] },
  PK: { Satuan: ["%", "predikat"], Polaritas: ["positif", "negatif"], Agregasi: ["jumlah", "terakhir", "rata-rata"] },
  Anggaran: { Level: ["program", "kegiatan", "sub kegiatan"] },
  PPKS: { Satuan: ["orang", "jiwa", "KK"] },
  "Indikator Program": { Satuan: ["%", "dokumen"] },
  Cascading: { Satuan: ["%", "laporan", "dokumen"], Agregasi: ["rata-rata", "terendah", "tertinggi", "jumlah"] },
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "lkip-template-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

function headers(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.getRow(1).eachCell({ includeEmpty: false }, (c) => {
    out.push(String(c.value));
  });
  return out;
}

function column(ws: ExcelJS.Worksheet, header: string): number {
  const i = headers(ws).indexOf(header);
  if (i < 0) throw new Error(`${ws.name} has no column ${header}`);
  return i + 1;
}

function noteText(note: ExcelJS.Cell["note"] | undefined): string {
  if (note === undefined) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

/** A cell's number: plain, or the cached result of a formula. */
function num(cell: ExcelJS.Cell): number | undefined {
  const v = cell.value;
  if (typeof v === "number") return v;
  if (v && typeof v === "object" && "formula" in v && typeof v.result === "number") return v.result;
  return undefined;
}

function halfUp(num: Decimal.Value, den: Decimal.Value): number {
  return new Decimal(num).div(den).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();
}

/** Sheet name → the `<dataValidation>` sqref attributes of its XML part. */
function validationRanges(file: Buffer): Record<string, string[]> {
  const zip = unzipSync(new Uint8Array(file));
  const text = (p: string) => strFromU8(zip[p] ?? new Uint8Array());
  const rels = new Map<string, string>();
  for (const m of text("xl/_rels/workbook.xml.rels").matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)) {
    rels.set(m[1]!, m[2]!.replace(/^\/?xl\//, ""));
  }
  const out: Record<string, string[]> = {};
  for (const m of text("xl/workbook.xml").matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const xml = text(`xl/${rels.get(m[2]!)}`);
    out[m[1]!] = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((v) => v[1]!);
  }
  return out;
}

describe("empty template", () => {
  let file: string;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    file = path.join(dir, "kosong.xlsx");
    await writeTemplate(file, { contoh: false });
    wb = await load(file);
  });

  it("has Petunjuk first, then every contract sheet with its headers exactly on row 1", () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["Petunjuk", ...Object.keys(CONTRACT)]);
    for (const [name, expected] of Object.entries(CONTRACT)) {
      expect(headers(sheet(wb, name)), name).toEqual(expected);
    }
  });

  it("explains how to fill the workbook in the Petunjuk sheet", () => {
    const ws = sheet(wb, "Petunjuk");
    const text: string[] = [];
    ws.eachRow((r) => text.push(String(r.getCell(1).value ?? "")));
    const all = text.join("\n");
    for (const word of ["Jumlah", "sama dengan baris di atasnya", "positif", "negatif", "predikat", "sub kegiatan", "Rumus", "1.234.567,89"]) {
      expect(all).toContain(word);
    }
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(100);
    expect(ws.getCell("A2").alignment?.wrapText).toBe(true);
  });

  it("freezes, styles and annotates every header row", () => {
    for (const name of Object.keys(CONTRACT)) {
      const ws = sheet(wb, name);
      expect(ws.views[0], name).toMatchObject({ state: "frozen", ySplit: 1 });
      ws.getRow(1).eachCell((c) => {
        expect(c.font?.bold, `${name}!${c.address}`).toBe(true);
        expect(c.fill, `${name}!${c.address}`).toMatchObject({ type: "pattern", pattern: "solid" });
        expect(noteText(c.note).length, `note on ${name}!${c.address}`).toBeGreaterThan(20);
      });
      for (let i = 1; i <= CONTRACT[name]!.length; i++) {
        expect(ws.getColumn(i).width, `${name} column ${i}`).toBeGreaterThanOrEqual(8);
      }
    }
  });

  it("formats money as #,##0 and percentages as 0.00", () => {
    const ang = sheet(wb, "Anggaran");
    for (const h of ["Pagu Awal", "Pagu Perubahan", "Realisasi"]) expect(ang.getColumn(column(ang, h)).numFmt).toBe("#,##0");
    expect(ang.getColumn(column(ang, "Persen")).numFmt).toBe("0.00");
    const pk = sheet(wb, "PK");
    expect(pk.getColumn(column(pk, "Capaian")).numFmt).toBe("0.00");
  });

  it("puts dropdowns on Polaritas, Level, Satuan and Agregasi over bounded ranges only", async () => {
    const ranges = validationRanges(await readFile(file));
    for (const [name, cols] of Object.entries(DROPDOWNS)) {
      const ws = sheet(wb, name);
      for (const [header, values] of Object.entries(cols)) {
        const letter = ws.getColumn(column(ws, header)).letter;
        expect(ranges[name], `${name}!${header}`).toContain(`${letter}2:${letter}${LAST_VALIDATED_ROW}`);
        const dv = ws.getCell(`${letter}2`).dataValidation;
        expect(dv?.type).toBe("list");
        expect(dv?.allowBlank).toBe(true);
        const offered = String(dv?.formulae?.[0]).replace(/^"|"$/g, "").split(",");
        for (const v of values) expect(offered, `${name}!${header}`).toContain(v);
        expect(ws.getCell(`${letter}${LAST_VALIDATED_ROW}`).dataValidation?.type).toBe("list");
        expect(ws.getCell(`${letter}${LAST_VALIDATED_ROW + 1}`).dataValidation).toBeUndefined();
        // Satuan offers a list but lets other units through; the others refuse unknown values.
        expect(!!dv?.showErrorMessage, `${name}!${header} strict`).toBe(header !== "Satuan");
      }
    }
    for (const [name, sqrefs] of Object.entries(ranges)) {
      for (const sqref of sqrefs) {
        for (const part of sqref.split(/\s+/)) {
          const m = /^[A-Z]+(\d+)(?::[A-Z]+(\d+))?$/.exec(part);
          expect(m, `${name} ${part} is a bounded range`).not.toBeNull();
          expect(Number(m![2] ?? m![1])).toBeLessThanOrEqual(LAST_VALIDATED_ROW);
        }
      }
    }
  });

  it("pre-fills the Profil keys, each with a note, and leaves Isi empty", () => {
    const ws = sheet(wb, "Profil");
    const keys: string[] = [];
    for (let r = 2; r <= ws.rowCount; r++) {
      const key = ws.getCell(r, 1);
      keys.push(String(key.value));
      expect(noteText(key.note).length, String(key.value)).toBeGreaterThan(10);
      expect(ws.getCell(r, 2).value ?? null, String(key.value)).toBeNull();
    }
    expect(keys).toEqual(PROFIL_KEYS);
  });

  it("leaves the tables empty below their headers", () => {
    for (const name of Object.keys(CONTRACT).filter((n) => n !== "Profil")) {
      expect(sheet(wb, name).actualRowCount, name).toBe(1);
    }
  });
});

describe("year columns", () => {
  it("default to targets 2025–2029 and realisasi 2022–2024", () => {
    expect(specYears()).toMatchObject({ tahun: 2025, targetYears: [2025, 2026, 2027, 2028, 2029], realisasiYears: [2022, 2023, 2024] });
  });

  it("follow the Renstra period, not only the report year", async () => {
    expect(specYears({ tahun: 2027, periodeRenstra: "2026 – 2030" })).toMatchObject({
      tahun: 2027,
      targetYears: [2026, 2027, 2028, 2029, 2030],
      realisasiYears: [2023, 2024, 2025],
    });
    expect(specYears({ tahun: 2026 }).targetYears).toEqual([2026, 2027, 2028, 2029, 2030]);
    const file = path.join(dir, "2027.xlsx");
    await writeTemplate(file, { contoh: false, tahun: 2027, periodeRenstra: "2026-2030" });
    const iku = headers(sheet(await load(file), "IKU"));
    expect(iku.filter((h) => h.startsWith("Target "))).toEqual([
      "Target 2026",
      "Target 2027",
      "Target 2028",
      "Target 2029",
      "Target 2030",
      "Target 2023",
      "Target 2024",
      "Target 2025",
    ]);
    expect(iku.filter((h) => h.startsWith("Realisasi "))).toEqual(["Realisasi 2023", "Realisasi 2024", "Realisasi 2025"]);
  });

  it("every spec header note is Indonesian text, and every sheet has a purpose", () => {
    const spec = templateSpec();
    for (const s of spec.sheets) {
      expect(s.purpose.length).toBeGreaterThan(20);
      for (const c of s.columns) expect(c.note, `${s.name}!${c.header}`).toMatch(/\w{3,}/);
    }
  });
});

describe("long dropdown lists", () => {
  it("go to a hidden sheet behind a defined name instead of an inline list over 255 characters", async () => {
    const wb = buildTemplateWorkbook();
    const lists = new ListFormulas(wb);
    const values = Array.from({ length: 60 }, (_, i) => `satuan panjang nomor ${i + 1}`);
    const formula = lists.formula({ name: "satuan", values });
    expect(formula).toBe("Daftar_satuan");
    expect(lists.formula({ name: "satuan", values })).toBe(formula);
    expect(lists.formula({ name: "level", values: ["program", "kegiatan"] })).toBe('"program,kegiatan"');
    const file = path.join(dir, "daftar.xlsx");
    await writeFile(file, Buffer.from(await wb.xlsx.writeBuffer()));
    const back = await load(file);
    const ws = sheet(back, LIST_SHEET);
    expect(ws.state).toBe("hidden");
    expect(ws.getCell("A60").value).toBe("satuan panjang nomor 60");
    expect(back.definedNames.getRanges("Daftar_satuan").ranges).toEqual([`${LIST_SHEET}!$A$1:$A$60`]);
  });
});

describe("atomic writing", () => {
  it("leaves only the workbook behind, and replaces an existing file", async () => {
    const sub = path.join(dir, "atomic");
    await mkdir(sub);
    const file = path.join(sub, "kinerja.xlsx");
    await writeFile(file, "bukan xlsx");
    await writeTemplate(file, { contoh: false });
    expect(await readdir(sub)).toEqual(["kinerja.xlsx"]);
    expect(headers(sheet(await load(file), "PK"))).toEqual(CONTRACT.PK);
  });

  it("cleans up its temp file when the final rename fails", async () => {
    const sub = path.join(dir, "atomic-gagal");
    // the target is a non-empty folder, so writing the temp file works and the rename cannot
    await mkdir(path.join(sub, "kinerja.xlsx"), { recursive: true });
    await writeFile(path.join(sub, "kinerja.xlsx", "isi.txt"), "x");
    await expect(writeTemplate(path.join(sub, "kinerja.xlsx"), { contoh: false })).rejects.toThrow();
    expect(await readdir(sub)).toEqual(["kinerja.xlsx"]);
  });

  it("fails when the folder does not exist, leaving nothing", async () => {
    const file = path.join(dir, "tidak-ada", "kinerja.xlsx");
    await expect(writeTemplate(file, { contoh: false })).rejects.toThrow();
    expect(existsSync(path.dirname(file))).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------------

interface BudgetRow {
  row: number;
  kode: string;
  level: string;
  sasaran: unknown;
  awal: number;
  perubahan: number;
  realisasi: number;
  persen: number;
}

const LEVEL_DEPTH: Record<string, number> = { program: 0, kegiatan: 1, "sub kegiatan": 2 };

function checkExample(label: string, load: () => Promise<ExcelJS.Workbook>): void {
  describe(label, () => {
    let wb: ExcelJS.Workbook;
    beforeAll(async () => {
      wb = await load();
    });

    function budget(): { rows: BudgetRow[]; total: ExcelJS.Row } {
      const ws = sheet(wb, "Anggaran");
      const c = (h: string) => column(ws, h);
      const rows: BudgetRow[] = [];
      let total: ExcelJS.Row | undefined;
      ws.eachRow((r, n) => {
        if (n === 1) return;
        if (r.getCell(c("Uraian")).value === "Jumlah") {
          total = r;
          return;
        }
        rows.push({
          row: n,
          kode: String(r.getCell(c("Kode")).value),
          level: String(r.getCell(c("Level")).value),
          sasaran: r.getCell(c("Sasaran")).value,
          awal: num(r.getCell(c("Pagu Awal")))!,
          perubahan: num(r.getCell(c("Pagu Perubahan")))!,
          realisasi: num(r.getCell(c("Realisasi")))!,
          persen: num(r.getCell(c("Persen")))!,
        });
      });
      if (!total) throw new Error("no Jumlah row");
      return { rows, total };
    }

    it("writes the profile of Dinas Sosial Kota Bekasi 2025", () => {
      const ws = sheet(wb, "Profil");
      const profil = new Map<string, ExcelJS.CellValue>();
      ws.eachRow((r, n) => {
        if (n > 1) profil.set(String(r.getCell(1).value), r.getCell(2).value);
      });
      expect(profil.get("Nama Instansi")).toBe("Dinas Sosial");
      expect(profil.get("Pemerintah Daerah")).toBe("Kota Bekasi");
      expect(profil.get("Tahun")).toBe(2025);
      expect(profil.get("Tempat")).toBe("Bekasi");
      expect(profil.get("Tanggal")).toEqual(new Date(Date.UTC(2026, 0, 15)));
      expect(profil.get("Periode Renstra")).toBe("2025-2029");
      expect(profil.get("Skala Penilaian")).toBe("permendagri-86-2017");
      expect(profil.get("Desimal")).toBe(2);
      expect(String(profil.get("Misi")).split("\n").length).toBeGreaterThan(1);
      for (const k of ["Nama Kepala", "NIP Kepala", "Pangkat Kepala", "Alamat", "Telepon", "Email", "Visi", "Tugas", "Fungsi"]) {
        expect(String(profil.get(k) ?? ""), k).not.toBe("");
      }
    });

    it("budget: six programs, every parent the sum of its children, codes extending their parent's", () => {
      const { rows } = budget();
      expect(rows.filter((r) => r.level === "program")).toHaveLength(6);
      const stack: BudgetRow[] = [];
      const children = new Map<BudgetRow, BudgetRow[]>();
      for (const r of rows) {
        const depth = LEVEL_DEPTH[r.level];
        expect(depth, `level of ${r.kode}`).toBeDefined();
        stack.length = depth!;
        const parent = stack[depth! - 1];
        if (depth! > 0) {
          expect(parent, `parent of ${r.kode}`).toBeDefined();
          expect(r.kode.startsWith(parent!.kode + "."), `${r.kode} extends ${parent!.kode}`).toBe(true);
          children.set(parent!, [...(children.get(parent!) ?? []), r]);
        }
        stack.push(r);
      }
      for (const r of rows.filter((x) => x.level !== "sub kegiatan")) {
        const kids = children.get(r) ?? [];
        expect(kids.length, `children of ${r.kode}`).toBeGreaterThanOrEqual(1);
        expect(kids.length, `children of ${r.kode}`).toBeLessThanOrEqual(3);
        for (const k of ["awal", "perubahan", "realisasi"] as const) {
          const s = kids.reduce((acc, x) => acc.plus(x[k]), new Decimal(0));
          expect(s.toNumber(), `${r.kode} ${k}`).toBe(r[k]);
        }
      }
    });

    it("budget: program figures of the 2025 report, totals as SUM formulas over the program rows", () => {
      const { rows, total } = budget();
      const programs = rows.filter((r) => r.level === "program");
      expect(programs.map((p) => p.perubahan)).toEqual([
        14_171_420_836, 3_341_258_639, 4_645_554_625, 4_572_316_800, 1_876_244_335, 619_756_910,
      ]);
      expect(programs.map((p) => p.awal)).toEqual([15_061_828_880, 4_524_850_000, 4_402_800_000, 4_777_649_800, 2_130_000_000, 989_150_000]);
      expect(programs.map((p) => p.realisasi)).toEqual([
        12_762_370_465, 2_427_542_487, 4_005_923_311, 3_717_696_432, 1_578_973_331, 588_636_686,
      ]);
      // every program points at a sasaran; the support program at the AKIP sasaran (4), which its planning and
      // evaluation kegiatan serve
      expect(programs[0]!.sasaran).toBe(4);
      for (const p of programs.slice(1)) expect(p.sasaran, p.kode).not.toBeNull();

      const ws = sheet(wb, "Anggaran");
      const expected = { "Pagu Awal": 31_886_278_680, "Pagu Perubahan": 29_226_552_145, Realisasi: 25_081_142_712 };
      for (const [h, value] of Object.entries(expected)) {
        const cell = total.getCell(column(ws, h));
        const v = cell.value as ExcelJS.CellFormulaValue;
        const letter = ws.getColumn(column(ws, h)).letter;
        expect(v.formula).toBe(`SUM(${programs.map((p) => `${letter}${p.row}`).join(",")})`);
        expect(v.result).toBe(value);
      }
      expect(num(total.getCell(column(ws, "Persen")))).toBe(85.82);
    });

    it("budget: every stated Persen is realisasi / pagu perubahan rounded half-up to 2 decimals", () => {
      for (const r of budget().rows) expect(r.persen, r.kode).toBe(halfUp(r.realisasi, r.perubahan));
    });

    it("IKU: five indicators with a negative, a predikat and a count indicator, targets for every Renstra year", () => {
      const ws = sheet(wb, "IKU");
      const c = (h: string) => column(ws, h);
      const rows: ExcelJS.Row[] = [];
      ws.eachRow((r, n) => {
        if (n > 1) rows.push(r);
      });
      expect(rows.map((r) => r.getCell(c("Kode")).value)).toEqual(["IKU-1", "IKU-2", "IKU-3", "IKU-4", "IKU-5"]);
      expect(rows.map((r) => r.getCell(c("Polaritas")).value)).toContain("negatif");
      expect(rows.map((r) => r.getCell(c("Satuan")).value)).toEqual(expect.arrayContaining(["%", "predikat", "KK"]));
      const tujuan = new Set(rows.map((r) => r.getCell(c("Tujuan")).value).filter((v) => v !== null));
      expect(tujuan.size).toBe(2);
      for (const r of rows) {
        for (let y = 2025; y <= 2029; y++) expect(r.getCell(c(`Target ${y}`)).value, `Target ${y}`).not.toBeNull();
      }
      expect(rows[0]!.getCell(c("Target 2025")).value).toBe(12);
      expect(rows[4]!.getCell(c("Target 2025")).value).toBe("BB");
    });

    it("PK: IKU-1 as a ratio with a correct stated capaian, and every stated capaian right", () => {
      const ws = sheet(wb, "PK");
      const c = (h: string) => column(ws, h);
      const byKode = new Map<string, ExcelJS.Row>();
      ws.eachRow((r, n) => {
        if (n > 1) byKode.set(String(r.getCell(c("Kode")).value), r);
      });
      const iku1 = byKode.get("IKU-1")!;
      expect(num(iku1.getCell(c("Pembilang")))).toBe(19_825);
      expect(num(iku1.getCell(c("Penyebut")))).toBe(125_326);
      expect(num(iku1.getCell(c("Target")))).toBe(12);
      expect(num(iku1.getCell(c("Capaian")))).toBe(131.82);
      const ratio = new Decimal(19_825).div(125_326).times(100);
      expect(num(iku1.getCell(c("Realisasi")))).toBe(ratio.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber());
      expect(halfUp(ratio, 12)).toBe(131.82);

      for (const [kode, r] of byKode) {
        const capaian = num(r.getCell(c("Capaian")));
        if (capaian === undefined || kode === "IKU-1") continue;
        const target = num(r.getCell(c("Target")))!;
        const realisasi = num(r.getCell(c("Realisasi")))!;
        const expected =
          r.getCell(c("Polaritas")).value === "negatif"
            ? halfUp(new Decimal(target).times(2).minus(realisasi), target)
            : halfUp(realisasi, target);
        expect(capaian, kode).toBe(expected);
      }
      expect(byKode.get("IKU-3")!.getCell(c("Polaritas")).value).toBe("negatif");
      expect(byKode.get("IKU-5")!.getCell(c("Target")).value).toBe("BB");
      expect(byKode.get("IKU-5")!.getCell(c("Realisasi")).value).toBe("BB");
    });

    it("PK: quarterly realisasi agrees with the year's realisasi under its Agregasi", () => {
      const ws = sheet(wb, "PK");
      const c = (h: string) => column(ws, h);
      let quarterly = 0;
      ws.eachRow((r, n) => {
        if (n === 1) return;
        const tw = [1, 2, 3, 4].map((i) => num(r.getCell(c(`Realisasi TW${i}`))));
        if (tw.every((v) => v === undefined)) return;
        quarterly++;
        const values = tw.filter((v): v is number => v !== undefined);
        const realisasi = num(r.getCell(c("Realisasi")));
        const agregasi = r.getCell(c("Agregasi")).value;
        if (agregasi === "jumlah") expect(values.reduce((a, b) => a + b, 0)).toBe(realisasi);
        else if (agregasi === "terakhir") expect(values[values.length - 1]).toBe(realisasi);
        else throw new Error(`unexpected Agregasi ${String(agregasi)}`);
      });
      expect(quarterly).toBeGreaterThanOrEqual(1);
    });

    it("PPKS: realisasi of the IKU-1 rows sums to its Pembilang, with a correct Jumlah row", () => {
      const ws = sheet(wb, "PPKS");
      const c = (h: string) => column(ws, h);
      let target = new Decimal(0);
      let realisasi = new Decimal(0);
      let kode = "";
      let rows = 0;
      let total: ExcelJS.Row | undefined;
      ws.eachRow((r, n) => {
        if (n === 1) return;
        if (r.getCell(c("Kategori")).value === "Jumlah") {
          total = r;
          return;
        }
        kode = String(r.getCell(c("Kode IKU")).value ?? kode);
        expect(kode).toBe("IKU-1");
        rows++;
        const t = num(r.getCell(c("Target")))!;
        const re = num(r.getCell(c("Realisasi")))!;
        target = target.plus(t);
        realisasi = realisasi.plus(re);
        expect(num(r.getCell(c("Capaian"))), String(r.getCell(c("Kategori")).value)).toBe(halfUp(re, t));
      });
      expect(rows).toBeGreaterThanOrEqual(8);
      expect(realisasi.toNumber()).toBe(19_825);
      expect(num(total!.getCell(c("Realisasi")))).toBe(19_825);
      expect(num(total!.getCell(c("Target")))).toBe(target.toNumber());
      expect((total!.getCell(c("Realisasi")).value as ExcelJS.CellFormulaValue).formula).toMatch(/^SUM\(G2:G\d+\)$/);
      expect(num(total!.getCell(c("Capaian")))).toBe(halfUp(realisasi, target));
    });

    it("Indikator Program, Standar and Narasi have content; Skala has headers only", () => {
      const ip = sheet(wb, "Indikator Program");
      const c = (h: string) => column(ip, h);
      let n = 0;
      ip.eachRow((r, i) => {
        if (i === 1) return;
        n++;
        const t = num(r.getCell(c("Target")));
        const re = num(r.getCell(c("Realisasi")));
        if (t !== undefined && re !== undefined) expect(num(r.getCell(c("Capaian")))).toBe(halfUp(re, t));
      });
      expect(n).toBeGreaterThanOrEqual(5);
      expect(sheet(wb, "Standar").actualRowCount).toBeGreaterThanOrEqual(2);
      const narasi: string[] = [];
      sheet(wb, "Narasi").eachRow((r, i) => {
        if (i > 1) narasi.push(String(r.getCell(1).value));
      });
      expect(narasi).toEqual(expect.arrayContaining(["latar belakang", "isu strategis", "langkah perbaikan"]));
      expect(sheet(wb, "Skala").actualRowCount).toBe(1);
    });
  });
}

checkExample("example workbook (lkip init --contoh)", async () => {
  const file = path.join(dir, "contoh.xlsx");
  await writeTemplate(file, { contoh: true });
  return load(file);
});

describe("shipped example", () => {
  it("examples/dinas-sosial-kota-bekasi-2025.xlsx holds the current example data", async () => {
    expect(existsSync(EXAMPLE), "run node dist/examples/generate.js").toBe(true);
    const shipped = await load(EXAMPLE);
    const fresh = new ExcelJS.Workbook();
    await fresh.xlsx.load(await buildTemplateWorkbook(contohDinasSosial()).xlsx.writeBuffer());
    const values = (wb: ExcelJS.Workbook) =>
      Object.fromEntries(
        wb.worksheets.map((ws) => {
          const rows: Record<number, unknown> = {};
          ws.eachRow((r, n) => {
            rows[n] = r.values;
          });
          return [ws.name, rows];
        }),
      );
    // Regenerate with `npm run build && node dist/examples/generate.js` when this fails.
    expect(values(shipped)).toEqual(values(fresh));
  });
});
