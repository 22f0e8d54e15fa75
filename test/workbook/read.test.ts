import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/read.js";
import { LkipError } from "../../src/errors.js";
import type { NumValue, PkRow, Quantity } from "../../src/model/types.js";
import { minimalSheets, tempDir, writeWorkbook } from "../helpers/workbook.js";

const plain = (q: Quantity | undefined) => (q?.kind === "num" ? q.value.toFixed() : q?.kind === "letter" ? q.letter : q?.kind);

describe("reader: headers", () => {
  it("finds headers by text with aliases below title rows, in any column order, ignoring extra columns", async () => {
    const file = await writeWorkbook(
      minimalSheets({
        Anggaran: [
          ["REALISASI ANGGARAN DINAS SOSIAL TAHUN 2025"],
          [],
          ["Catatan bebas", "  pagu SETELAH perubahan ", "Realisasi (Rp)", "URAIAN", "Kode", "Level", "Kolom Lain"],
          ["x", 500, 450, "Program Rehabilitasi Sosial", "1.06.02", "program", "abaikan"],
        ],
      }),
    );
    const model = await readWorkbook(file);
    expect(model.anggaran?.headerRow).toBe(3);
    const row = model.anggaran!.rows[0]!;
    expect(row.uraian).toBe("Program Rehabilitasi Sosial");
    expect(row.paguPerubahan?.value.toFixed()).toBe("500");
    expect(row.paguPerubahan?.src).toEqual({ sheet: "Anggaran", cell: "B4" });
    // "Realisasi (Rp)": a unit in brackets does not change the column.
    expect(row.realisasi?.value.toFixed()).toBe("450");
    expect(model.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("reports a sheet whose required headers are missing, naming them", async () => {
    const file = await writeWorkbook(minimalSheets({ PK: [["Kode", "Sasaran", "Satuan"], ["IKU-1", "x", "%"]] }));
    const model = await readWorkbook(file);
    expect(model.sheets.pk).toEqual({ name: "PK", headerFound: false });
    const p = model.problems.find((x) => x.rule === "baca/kolom-hilang");
    expect(p?.message).toContain("Indikator");
    expect(p?.message).toContain("Target");
  });

  it("reads year columns for any years", async () => {
    const file = await writeWorkbook(
      minimalSheets({
        IKU: [
          ["Indikator", "Realisasi 2019", "Realisasi 2020", "Target 2021", "Target 2026", "Target Tahun 2031"],
          ["Indeks kepuasan", 80, 81.5, 82, 85, 90],
        ],
      }),
    );
    const iku = (await readWorkbook(file)).iku!.rows[0]!;
    expect(Object.keys(iku.realisasi)).toEqual(["2019", "2020"]);
    expect(Object.keys(iku.targets)).toEqual(["2021", "2026", "2031"]);
    expect(plain(iku.targets[2031])).toBe("90");
    expect(iku.targets[2026]?.src.cell).toBe("E2");
  });
});

describe("reader: merged cells and blank-means-above", () => {
  it("carries Tujuan/Sasaran down over blanks and merges, and never double-counts merged numbers", async () => {
    const file = await writeWorkbook([
      ...minimalSheets().filter((s) => s.name !== "IKU" && s.name !== "PPKS"),
      {
        name: "IKU",
        rows: [
          ["Tujuan", "Sasaran", "Indikator", "Target 2025"],
          ["Tujuan A", "Sasaran 1", "Ind 1", 10],
          [null, null, "Ind 2", 20],
          [null, "Sasaran 2", "Ind 3", 30],
        ],
        merges: ["A2:A4"],
      },
      {
        name: "PPKS",
        rows: [
          ["Kategori", "Program", "Realisasi"],
          ["Anak terlantar", "Program Rehabilitasi", 100],
          ["Lanjut usia", null, 50],
          ["Jumlah", null, 150],
        ],
        merges: ["C2:C3"],
      },
    ]);
    const model = await readWorkbook(file);
    const iku = model.iku!.rows;
    expect(iku.map((r) => [r.tujuan, r.sasaran])).toEqual([
      ["Tujuan A", "Sasaran 1"],
      ["Tujuan A", "Sasaran 1"],
      ["Tujuan A", "Sasaran 2"],
    ]);
    const ppks = model.ppks!.rows;
    expect(ppks[1]!.program).toBe("Program Rehabilitasi");
    // C3 is a non-master cell of the C2:C3 merge: it repeats 100 in exceljs but must not count again.
    expect(ppks.map((r) => r.realisasi?.value.toFixed())).toEqual(["100", undefined]);
  });
});

describe("reader: formulas", () => {
  it("uses cached results, reads shared formulas, and reports missing and error results with their cells", async () => {
    const file = await writeWorkbook(
      minimalSheets({
        Anggaran: [
          ["Kode", "Uraian", "Level", "Pagu Awal", "Pagu Perubahan", "Realisasi"],
          ["1.06.02", "Program", "program", { formula: "D3+D4", result: 300 }, { formula: "E3", result: 200, shareType: "shared", ref: "E2:F2" } as never, { sharedFormula: "E2", result: 180 } as never],
          ["1.06.02.2.01", "Kegiatan A", "kegiatan", 100, 200, 180],
          ["1.06.02.2.02", "Kegiatan B", "kegiatan", 200, { formula: "1/0", result: { error: "#DIV/0!" } }, { formula: "F3*2" }],
        ],
      }),
    );
    const model = await readWorkbook(file);
    const [program] = model.anggaran!.rows;
    expect(program!.paguAwal?.value.toFixed()).toBe("300");
    expect(program!.paguAwal?.formula).toBe("D3+D4");
    expect(program!.realisasi?.value.toFixed()).toBe("180");
    expect(program!.realisasi?.formula).toBe("F3");
    const problems = model.problems.map((p) => [p.rule, p.sheet, p.cell]);
    expect(problems).toContainEqual(["baca/nilai-galat", "Anggaran", "E4"]);
    expect(problems).toContainEqual(["baca/rumus-tanpa-nilai", "Anggaran", "F4"]);
    // Never a silent 0:
    expect(model.anggaran!.rows[2]!.realisasi).toBeUndefined();
    expect(model.formulas.map((f) => f.cell)).toEqual(["D2", "E2", "F2", "E4", "F4"]);
  });
});

describe("reader: numbers", () => {
  it("reads numbers, Indonesian and English text, percent-formatted fractions; blanks, '-' and N/A are no value", async () => {
    const file = await writeWorkbook(
      minimalSheets({
        PK: [
          ["Indikator", "Satuan", "Target", "Realisasi", "Pembilang", "Penyebut", "Capaian"],
          ["A", "Rp", "Rp 4.645.554.625", "1.234.567,89", "19.825", 125326, "131,82%"],
          ["B", "%", "1,234,567.89", "96.85%", "-", "N/A", { value: 0.8582, numFmt: "0.00%" }],
          ["C", "%", 12, "", null, "n/a", { value: 1.3182, numFmt: "0%" }],
        ],
      }),
    );
    const model = await readWorkbook(file);
    const [a, b, c] = model.pk!.rows as [PkRow, PkRow, PkRow];
    expect(plain(a.target)).toBe("4645554625");
    expect(plain(a.realisasi)).toBe("1234567.89");
    expect((a.realisasi as NumValue).decimals).toBe(2);
    expect(a.pembilang!.value.toFixed()).toBe("19825");
    expect(a.capaian!.value.toFixed()).toBe("131.82");
    expect(plain(b.target)).toBe("1234567.89");
    expect(plain(b.realisasi)).toBe("96.85");
    expect(b.pembilang).toBeUndefined();
    expect(b.penyebut).toBeUndefined();
    const pct = b.capaian as NumValue;
    expect([pct.value.toFixed(), pct.percent, pct.decimals]).toEqual(["85.82", true, 2]);
    expect([c.capaian!.value.toFixed(), c.capaian!.decimals]).toEqual(["131.82", 0]);
    expect(c.realisasi).toBeUndefined();
    // `19.825` is a single group: read as 19825 and said so, as information.
    const info = model.problems.filter((p) => p.rule === "baca/angka-ambigu");
    expect(info).toHaveLength(1);
    expect(info[0]).toMatchObject({ severity: "info", sheet: "PK", cell: "E2" });
    expect(model.problems.filter((p) => p.severity !== "info")).toEqual([]);
  });

  it("reports text in a number column with its cell, and keeps reading the rest", async () => {
    const file = await writeWorkbook(
      minimalSheets({
        Anggaran: [
          ["Uraian", "Level", "Pagu Perubahan", "Realisasi"],
          ["Program A", "program", "seratus juta", 90],
          ["Program B", "program", "4,25-4,30", 80],
        ],
      }),
    );
    const model = await readWorkbook(file);
    expect(model.problems.map((p) => [p.rule, p.cell, p.severity])).toEqual([
      ["baca/bukan-angka", "C2", "error"],
      ["baca/bukan-angka", "C3", "error"],
    ]);
    expect(model.problems[0]!.message).toContain("seratus juta");
    expect(model.anggaran!.rows.map((r) => r.realisasi?.value.toFixed())).toEqual(["90", "80"]);
  });

  it("accepts ranges in target cells and letters where the unit is predikat", async () => {
    const file = await writeWorkbook(
      minimalSheets({
        PK: [
          ["Indikator", "Satuan", "Target", "Realisasi"],
          ["Indeks", "indeks", "4,25-4,30", "4,28"],
          ["Predikat SAKIP", "predikat", "BB", "bb"],
          ["Jumlah orang", "orang", 100, "A"],
        ],
      }),
    );
    const model = await readWorkbook(file);
    const [idx, pred, orang] = model.pk!.rows;
    expect(idx!.target).toMatchObject({ kind: "range", decimals: 2 });
    expect(idx!.target?.kind === "range" && [idx!.target.lo.toFixed(), idx!.target.hi.toFixed()]).toEqual(["4.25", "4.3"]);
    expect([plain(pred!.target), plain(pred!.realisasi)]).toEqual(["BB", "BB"]);
    expect(orang!.realisasi).toBeUndefined();
    expect(model.problems).toEqual([expect.objectContaining({ rule: "baca/bukan-angka", cell: "D4" })]);
  });
});

describe("reader: text cells", () => {
  it("joins rich text, reads hyperlinks' text and dates as Date or Excel serial", async () => {
    const file = await writeWorkbook(
      minimalSheets({
        Profil: [
          ["Data", "Isi"],
          ["Nama Instansi", { richText: [{ text: "Dinas " }, { font: { bold: true }, text: "Sosial" }] }],
          ["Email", { text: "dinsos@contoh.go.id", hyperlink: "mailto:dinsos@contoh.go.id" }],
          ["Tanggal", new Date(Date.UTC(2026, 0, 15))],
          ["Tahun", "2025"],
          ["Desimal", "dua"],
        ],
        Narasi: [
          ["Bagian", "Teks"],
          ["Latar Belakang", "Teks latar belakang."],
        ],
      }),
    );
    const model = await readWorkbook(file);
    expect(model.profil).toMatchObject({ namaInstansi: "Dinas Sosial", email: "dinsos@contoh.go.id", tanggal: "2026-01-15", tahun: 2025 });
    expect(model.profil?.entries["namainstansi"]?.src).toEqual({ sheet: "Profil", cell: "B2" });
    expect(model.problems).toEqual([expect.objectContaining({ rule: "baca/profil", cell: "B6" })]);
    expect(model.narasi?.rows[0]).toMatchObject({ key: "latarbelakang", teks: "Teks latar belakang." });
  });

  it("reads an Excel serial date in Profil Tanggal", async () => {
    const file = await writeWorkbook(minimalSheets({ Profil: [["Data", "Isi"], ["Tanggal", { value: 46037, numFmt: "d mmmm yyyy" }]] }));
    const model = await readWorkbook(file);
    expect(model.profil?.tanggal).toBe("2026-01-15");
  });
});

describe("reader: totals and budget hierarchy", () => {
  it("keeps stated total rows apart from data rows, with the rows they cover", async () => {
    const file = await writeWorkbook(
      minimalSheets({
        PPKS: [
          ["Kategori", "Target", "Realisasi", "Catatan Angka"],
          ["Anak terlantar", 10, 8, 1],
          ["Lansia", 20, 19, 2],
          ["JUMLAH", 30, 27, 3],
        ],
      }),
    );
    const ppks = (await readWorkbook(file)).ppks!;
    expect(ppks.rows.map((r) => r.kategori)).toEqual(["Anak terlantar", "Lansia"]);
    expect(ppks.totals).toHaveLength(1);
    const t = ppks.totals[0]!;
    expect(t.covers).toEqual([0, 1]);
    expect(Object.fromEntries(Object.entries(t.values).map(([k, v]) => [k, v?.value.toFixed()]))).toEqual({
      Target: "30",
      Realisasi: "27",
      "Catatan Angka": "3",
    });
    expect(t.values["Realisasi"]?.src.cell).toBe("C4");
  });

  it("builds program > kegiatan > sub kegiatan from Level, and from the code's depth when Level is blank", async () => {
    const file = await writeWorkbook(
      minimalSheets({
        Anggaran: [
          ["Kode", "Uraian", "Level", "Pagu Perubahan", "Realisasi"],
          ["1.06.01", "Program Penunjang", null, 300, 250],
          ["1.06.01.2.01", "Kegiatan Perencanaan", null, 300, 250],
          ["1.06.01.2.01.0001", "Sub Kegiatan Renstra", null, 100, 90],
          ["1.06.01.2.01.0002", "Sub Kegiatan Renja", "Sub-Kegiatan", 200, 160],
          ["1.06.02", "Program Rehabilitasi", "PROGRAM", 50, 40],
          ["1.06.02.2.01", "Kegiatan Rehabilitasi", "kegiatan", 50, 40],
          ["Jumlah", null, null, 350, 290],
        ],
      }),
    );
    const a = (await readWorkbook(file)).anggaran!;
    expect(a.rows.map((r) => [r.level, r.levelInferred, r.parent])).toEqual([
      ["program", true, undefined],
      ["kegiatan", true, 0],
      ["sub kegiatan", true, 1],
      ["sub kegiatan", false, 1],
      ["program", false, undefined],
      ["kegiatan", false, 4],
    ]);
    expect(a.rows[1]!.children).toEqual([2, 3]);
    expect(a.totals[0]!.covers).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("reports a budget row with neither level nor code", async () => {
    const file = await writeWorkbook(
      minimalSheets({
        Anggaran: [
          ["Kode", "Uraian", "Level", "Pagu Perubahan", "Realisasi"],
          [null, "Belanja lain", null, 10, 5],
          ["1.06.03", "Program X", "progam", 10, 5],
        ],
      }),
    );
    const model = await readWorkbook(file);
    expect(model.problems.map((p) => [p.rule, p.cell])).toEqual([
      ["baca/level", "C2"],
      ["baca/level", "C3"],
    ]);
  });
});

describe("reader: files that cannot be read", () => {
  const dir = tempDir();
  it.each([
    ["missing", join(dir, "tidak-ada.xlsx"), /tidak ditemukan/],
    ["not a zip", (() => { const f = join(dir, "teks.xlsx"); writeFileSync(f, "ini bukan excel"); return f; })(), /bukan workbook Excel/],
    ["a folder", dir, /Bukan berkas/],
  ])("%s → one clear line (LkipError, exit 2)", async (_name, file, re) => {
    const err = await readWorkbook(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LkipError);
    expect((err as LkipError).exitCode).toBe(2);
    expect((err as LkipError).message).toMatch(re);
  });

  it("truncated .xlsx → unreadable, not a crash", async () => {
    const good = await writeWorkbook(minimalSheets());
    const { readFileSync } = await import("node:fs");
    const bytes = readFileSync(good);
    const cut = join(dir, "terpotong.xlsx");
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(readWorkbook(cut)).rejects.toThrow(/bukan workbook Excel/);
  });
});
