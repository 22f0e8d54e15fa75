// Ratio indicators take their multiplier from the Satuan, else the IKU Formula, else × 100: a maternal mortality rate
// of 9 deaths in 8.400 live births is 107,14 per 100.000, not 0,11.
import type { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { computeLkip, defaultAggregation, ratioMultiplier } from "../../src/engine/index.js";
import { fixed, ikuRow, model, num, pkRow, profil } from "./factories.js";

describe("ratioMultiplier", () => {
  it.each([
    ["per 100.000 kelahiran hidup", undefined, "100000", "satuan"],
    ["per 1.000 kelahiran hidup", undefined, "1000", "satuan"],
    ["kasus per 100 000 penduduk", undefined, "100000", "satuan"],
    ["per 1000 KH", undefined, "1000", "satuan"],
    ["per seratus ribu penduduk", undefined, "100000", "satuan"],
    ["‰", undefined, "1000", "satuan"],
    ["permil", undefined, "1000", "satuan"],
    ["%", "Jumlah kematian bayi / jumlah kelahiran hidup × 1.000", "100", "satuan"],
    ["persen", undefined, "100", "satuan"],
    ["indeks", undefined, "1", "satuan"],
    ["kasus", "Jumlah kasus baru TB / jumlah penduduk × 100.000", "100000", "formula"],
    ["", "Jumlah kematian ibu per 100.000 kelahiran hidup", "100000", "formula"],
    [undefined, "(Jumlah kematian bayi / jumlah kelahiran hidup) x 1000", "1000", "formula"],
    ["orang", "Jumlah orang terlayani / jumlah sasaran * 100", "100", "formula"],
    ["orang per tahun", undefined, "100", "bawaan"],
    [undefined, "Jumlah desa ODF / jumlah desa", "100", "bawaan"],
    ["dokumen", undefined, "100", "bawaan"],
  ] as const)("Satuan %j, Formula %j → × %s (%s)", (satuan, formula, faktor, dari) => {
    const m = ratioMultiplier(satuan, formula);
    expect(m.faktor.toString()).toBe(faktor);
    expect(m.dari).toBe(dari);
  });

  it("treats a rate like a percentage when quarters are combined: the last quarter, not the sum", () => {
    expect(defaultAggregation("per 1.000 kelahiran hidup")).toBe("terakhir");
    expect(defaultAggregation("kasus")).toBe("jumlah");
  });
});

const AKI = "Angka kematian ibu";

function aki(satuan: string | undefined, formula?: string) {
  return model({
    profil: profil({ tahun: 2025 }),
    iku: [
      ikuRow({
        kode: "IKU-1",
        indikator: AKI,
        ...(satuan !== undefined ? { satuan } : {}),
        ...(formula !== undefined ? { formula } : {}),
        polaritas: "negatif",
        targets: { 2025: num("100") },
      }),
    ],
    pk: [pkRow({ kode: "IKU-1", indikator: AKI, target: num("100", "PK!F2"), pembilang: num("9", "PK!H2"), penyebut: num("8400", "PK!I2") })],
  });
}

describe("a rate per 100.000 measured from Pembilang and Penyebut", () => {
  it("reads 9 deaths in 8.400 births as 107,14 per 100.000 and scores it against the target 100 with negative polarity", () => {
    const i = computeLkip(aki("per 100.000 kelahiran hidup")).indikator[0]!;
    expect(fixed(i.realisasi as Decimal)).toBe("107.14");
    expect(i.rasio!.pengali.toString()).toBe("100000");
    expect(i.rasio!.pengaliDari).toBe("satuan");
    // (2 × 100 − 107,14) / 100 × 100
    expect(fixed(i.capaian)).toBe("92.86");
    expect(i.tercapai).toBe(false);
    expect(i.kategori).toBe("sangat tinggi");
    // the target as a count of deaths: 100 per 100.000 of 8.400 births
    expect(i.targetJumlah!.toString()).toBe("8.4");
  });

  it("takes the multiplier from the IKU Formula when the Satuan names none", () => {
    const i = computeLkip(aki("kasus", "Jumlah kematian ibu / jumlah kelahiran hidup × 100.000")).indikator[0]!;
    expect(fixed(i.realisasi as Decimal)).toBe("107.14");
    expect(i.rasio!.pengaliDari).toBe("formula");
  });

  it("without a multiplier anywhere keeps × 100, which is what the check warns about", () => {
    const i = computeLkip(aki(undefined)).indikator[0]!;
    expect(fixed(i.realisasi as Decimal)).toBe("0.11");
    expect(i.rasio!.pengaliDari).toBe("bawaan");
    // the wrong multiplier scores an excellent result: the reason the rule exists
    expect(fixed(i.capaian)).toBe("199.89");
  });

  it("an index ratio is taken × 1", () => {
    const c = computeLkip(
      model({ pk: [pkRow({ indikator: "Indeks keluarga sehat", satuan: "indeks", target: num("0.5"), pembilang: num("41"), penyebut: num("100") })] }),
    );
    expect(c.indikator[0]!.realisasi!.toString()).toBe("0.41");
    expect(fixed(c.indikator[0]!.capaian)).toBe("82.00");
  });
});
