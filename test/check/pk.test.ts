// Performance rules: stated capaian, ratio, PK vs IKU target, quarters, missing realisasi, zero target, the ceiling.
import { describe, expect, it } from "vitest";
import { check, of, pct, where, withCells } from "./fixture.js";

describe("pk/capaian", () => {
  it("finds a stated capaian computed with the wrong polarity", async () => {
    // IKU-2 is negative: (2 × 4,01 − 3,94) / 4,01 = 101,75%, not 3,94 / 4,01 = 98,25%
    const r = await check(withCells({ "PK!I3": pct(98.25) }));
    expect(where(r)).toEqual(["pk/capaian PK!I3"]);
    expect(r.findings[0]).toMatchObject({ severity: "error", expected: "101.75", actual: "98.25" });
    expect(r.findings[0]!.message).toBe(
      "Capaian indikator IKU-2 98,25% ≠ (2 × target 4,01 − realisasi 3,94) / target 4,01 × 100 (polaritas negatif) = 101,75% (selisih 3,50 poin persen)",
    );
  });

  it("measures a ratio indicator's capaian from Pembilang / Penyebut", async () => {
    const r = await check(withCells({ "PK!I2": pct(132) }));
    expect(where(r)).toEqual(["pk/capaian PK!I2"]);
    expect(r.findings[0]!.message).toContain("realisasi 15,8187 / target 12 × 100 = 131,82%");
  });

  it("checks capaian of letter targets on the ordinal scale", async () => {
    const s = withCells({
      "IKU!A5": "IKU-4", "IKU!C5": "Predikat AKIP", "IKU!D5": "predikat", "IKU!F5": "BB",
      "PK!A5": "IKU-4", "PK!C5": "Predikat AKIP", "PK!D5": "predikat", "PK!E5": "BB", "PK!F5": "B", "PK!I5": pct(100),
    });
    const r = await check(s);
    // the new indicator is below its target: its obstacles and solutions are the office's to write
    expect(where(r)).toEqual(["pk/capaian PK!I5", "narasi/kunci-hilang Narasi!-", "narasi/kunci-hilang Narasi!-"]);
    expect(r.findings[0]!.message).toContain("realisasi B terhadap target BB pada skala huruf = 80,00%");
    expect(r.findings.slice(1).map((f) => /"([^"]+)"/.exec(f.message)![1])).toEqual(["penghambat IKU-4", "solusi IKU-4"]);
  });

  it("cannot check a stated capaian over a zero target (info)", async () => {
    const r = await check(withCells({ "PK!E4": 0, "IKU!F4": 0 }));
    expect(where(r)).toEqual(["pk/target-nol PK!E4", "angka/penyebut-nol PK!I4"]);
    expect(of(r, "angka/penyebut-nol")[0]!.message).toBe("Capaian indikator IKU-3 95,00% tidak dapat diperiksa: target bernilai nol atau kosong");
  });
});

describe("pk/rasio", () => {
  it("finds a stated realisasi % that is not Pembilang / Penyebut × 100", async () => {
    const r = await check(withCells({ "PK!F2": 15.28 }));
    expect(where(r)).toEqual(["pk/rasio PK!F2"]);
    expect(r.findings[0]).toMatchObject({ severity: "error", range: "G2:H2", expected: "15.82", actual: "15.28" });
    expect(r.findings[0]!.message).toBe(
      "Realisasi indikator IKU-1 15,28% ≠ Pembilang 19.825 / Penyebut 125.326 × 100 = 15,82% (selisih 0,54 poin persen)",
    );
  });

  it("accepts the ratio at whatever precision it is written (15,8 % for 15,8188 %)", async () => {
    expect((await check(withCells({ "PK!F2": 15.8 }))).findings).toEqual([]);
  });

  it("cannot check a ratio over a zero Penyebut (info)", async () => {
    const r = await check(withCells({ "PK!H2": 0 }));
    // without a usable ratio the capaian is measured from the Realisasi cell as printed: 15,82 stands for 15,815…15,825,
    // which over the target 12 gives 131,79…131,875 %, so the stated 131,82 % is consistent
    expect(where(r)).toEqual(["angka/penyebut-nol PK!F2"]);
    expect(r.findings[0]!.message).toContain("tidak dapat diperiksa: Penyebut bernilai nol atau kosong");
  });
});

describe("pk/target-iku", () => {
  it("warns when the PK target differs from the IKU target of the report year, saying PK perubahan may differ", async () => {
    const r = await check(withCells({ "PK!E4": 900, "PK!I4": pct(105.56) }));
    expect(where(r)).toEqual(["pk/target-iku PK!E4"]);
    expect(r.findings[0]).toMatchObject({ severity: "warning", range: "IKU!F4", expected: "1000", actual: "900" });
    expect(r.findings[0]!.message).toContain("Target PK indikator IKU-3 900 berbeda dengan Target 2025 di IKU (IKU!F4) 1.000");
    expect(r.findings[0]!.message).toContain("PK perubahan");
  });
});

describe("pk/triwulan", () => {
  it("finds quarters that do not add up to the annual realisasi of a count", async () => {
    const r = await check(withCells({ "PK!M4": 210 }));
    expect(where(r)).toEqual(["pk/triwulan PK!F4"]);
    expect(r.findings[0]).toMatchObject({ severity: "error", range: "J4:M4", expected: "960", actual: "950" });
    expect(r.findings[0]!.message).toBe(
      "Realisasi indikator IKU-3 950 ≠ jumlah realisasi triwulan (aturan bawaan untuk satuan KK) 960 (selisih 10)",
    );
  });

  it("takes the last quarter of a percentage, or what the Agregasi column says", async () => {
    const quarters = { "PK!J2": 10, "PK!K2": 12.5, "PK!L2": 14, "PK!M2": 15.82 };
    expect((await check(withCells(quarters))).findings).toEqual([]);
    const r = await check(withCells({ ...quarters, "PK!M2": 15.5 }));
    expect(where(r)).toEqual(["pk/triwulan PK!F2"]);
    expect(r.findings[0]!.message).toContain("realisasi triwulan terakhir yang terisi (aturan bawaan untuk satuan %) 15,50%");
    const averaged = withCells({ "PK!N1": "Agregasi", "PK!N4": "rata-rata", "PK!F4": 237.5, "PK!I4": pct(23.75) });
    expect((await check(averaged)).findings).toEqual([]);
  });
});

describe("pk/tanpa-realisasi, pk/target-nol, capaian/batas", () => {
  it("warns about an indicator with a target and no realisasi", async () => {
    const r = await check(withCells({ "PK!F3": undefined, "PK!I3": undefined }));
    expect(where(r)).toEqual(["pk/tanpa-realisasi PK!F3"]);
    expect(r.findings[0]).toMatchObject({ severity: "warning" });
    expect(r.findings[0]!.message).toContain("Indikator IKU-2 punya target 4,01 tetapi tidak punya realisasi");
  });

  it("warns about a target of zero", async () => {
    const r = await check(withCells({ "PK!E4": 0, "IKU!F4": 0, "PK!I4": undefined }));
    expect(where(r)).toEqual(["pk/target-nol PK!E4"]);
    expect(r.findings[0]!.message).toContain("Target indikator IKU-3 bernilai 0");
  });

  it("warns about a capaian above the ceiling (default 300 %, configurable)", async () => {
    const planted = withCells({ "PK!F4": 3_500, "PK!I4": pct(350), "PK!J4": undefined, "PK!K4": undefined, "PK!L4": undefined, "PK!M4": undefined });
    const r = await check(planted);
    expect(where(r)).toEqual(["capaian/batas PK!I4"]);
    expect(r.findings[0]!.message).toBe(
      "Capaian indikator IKU-3 350,00% melebihi batas kewajaran 300%; periksa target (1.000) dan realisasi (3.500)",
    );
    expect((await check(planted, { batasCapaian: 400 })).findings).toEqual([]);
  });
});

describe("pk/tanpa-iku (from the engine)", () => {
  it("warns about a PK indicator that matches no IKU row", async () => {
    const r = await check(withCells({ "PK!A4": "IKU-9", "PK!C4": "Indikator lain" }));
    // IKU-9 is below its target and has no Narasi of its own yet
    expect(where(r)).toEqual(["pk/tanpa-iku PK!C4", "narasi/kunci-hilang Narasi!-", "narasi/kunci-hilang Narasi!-"]);
    expect(r.findings[0]).toMatchObject({ severity: "warning" });
  });
});

describe("ratio multipliers (pk/rasio, pk/realisasi-janggal)", () => {
  // A maternal mortality rate: 9 deaths in 8.400 live births = 107,14 per 100.000; target 100, lower is better.
  const aki = (satuan: string | undefined, realisasi: number) =>
    withCells({
      "IKU!A5": "IKU-4", "IKU!B5": "Menurunnya kematian ibu", "IKU!C5": "Angka kematian ibu", "IKU!D5": satuan, "IKU!E5": "negatif", "IKU!F5": 100, "IKU!G5": 95,
      "PK!A5": "IKU-4", "PK!B5": "Menurunnya kematian ibu", "PK!C5": "Angka kematian ibu", "PK!D5": satuan, "PK!E5": 100, "PK!F5": realisasi,
      "PK!G5": 9, "PK!H5": 8_400, "PK!I5": pct(92.86),
      // the new sasaran's and indicator's analysis, so that only the ratio rules speak (narasi/kunci-hilang)
      ...Object.fromEntries(
        ["penyebab sasaran 3", "penghambat sasaran 3", "solusi sasaran 3", "langkah sasaran 3", "penghambat IKU-4", "solusi IKU-4"].flatMap((k, i) => [
          [`Narasi!A${18 + i}`, k],
          [`Narasi!B${18 + i}`, `Uraian ${k}.`],
        ]),
      ),
    });

  it("reads a rate per 100.000 from its Satuan: realisasi 107,14 and capaian 92,86% check clean", async () => {
    expect((await check(aki("per 100.000 kelahiran hidup", 107.14))).findings).toEqual([]);
  });

  it("finds a realisasi taken × 100 where the Satuan says per 100.000", async () => {
    const r = await check(aki("per 100.000 kelahiran hidup", 0.11));
    expect(where(r)).toEqual(["pk/rasio PK!F5"]);
    expect(r.findings[0]).toMatchObject({ severity: "error", expected: "107.14", actual: "0.11" });
    expect(r.findings[0]!.message).toBe(
      "Realisasi indikator IKU-4 0,11 ≠ Pembilang 9 / Penyebut 8.400 × 100.000 = 107,14 (selisih 107,03)",
    );
  });

  it("warns when a ratio without a stated multiplier lands about 1.000 times below its target", async () => {
    const r = await check(aki("kasus", 0.11));
    expect(where(r)).toEqual(["pk/realisasi-janggal PK!G5", "pk/capaian PK!I5"]);
    const w = of(r, "pk/realisasi-janggal")[0]!;
    expect(w).toMatchObject({ severity: "warning", expected: "100", actual: "0.10714285714285714286" });
    expect(w.message).toBe(
      "Realisasi indikator IKU-4 0,1071 sekitar 1.000 kali lebih kecil dari targetnya 100; realisasi dihitung Pembilang / Penyebut × 100 " +
        "(bawaan, karena Satuan dan Formula tidak menyebut pengali); nyatakan pengali yang benar di Satuan " +
        '(mis. "per 100.000 kelahiran hidup", "per 1.000", "‰", "indeks") atau di Formula IKU (mis. "× 100.000")',
    );
  });

  it("warns about a realisasi about 100 times its target in a count indicator", async () => {
    const r = await check(withCells({ "PK!F4": 95_000, "PK!I4": undefined, "PK!J4": undefined, "PK!K4": undefined, "PK!L4": undefined, "PK!M4": undefined }));
    expect(of(r, "pk/realisasi-janggal").map((f) => f.message)).toEqual([
      "Realisasi indikator IKU-3 95.000 sekitar 100 kali lebih besar dari targetnya 1.000; periksa apakah target dan realisasi " +
        "ditulis dalam satuan yang sama (mis. persen sebagai 0,85 dan 85, atau rupiah dan juta rupiah)",
    ]);
  });

  it("stays quiet at a factor of 20", async () => {
    const r = await check(withCells({ "PK!F4": 20_000, "PK!I4": undefined, "PK!J4": undefined, "PK!K4": undefined, "PK!L4": undefined, "PK!M4": undefined }));
    expect(of(r, "pk/realisasi-janggal")).toEqual([]);
  });
});

describe("printed precision decides rounding (docs/checks.md, Toleransi)", () => {
  const iku3 = (realisasi: number, capaian: number) =>
    withCells({
      "PK!D4": "%",
      "IKU!F4": 56,
      "PK!E4": 56,
      "PK!F4": pct(realisasi),
      "PK!I4": pct(capaian),
      "PK!J4": undefined,
      "PK!K4": undefined,
      "PK!L4": undefined,
      "PK!M4": undefined,
    });

  it("accepts a capaian some inputs rounding to their printed forms give: 117,12 % over 65,58 (65,575…65,585) and 56", async () => {
    // 65,58 / 56 × 100 = 117,107…, which rounds to 117,11; but 65,584 / 56 × 100 = 117,1143 and 65,5848 gives 117,1157
    expect(where(await check(iku3(65.58, 117.12)))).toEqual([]);
    expect(where(await check(iku3(65.58, 117.11)))).toEqual([]);
  });

  it("still finds a capaian no such inputs give, and says what it should be", async () => {
    const r = await check(iku3(65.58, 117.13));
    expect(where(r)).toEqual(["pk/capaian PK!I4"]);
    expect(r.findings[0]).toMatchObject({ severity: "error", expected: "117.11", actual: "117.13" });
  });

  it("takes the polarity's formula over the printed bounds: negative polarity, target 4,01 and realisasi 3,94", async () => {
    // (2 × t − r) / t over 3,935 ≤ r ≤ 3,945 and 4,005 ≤ t ≤ 4,015 is 101,498…101,993 %
    expect(where(await check(withCells({ "PK!I3": pct(101.5) })))).toEqual([]);
    expect(where(await check(withCells({ "PK!I3": pct(101.99) })))).toEqual([]);
    expect(where(await check(withCells({ "PK!I3": pct(102.1) })))).toEqual(["pk/capaian PK!I3"]);
  });

  it("counts are exact: 95,01 % for 950 of 1.000 KK is an error, not a rounding", async () => {
    expect(where(await check(withCells({ "PK!I4": pct(95.01) })))).toEqual(["pk/capaian PK!I4"]);
  });
});
