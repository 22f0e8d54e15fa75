// PPKS and Indikator Program: the breakdown against its indicator, unknown codes, stated capaian.
import { describe, expect, it } from "vitest";
import { baseSheets, check, of, pct, sum, where, withCells } from "./fixture.js";

describe("ppks/pembilang", () => {
  it("finds PPKS rows that do not add up to their indicator's Pembilang; the finding sits on the PK cell", async () => {
    const r = await check(withCells({ "PPKS!E2": 9_800, "PPKS!F2": pct(98), "PPKS!E4": sum("SUM(E2:E3)", 19_800), "PPKS!F4": pct(99) }));
    expect(where(r)).toEqual(["ppks/pembilang PK!G2"]);
    expect(r.findings[0]).toMatchObject({ severity: "error", range: "PPKS!E2:E3", expected: "19800", actual: "19825" });
    expect(r.findings[0]!.message).toBe("Pembilang indikator IKU-1 19.825 ≠ jumlah Realisasi 2 baris PPKS berkode IKU-1 19.800 (selisih 25)");
  });

  it("compares with the Realisasi of an indicator whose satuan is a count, not with a percentage", async () => {
    const s = baseSheets();
    s["PPKS"] = [
      ["Kategori", "Kode IKU", "Realisasi"],
      ["Keluarga penerima BLT APBD", "IKU-3", 600],
      ["Keluarga penerima BLT DBHCHT", undefined, 340],
      ["Penduduk miskin terdata", "IKU-2", 4],
    ];
    const r = await check(s);
    expect(where(r)).toEqual(["ppks/pembilang PK!F4"]);
    expect(r.findings[0]!.message).toContain("Realisasi indikator IKU-3 950 ≠ jumlah Realisasi 2 baris PPKS berkode IKU-3 940");
  });
});

describe("ppks/kode-tidak-dikenal", () => {
  it("warns about a Kode IKU that names no PK indicator", async () => {
    const s = baseSheets();
    s["PPKS"]!.push(["Korban bencana", "IKU-9", "jiwa", 10, 10, pct(100)]);
    const r = await check(s);
    // the rows are left out of the report too, which is said as information
    expect(where(r)).toEqual(["data/tidak-dicetak PPKS!A5", "ppks/kode-tidak-dikenal PPKS!B5"]);
    expect(r.findings[1]!.message).toContain('Kode IKU "IKU-9" pada PPKS tidak cocok');
  });
});

describe("ppks/capaian", () => {
  it("finds a stated capaian that is not realisasi / target, in a row and in the Jumlah row", async () => {
    const r = await check(withCells({ "PPKS!F2": pct(98.52), "PPKS!F4": pct(99.31) }));
    expect(where(r)).toEqual(["ppks/capaian PPKS!F2", "ppks/capaian PPKS!F4"]);
    expect(r.findings[0]!.message).toBe('Capaian "Anak terlantar" 98,52% ≠ realisasi 9.825 / target 10.000 × 100 = 98,25% (selisih 0,27 poin persen)');
    expect(r.findings[1]!.message).toContain("Capaian baris Jumlah 99,31% ≠ realisasi 19.825 / target 20.000 × 100 = 99,13%");
  });

  it("cannot check a capaian over a zero target (info)", async () => {
    const r = await check(withCells({ "PPKS!D3": 0, "PPKS!D4": sum("SUM(D2:D3)", 10_000), "PPKS!F4": pct(198.25) }));
    expect(where(r)).toEqual(["angka/penyebut-nol PPKS!F3"]);
  });
});

describe("indikator-program/capaian", () => {
  it("finds a stated capaian of an output indicator that is not realisasi / target", async () => {
    const r = await check(withCells({ "'Indikator Program'!G2": pct(96) }));
    expect(where(r)).toEqual(["indikator-program/capaian Indikator Program!G2"]);
    expect(r.findings[0]!.message).toBe(
      'Capaian indikator program "Persentase lansia terlayani" 96,00% ≠ realisasi 95 / target 100 × 100 = 95,00% (selisih 1,00 poin persen)',
    );
  });

  it("cannot check a capaian over a zero target (info)", async () => {
    const r = await check(withCells({ "'Indikator Program'!E3": 0 }));
    expect(where(r)).toEqual(["angka/penyebut-nol Indikator Program!G3"]);
  });

  it("checks the Jumlah row's capaian against its own totals", async () => {
    const s = baseSheets();
    s["Indikator Program"]!.push([undefined, "Jumlah", undefined, undefined, 106, 101, pct(95)]);
    const r = await check(s);
    expect(of(r, "indikator-program/capaian").map((f) => f.cell)).toEqual(["G4"]);
    expect(of(r, "indikator-program/capaian")[0]!.message).toContain("realisasi 101 / target 106 × 100 = 95,28%");
  });
});
