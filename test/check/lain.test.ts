// Profil, missing sheets, reading and engine problems as findings, configuration, and the order of findings.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFile, checkModel, sortFindings } from "../../src/check/index.js";
import { parseConfig } from "../../src/check/config-schema.js";
import { computeLkip } from "../../src/engine/index.js";
import { LkipError } from "../../src/errors.js";
import type { Finding } from "../../src/check/types.js";
import { readWorkbook } from "../../src/read.js";
import { writeWorkbook } from "../helpers/workbook.js";
import { baseSheets, check, of, pct, sum, toInputs, where, withCells } from "./fixture.js";

describe("profil/kunci-hilang", () => {
  it("warns about each Profil key the document needs that is missing or empty", async () => {
    const s = baseSheets();
    s["Profil"] = s["Profil"]!.filter((row) => row[0] !== "Nama Kepala" && row[0] !== "Tanggal");
    const r = await check(s);
    expect(where(r)).toEqual(["profil/kunci-hilang Profil!-", "profil/kunci-hilang Profil!-"]);
    expect(r.findings[0]).toMatchObject({ severity: "warning", sheet: "Profil" });
    expect(r.findings[0]!.message).toBe('Isian Profil "Nama Kepala" kosong atau tidak ada; diperlukan untuk blok tanda tangan Kata Pengantar dan Perjanjian Kinerja');
    expect(r.findings[1]!.message).toContain('"Tanggal"');
  });

  it("points at the empty Isi cell when the key's row is there but blank", async () => {
    const s = baseSheets();
    const profil = s["Profil"]!;
    const row = profil.findIndex((r) => r[0] === "Nama Kepala");
    profil[row] = ["Nama Kepala", null];
    const r = await check(s);
    expect(where(r)).toEqual([`profil/kunci-hilang Profil!B${row + 1}`]);
  });
});

describe("profil/perjanjian-kinerja", () => {
  const without = (...keys: string[]) => {
    const s = baseSheets();
    s["Profil"] = s["Profil"]!.filter((row) => !keys.includes(row[0] as string));
    return s;
  };
  const rowOf = (s: ReturnType<typeof baseSheets>, key: string) => s["Profil"]!.findIndex((r) => r[0] === key) + 1;

  it("warns when the PK's date and the Kepala Daerah are missing, and says what the Lampiran prints instead", async () => {
    const r = await check(without("Tanggal PK", "Nama Kepala Daerah", "Jabatan Kepala Daerah"));
    const f = of(r, "profil/perjanjian-kinerja");
    expect(f.map((x) => x.message)).toEqual([
      'Isian Profil "Tanggal PK" kosong atau tidak ada; lampiran Perjanjian Kinerja mencetak tempat isian tanggal, bukan tanggal penandatanganannya',
      'Isian Profil "Nama Kepala Daerah" kosong atau tidak ada; blok tanda tangan PIHAK KEDUA pada Perjanjian Kinerja dicetak tanpa nama',
      'Isian Profil "Jabatan Kepala Daerah" kosong atau tidak ada; jabatan PIHAK KEDUA pada Perjanjian Kinerja disimpulkan dari Pemerintah Daerah: "Wali Kota Contoh"',
    ]);
    expect(f.every((x) => x.severity === "warning" && x.sheet === "Profil")).toBe(true);
  });

  it("asks for the PK perubahan's date when the budget was revised, pointing at the key's cell", async () => {
    const s = baseSheets();
    const row = rowOf(s, "Tanggal PK Perubahan");
    s["Profil"]![row - 1] = ["Tanggal PK Perubahan", null];
    const f = of(await check(s), "profil/perjanjian-kinerja");
    expect(f).toHaveLength(1);
    expect(f[0]!.cell).toBe(`B${row}`);
    expect(f[0]!.message).toContain("pagu awal Rp 1.500.000, pagu perubahan Rp 1.700.000");
  });

  it("does not ask for a PK perubahan when the budget was not revised", async () => {
    const s = withCells({ "Anggaran!F2": 1_000_000, "Anggaran!F3": 600_000, "Anggaran!F4": 400_000, "Anggaran!F5": 200_000, "Anggaran!F6": 400_000, "Anggaran!F7": 400_000 }, without("Tanggal PK Perubahan"));
    s["Anggaran"]![10]![5] = sum("SUM(F2,F8)", 1_500_000);
    const r = await check(s);
    expect(of(r, "profil/perjanjian-kinerja")).toEqual([]);
  });

  it("warns about a PK dated outside the report year, an unreadable date, and a perubahan before the murni", async () => {
    const s = baseSheets();
    s["Profil"]![rowOf(s, "Tanggal PK") - 1] = ["Tanggal PK", "15 Januari 2026"];
    s["Profil"]![rowOf(s, "Tanggal PK Perubahan") - 1] = ["Tanggal PK Perubahan", "awal Oktober"];
    const msgs = of(await check(s), "profil/perjanjian-kinerja").map((x) => x.message);
    expect(msgs).toEqual([
      'Isian Profil "Tanggal PK" 15 Januari 2026 tidak jatuh pada tahun laporan 2025; Perjanjian Kinerja ditandatangani pada tahun yang diperjanjikan',
      'Isian Profil "Tanggal PK Perubahan" "awal Oktober" tidak terbaca sebagai tanggal; tulis sebagai tanggal Excel atau seperti 6 Januari 2025',
    ]);
    s["Profil"]![rowOf(s, "Tanggal PK") - 1] = ["Tanggal PK", "6 Januari 2025"];
    s["Profil"]![rowOf(s, "Tanggal PK Perubahan") - 1] = ["Tanggal PK Perubahan", "2 Januari 2025"];
    expect(of(await check(s), "profil/perjanjian-kinerja").map((x) => x.message)).toEqual(["Tanggal PK Perubahan 2 Januari 2025 lebih awal dari Tanggal PK 6 Januari 2025"]);
  });
});

describe("lembar/tidak-ada", () => {
  it("is an error: says once what cannot be checked without a main sheet, and checks the rest", async () => {
    const s = baseSheets();
    delete s["Anggaran"];
    const r = await check(s);
    expect(where(r)).toEqual(["lembar/tidak-ada Anggaran!-"]);
    expect(r.findings[0]).toMatchObject({ severity: "error" });
    expect(r.findings[0]!.message).toBe(
      "Sheet Anggaran tidak ada: workbook tidak lengkap dan LKIP tidak dapat disusun tanpanya; jumlah, hierarki, dan serapan anggaran tidak diperiksa",
    );
  });
});

describe("lembar/kosong", () => {
  it("warns about a main sheet with its header row and nothing under it", async () => {
    const s = baseSheets();
    s["PK"] = [s["PK"]![0]!];
    const r = await check(s);
    expect(where(r).filter((w) => w.startsWith("lembar"))).toEqual(["lembar/kosong PK!-"]);
    expect(r.findings.find((f) => f.rule === "lembar/kosong")!.message).toBe(
      "Sheet PK tidak berisi data di bawah judul kolomnya; capaian, rasio, triwulan, dan keterkaitan PPKS tidak diperiksa",
    );
  });
});

describe("reading problems are findings, with their cells", () => {
  it("reports text in a number column, an ambiguous number, a formula without value and an error value", async () => {
    const s = withCells({
      "IKU!G2": "tiga belas",
      "PPKS!D2": { value: "10.000", numFmt: "@" },
      "IKU!G3": { value: { formula: "F3-0.03" } } as never,
      "IKU!G4": { value: { error: "#DIV/0!" } } as never,
    });
    const r = await check(s);
    expect(where(r)).toEqual([
      "baca/bukan-angka IKU!G2",
      "baca/rumus-tanpa-nilai IKU!G3",
      "baca/nilai-galat IKU!G4",
      "baca/angka-ambigu PPKS!D2",
      // the text number sits inside the Jumlah row's SUM
      "rumus/teks-dalam-sum PPKS!D4",
    ]);
    expect(r.findings.map((f) => f.severity)).toEqual(["error", "error", "error", "info", "warning"]);
    expect(r.findings[0]!.message).toBe('"tiga belas" pada kolom Target 2026 bukan angka');
  });
});

describe("engine problems are findings", () => {
  it("warns about a program pointing to a sasaran that does not exist", async () => {
    const r = await check(withCells({ "Anggaran!D8": 7 }));
    expect(where(r)).toEqual(["anggaran/sasaran-tidak-dikenal Anggaran!D8"]);
    expect(r.findings[0]).toMatchObject({ severity: "warning" });
  });
});

describe("configuration", () => {
  it("changes a rule's severity, or turns it off", async () => {
    const s = withCells({ "Anggaran!H4": pct(91), "PK!F3": undefined, "PK!I3": undefined });
    const plain = await check(s);
    expect(plain.summary).toEqual({ errors: 1, warnings: 1, infos: 0 });
    const configured = await check(s, { rules: { "anggaran/serapan": "warning", "pk/tanpa-realisasi": "off" } });
    expect(where(configured)).toEqual(["anggaran/serapan Anggaran!H4"]);
    expect(configured.findings[0]!.severity).toBe("warning");
    expect(configured.summary).toEqual({ errors: 0, warnings: 1, infos: 0 });
  });

  it("applies to reading problems and to the shared rounding rule too", async () => {
    const r = await check(withCells({ "IKU!G2": "tiga belas", "Anggaran!H3": { value: 85, numFmt: "0" } }), {
      rules: { "baca/bukan-angka": "warning", "angka/pembulatan": "off" },
    });
    expect(where(r)).toEqual(["baca/bukan-angka IKU!G2"]);
    expect(r.findings[0]!.severity).toBe("warning");
  });

  it("is validated: unknown rule, bad severity, unknown key, bad ceiling, not an object", () => {
    expect(parseConfig({ rules: { "anggaran/hierarki": "warning" }, batasCapaian: 250 })).toEqual({
      rules: { "anggaran/hierarki": "warning" },
      batasCapaian: 250,
    });
    const message = (input: unknown) => {
      try {
        parseConfig(input);
        return "";
      } catch (e) {
        expect(e).toBeInstanceOf(LkipError);
        expect((e as LkipError).exitCode).toBe(2);
        return (e as Error).message;
      }
    };
    expect(message({ rules: { "anggaran/tidak-ada": "error" } })).toBe(
      'lkip.config.json: aturan "anggaran/tidak-ada" tidak dikenal (daftar aturan: docs/checks.md)',
    );
    expect(message({ rules: { "anggaran/hierarki": "fatal" } })).toBe(
      'lkip.config.json: tingkat "fatal" untuk aturan "anggaran/hierarki" tidak sah; pilihan: error, warning, info, off',
    );
    expect(message({ aturan: {} })).toBe('lkip.config.json: kunci "aturan" tidak dikenal; yang dikenal: rules, batasCapaian');
    expect(message({ batasCapaian: "300" })).toContain("batasCapaian harus berupa angka persen");
    expect(message({ batasCapaian: 0 })).toContain("batasCapaian harus berupa angka persen");
    expect(message([])).toContain("harus berupa objek JSON");
    expect(message({ rules: [] })).toContain("rules harus berupa objek");
  });

  it("is read from lkip.config.json beside the workbook", async () => {
    const file = await writeWorkbook(toInputs(withCells({ "Anggaran!H4": pct(91) })));
    writeFileSync(join(dirname(file), "lkip.config.json"), JSON.stringify({ rules: { "anggaran/serapan": "info" } }));
    const { result } = await checkFile(file);
    expect(result.findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(["anggaran/serapan info"]);
    await expect(checkFile(file, { configFile: join(dirname(file), "tidak-ada.json") })).rejects.toThrow(/tidak ditemukan/);
  });
});

describe("order and shape of the result", () => {
  it("sorts by sheet order in the workbook, then row, then column; sheet-level findings first", () => {
    const f = (sheet: string, cell?: string): Finding => ({ rule: "x", severity: "info", sheet, ...(cell ? { cell } : {}), message: "" });
    const sorted = sortFindings([f("PK", "B10"), f("Anggaran", "A2"), f("PK", "AA2"), f("PK", "C2"), f("PK"), f("Lain", "A1")], ["PK", "Anggaran"]);
    expect(sorted.map((x) => `${x.sheet}!${x.cell ?? "-"}`)).toEqual(["PK!-", "PK!C2", "PK!AA2", "PK!B10", "Anggaran!A2", "Lain!A1"]);
  });

  it("keeps problems under ids no rule claims, with their own severity", async () => {
    const file = await writeWorkbook(toInputs(baseSheets()));
    const model = await readWorkbook(file);
    model.problems.push({ rule: "baca/baru", severity: "warning", sheet: "PK", cell: "A2", message: "masalah baru" });
    const r = checkModel(model, computeLkip(model));
    expect(of(r, "baca/baru")).toEqual([{ rule: "baca/baru", severity: "warning", sheet: "PK", cell: "A2", message: "masalah baru" }]);
  });
});
