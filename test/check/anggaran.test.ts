// Budget rules on generated workbooks: each with its mistake planted, and the clean fixture (base.test.ts) without.
import { describe, expect, it } from "vitest";
import { baseSheets, check, of, pct, sum, where, withCells, type Sheets } from "./fixture.js";

/** An Anggaran sheet of programs only (no hierarchy), for rules about single rows. */
function flatBudget(rows: (string | number | object | undefined)[][]): Sheets {
  const s = baseSheets();
  s["Anggaran"] = [["Kode", "Uraian", "Level", "Pagu Awal", "Pagu Perubahan", "Realisasi", "Persen"], ...(rows as never[][])];
  return s;
}

describe("jumlah/total", () => {
  it("finds a Jumlah row in Anggaran that is not the sum of its programs", async () => {
    const r = await check(withCells({ "Anggaran!E11": { value: 1_600_000, numFmt: "#,##0" } }));
    expect(where(r)).toEqual(["jumlah/total Anggaran!E11"]);
    const [f] = of(r, "jumlah/total");
    expect(f).toMatchObject({ severity: "error", sheet: "Anggaran", cell: "E11", range: "E2,E8", expected: "1500000", actual: "1600000" });
    expect(f!.message).toBe("Jumlah Pagu Awal Rp 1.600.000 ≠ jumlah 2 program Rp 1.500.000 (selisih Rp 100.000)");
  });

  it("finds a Jumlah row in PPKS and in Indikator Program", async () => {
    const s = withCells({ "PPKS!D4": { value: 20_100, numFmt: "#,##0" }, "PPKS!F4": pct(98.63) });
    s["Indikator Program"]!.push(["", "Jumlah", undefined, undefined, 106, 100]);
    const r = await check(s);
    expect(where(r)).toEqual(["jumlah/total PPKS!D4", "jumlah/total Indikator Program!F4"]);
    expect(of(r, "jumlah/total")[0]!.message).toBe("Jumlah Target 20.100 ≠ jumlah 2 baris 20.000 (selisih 100)");
    expect(of(r, "jumlah/total")[0]!.range).toBe("D2:D3");
    expect(of(r, "jumlah/total")[1]!.message).toContain("Jumlah Realisasi 100 ≠ jumlah 2 baris 101 (selisih 1)");
  });

  it("accepts a grand total after subtotals, and still checks each subtotal", async () => {
    const s = baseSheets();
    s["PPKS"] = [
      ["Kategori", "Target", "Realisasi"],
      ["A", 10, 7],
      ["B", 5, 3],
      ["Jumlah", 15, 10],
      ["C", 20, 20],
      ["Jumlah", 20, 21],
      ["Jumlah Total", 35, 30],
    ];
    // (rows without a Kode IKU are also reported as not printed: data/tidak-dicetak)
    expect(where(await check(s)).filter((w) => w.startsWith("jumlah/"))).toEqual(["jumlah/total PPKS!C6"]);
  });

  it("counts an empty cell among valued ones as 0 and skips a column whose rows are all empty", async () => {
    const s = baseSheets();
    s["PPKS"] = [
      ["Kategori", "Target", "Realisasi", "Catatan Angka"],
      ["A", 10, 7, undefined],
      ["B", undefined, 3, undefined],
      ["Jumlah", 10, 10, 5],
    ];
    expect(of(await check(s), "jumlah/total")).toEqual([]);
  });

  it("checks extra and year columns too, but not percentage columns (those are ratios of the row's totals)", async () => {
    const s = baseSheets();
    s["PPKS"] = [
      ["Kategori", "Realisasi", "Realisasi 2024", "Persentase Lain"],
      ["A", 7, 5, 70],
      ["B", 3, 5, 30],
      ["Jumlah", 10, 11, 50],
    ];
    expect(where(await check(s)).filter((w) => w.startsWith("jumlah"))).toEqual(["jumlah/total PPKS!C4"]);
  });
});

describe("anggaran/hierarki", () => {
  it("finds a kegiatan that is not the sum of its sub kegiatan", async () => {
    const r = await check(withCells({ "Anggaran!G4": 460_000, "Anggaran!H4": pct(92) }));
    expect(where(r)).toEqual(["anggaran/hierarki Anggaran!G3"]);
    const [f] = of(r, "anggaran/hierarki");
    expect(f).toMatchObject({ severity: "error", cell: "G3", range: "G4:G5", expected: "610000", actual: "600000" });
    expect(f!.message).toBe("Realisasi kegiatan 1.06.02.2.01 Rp 600.000 ≠ jumlah 2 sub kegiatan Rp 610.000 (selisih Rp 10.000)");
  });

  it("finds a program that is not the sum of its kegiatan, per column", async () => {
    const r = await check(withCells({ "Anggaran!E2": 1_100_000, "Anggaran!E11": sum("SUM(E2,E8)", 1_600_000) }));
    expect(where(r)).toEqual(["anggaran/hierarki Anggaran!E2"]);
    expect(of(r, "anggaran/hierarki")[0]!.message).toContain("Pagu Awal program 1.06.02 Rp 1.100.000 ≠ jumlah 2 kegiatan Rp 1.000.000");
    expect(of(r, "anggaran/hierarki")[0]!.range).toBe("E3,E6");
  });

  it("leaves a parent alone in a column where all its children are empty", async () => {
    const r = await check(withCells({ "Anggaran!E4": undefined, "Anggaran!E5": undefined }));
    expect(of(r, "anggaran/hierarki")).toEqual([]);
  });
});

describe("anggaran/kode-induk and anggaran/kode-ganda", () => {
  it("finds a sub kegiatan whose code does not extend its kegiatan's", async () => {
    const r = await check(withCells({ "Anggaran!A5": "1.06.03.2.01.0002" }));
    expect(where(r)).toEqual(["anggaran/kode-induk Anggaran!A5"]);
    expect(of(r, "anggaran/kode-induk")[0]!.message).toBe(
      "Kode 1.06.03.2.01.0002 (sub kegiatan) tidak diawali kode induknya 1.06.02.2.01 (kegiatan 1.06.02.2.01)",
    );
  });

  it("accepts codes written with ` - ` between their parts", async () => {
    const r = await check(withCells({ "Anggaran!A3": "1.06.02 - 2.01", "Anggaran!A4": "1.06.02 - 2.01.0001", "Anggaran!A5": "1.06.02.2.01.0002" }));
    expect(of(r, "anggaran/kode-induk")).toEqual([]);
  });

  it("finds a code used twice, at its second use", async () => {
    const r = await check(withCells({ "Anggaran!A5": "1.06.02.2.01.0001" }));
    expect(where(r)).toEqual(["anggaran/kode-ganda Anggaran!A5"]);
    expect(of(r, "anggaran/kode-ganda")[0]).toMatchObject({ severity: "error", range: "A4" });
    expect(of(r, "anggaran/kode-ganda")[0]!.message).toContain("Kode 1.06.02.2.01.0001 sudah dipakai di A4");
  });
});

describe("anggaran/serapan", () => {
  it("finds a stated Persen that is not realisasi / pagu perubahan", async () => {
    const r = await check(withCells({ "Anggaran!H4": pct(91) }));
    expect(where(r)).toEqual(["anggaran/serapan Anggaran!H4"]);
    expect(of(r, "anggaran/serapan")[0]!.message).toBe(
      "Persen sub kegiatan 1.06.02.2.01.0001 91,00% ≠ realisasi Rp 450.000 / pagu perubahan Rp 500.000 × 100 = 90,00% (selisih 1,00 poin persen)",
    );
  });

  it("checks the Jumlah row's Persen against its own total realisasi and total pagu", async () => {
    const r = await check(withCells({ "Anggaran!H11": pct(75) }));
    expect(where(r)).toEqual(["anggaran/serapan Anggaran!H11"]);
    expect(of(r, "anggaran/serapan")[0]!.message).toContain("Rp 1.250.000 / pagu perubahan Rp 1.700.000 × 100 = 73,53%");
  });

  it("uses pagu awal when there is no pagu perubahan", async () => {
    const r = await check(flatBudget([["1.06.02", "Program", "program", 1_000_000, undefined, 800_000, 80]]));
    expect(of(r, "anggaran/serapan")).toEqual([]);
  });

  it("tells a truncated percentage (97 % for 97,62 %) from a wrong one", async () => {
    const row = (persen: object) => flatBudget([["1.06.02", "Program", "program", undefined, 1_000_000, 976_200, persen]]);
    expect(where(await check(row({ value: 98, numFmt: "0" })))).toEqual([]);
    const truncated = await check(row({ value: 97, numFmt: "0" }));
    expect(where(truncated)).toEqual(["angka/pembulatan Anggaran!G2"]);
    expect(truncated.findings[0]).toMatchObject({ severity: "info", expected: "98", actual: "97" });
    expect(truncated.findings[0]!.message).toBe(
      "Persen program 1.06.02 97% ≈ realisasi Rp 976.200 / pagu perubahan Rp 1.000.000 × 100 = 97,62%: angkanya dipotong, bukan dibulatkan (dibulatkan dengan benar: 98%)",
    );
    expect(where(await check(row({ value: 96, numFmt: "0" })))).toEqual(["anggaran/serapan Anggaran!G2"]);
    // a percentage cell formatted 0.00% holds the fraction
    expect(where(await check(row({ value: 0.9762, numFmt: "0.00%" })))).toEqual([]);
    // rupiah are exact, so 97,61% is no rounding of 976.200 / 1.000.000 × 100 = 97,62%: an error (docs/checks.md "Toleransi")
    expect(where(await check(row({ value: 0.9761, numFmt: "0.00%" })))).toEqual(["anggaran/serapan Anggaran!G2"]);
  });

  it("does not judge a percentage over a zero or empty pagu (info, never an error)", async () => {
    const r = await check(flatBudget([["1.06.02", "Program", "program", undefined, 0, 0, 0]]));
    expect(where(r)).toEqual(["angka/penyebut-nol Anggaran!G2"]);
    expect(r.findings[0]).toMatchObject({ severity: "info" });
    expect(r.findings[0]!.message).toBe("Persen program 1.06.02 0% tidak dapat diperiksa: Pagu Perubahan bernilai nol atau kosong");
  });
});

describe("anggaran/melebihi-pagu and angka/negatif", () => {
  it("warns about realisasi above pagu", async () => {
    const r = await check(flatBudget([["1.06.02", "Program", "program", 1_000_000, 1_000_000, 1_250_000, 125]]));
    expect(where(r)).toEqual(["anggaran/melebihi-pagu Anggaran!F2"]);
    expect(r.findings[0]).toMatchObject({ severity: "warning", expected: "1000000", actual: "1250000" });
    expect(r.findings[0]!.message).toBe(
      "Realisasi program 1.06.02 Rp 1.250.000 melebihi pagu perubahan Rp 1.000.000 (lebih Rp 250.000; serapan 125,00%)",
    );
  });

  it("warns about negative amounts and counts", async () => {
    const s = flatBudget([["1.06.02", "Program", "program", -5_000, 1_000_000, 500_000, 50]]);
    s["PPKS"]![2]![4] = -3;
    s["PPKS"]![2]![5] = pct(-0.03);
    const r = await check(s);
    expect(where(r).filter((w) => w.startsWith("angka/negatif"))).toEqual(["angka/negatif Anggaran!D2", "angka/negatif PPKS!E3"]);
    expect(of(r, "angka/negatif")[0]!.message).toBe("Pagu Awal program 1.06.02 bernilai negatif (-Rp 5.000); jumlah uang dan jumlah orang tidak boleh negatif");
  });
});

describe("an added Sisa Anggaran column (anggaran/sisa, anggaran/hierarki)", () => {
  /** The fixture with a ninth column, Sisa Anggaran = pagu perubahan − realisasi, on every row and the Jumlah row. */
  const withSisa = (plant: Record<number, number> = {}, header = "Sisa Anggaran"): Sheets => {
    const s = baseSheets();
    s["Anggaran"] = s["Anggaran"]!.map((row, i) => {
      if (i === 0) return [...row, header];
      const value = (v: unknown) => (typeof v === "object" && v !== null ? ((v as { value: unknown }).value as number) : (v as number));
      const isTotal = row[1] === "Jumlah";
      const pagu = isTotal ? 1_700_000 : value(row[5]);
      const realisasi = isTotal ? 1_250_000 : value(row[6]);
      return [...row, { value: plant[i + 1] ?? pagu - realisasi, numFmt: "#,##0" }];
    });
    return s;
  };

  /** Findings other than the reader's note that the column is not one of the contract's (`baca/kolom-lain`). */
  const checked = (r: Awaited<ReturnType<typeof check>>) => where(r).filter((w) => !w.startsWith("baca/kolom-lain"));

  it("is clean when every Sisa is pagu − realisasi, and accepts the other sign (realisasi − pagu) in a Selisih column", async () => {
    expect(checked(await check(withSisa()))).toEqual([]);
    const negated = withSisa({}, "Selisih");
    negated["Anggaran"] = negated["Anggaran"]!.map((row, i) =>
      i === 0 ? row : [...row.slice(0, -1), { value: -((row.at(-1) as { value: number }).value), numFmt: "#,##0" }],
    );
    expect(checked(await check(negated))).toEqual([]);
  });

  it("points at a wrong sub kegiatan Sisa itself, and at the kegiatan whose Sisa its children no longer add up to", async () => {
    const r = await check(withSisa({ 4: 60_000 }));
    expect(checked(r)).toEqual(["anggaran/hierarki Anggaran!I3", "anggaran/sisa Anggaran!I4"]);
    expect(of(r, "anggaran/sisa")[0]!.message).toBe(
      "Sisa Anggaran sub kegiatan 1.06.02.2.01.0001 Rp 60.000 ≠ pagu Rp 500.000 − realisasi Rp 450.000 = Rp 50.000 (selisih Rp 10.000)",
    );
  });

  it("points at a wrong program Sisa (not only at the Jumlah row that adds it up)", async () => {
    const r = await check(withSisa({ 2: 250_000 }));
    expect(checked(r)).toEqual(["anggaran/hierarki Anggaran!I2", "anggaran/sisa Anggaran!I2", "jumlah/total Anggaran!I11"]);
  });
});
