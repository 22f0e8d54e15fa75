// Formula rules: a total's SUM range, stale cached results, text numbers inside a SUM.
import { describe, expect, it } from "vitest";
import { sumCells } from "../../src/check/formula.js";
import { baseSheets, check, of, pct, sum, where, withCells } from "./fixture.js";

describe("sumCells: which cells a plain-sum formula adds", () => {
  it("reads SUM ranges, lists, `+` chains and absolute references on the same sheet", () => {
    const cells = (f: string) => sumCells(f, "Anggaran")?.map((c) => `${c.col}:${c.row}`);
    expect(cells("SUM(F5:F7)")).toEqual(["6:5", "6:6", "6:7"]);
    expect(cells("=SUM(E2,E11;$E$16)")).toEqual(["5:2", "5:11", "5:16"]);
    expect(cells("F3+F6 + F8")).toEqual(["6:3", "6:6", "6:8"]);
    expect(cells("SUM(F2:F3)+Anggaran!F9")).toEqual(["6:2", "6:3", "6:9"]);
  });

  it("leaves alone what is not a plain sum of this sheet's cells", () => {
    expect(sumCells("SUM(PPKS!G2:G10)", "Anggaran")).toBeUndefined();
    expect(sumCells("G2/F2*100", "Anggaran")).toBeUndefined();
    expect(sumCells("SUM(IF(F2>0,F2,0))", "Anggaran")).toBeUndefined();
    expect(sumCells("ROUND(SUM(F2:F3),0)", "Anggaran")).toBeUndefined();
  });
});

describe("rumus/rentang-jumlah", () => {
  it("finds a total's SUM that leaves out a row, even when its cached value agrees", async () => {
    // the cached result is the right total, but the range leaves out program row 8
    const r = await check(withCells({ "Anggaran!F11": sum("SUM(F2)", 1_700_000) }));
    const [f] = of(r, "rumus/rentang-jumlah");
    expect(f).toMatchObject({ severity: "error", sheet: "Anggaran", cell: "F11", range: "F2,F8" });
    expect(f!.message).toBe(
      "Rumus =SUM(F2) tidak mencakup baris 8 (program 1.06.05) yang termasuk baris Jumlah; nilai tersimpannya kebetulan sama " +
        "dengan jumlah yang benar, tetapi akan salah bila angkanya berubah",
    );
    // the cache cannot be the sum of F2 alone: stale too
    expect(where(r)).toEqual(["rumus/rentang-jumlah Anggaran!F11", "rumus/usang Anggaran!F11"]);
  });

  it("finds a PPKS total whose range stops one row short (=SUM(E2:E2) above rows 2–3)", async () => {
    const r = await check(withCells({ "PPKS!E4": sum("SUM(E2:E2)", 9_825), "PPKS!F4": pct(49.13) }));
    expect(where(r)).toEqual(["jumlah/total PPKS!E4", "rumus/rentang-jumlah PPKS!E4"]);
    expect(of(r, "rumus/rentang-jumlah")[0]!.message).toBe("Rumus =SUM(E2:E2) tidak mencakup baris 3 yang termasuk baris Jumlah");
  });

  it("names rows a total adds that are not its own (kegiatan inside a program total)", async () => {
    const r = await check(withCells({ "Anggaran!G11": sum("SUM(G2:G10)", 1_250_000) }));
    const [f] = of(r, "rumus/rentang-jumlah");
    expect(f!.message).toContain("=SUM(G2:G10) pada baris Jumlah mencakup pula baris 3 (kegiatan 1.06.02.2.01), 4 (sub kegiatan");
    expect(f!.message).toContain("dan 2 baris lain");
  });

  it("accepts a total summed from every sub kegiatan, and a budget parent whose formula covers its children", async () => {
    const r = await check(
      withCells({
        "Anggaran!F11": sum("SUM(F4,F5,F7,F10)", 1_700_000),
        "Anggaran!F3": sum("SUM(F4:F5)", 700_000),
      }),
    );
    expect(r.findings).toEqual([]);
  });

  it("checks a budget parent's formula against its children", async () => {
    const r = await check(withCells({ "Anggaran!F3": sum("SUM(F4)", 700_000) }));
    expect(where(r)).toEqual(["rumus/rentang-jumlah Anggaran!F3", "rumus/usang Anggaran!F3"]);
    expect(of(r, "rumus/rentang-jumlah")[0]!.message).toContain("tidak mencakup baris 5 (sub kegiatan 1.06.02.2.01.0002) yang termasuk kegiatan 1.06.02.2.01");
  });
});

describe("rumus/usang", () => {
  it("finds a SUM whose cached result is not the sum of its cells (saved without recalculation)", async () => {
    const r = await check(withCells({ "PPKS!E4": sum("SUM(E2:E3)", 19_800), "PPKS!F4": pct(99) }));
    expect(where(r)).toEqual(["jumlah/total PPKS!E4", "rumus/usang PPKS!E4"]);
    expect(of(r, "rumus/usang")[0]).toMatchObject({ severity: "error", range: "E2:E3", expected: "19825", actual: "19800" });
    expect(of(r, "rumus/usang")[0]!.message).toBe(
      "Rumus =SUM(E2:E3) menyimpan 19.800, padahal E2:E3 berjumlah 19.825 (selisih 25): workbook disimpan tanpa dihitung ulang; " +
        "buka di Excel, hitung ulang, lalu simpan",
    );
  });

  it("shows money as rupiah and ignores binary floating-point noise in a cached result", async () => {
    const s = baseSheets();
    s["PPKS"] = [
      ["Kategori", "Realisasi"],
      ["A", 0.1],
      ["B", 0.2],
      ["Jumlah", sum("SUM(B2:B3)", 0.30000000000000004)],
    ];
    expect(of(await check(s), "rumus/usang")).toEqual([]);
    const stale = await check(withCells({ "Anggaran!E11": sum("SUM(E2,E8)", 1_250_000) }));
    expect(of(stale, "rumus/usang")[0]!.message).toContain("menyimpan Rp 1.250.000, padahal E2,E8 berjumlah Rp 1.500.000 (selisih Rp 250.000)");
  });

  it("does not judge a SUM over cells the model does not read", async () => {
    const s = withCells({ "PPKS!H2": 5, "PPKS!E4": sum("SUM(E2:E3,H2)", 19_830) });
    expect(of(await check(s), "rumus/usang")).toEqual([]);
  });
});

describe("rumus/teks-dalam-sum", () => {
  it("warns about text numbers inside a SUM's range, whose result Excel will change", async () => {
    // the workbook means 19.825 (text included); Excel, recalculating, leaves the text "10000" out
    const r = await check(withCells({ "PPKS!E3": "10000" }));
    expect(where(r)).toEqual(["rumus/teks-dalam-sum PPKS!E4"]);
    const [f] = of(r, "rumus/teks-dalam-sum");
    expect(f).toMatchObject({ severity: "warning", range: "E3" });
    expect(f!.message).toContain("=SUM(E2:E3) menjumlahkan angka yang ditulis sebagai teks (E3)");
    expect(f!.message).toContain("berubah dari 19.825 menjadi 9.825");
  });

  it("does not call a SUM stale when Excel already left the text out", async () => {
    const r = await check(withCells({ "PPKS!E3": "10000", "PPKS!E4": sum("SUM(E2:E3)", 9_825), "PPKS!F4": pct(49.13) }));
    expect(of(r, "rumus/usang")).toEqual([]);
    expect(of(r, "rumus/teks-dalam-sum")).toHaveLength(1);
    // the stated total (9.825) is not the sum the workbook means (19.825)
    expect(of(r, "jumlah/total")).toHaveLength(1);
  });
});
