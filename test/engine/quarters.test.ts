import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { annualFromQuarters, computeLkip, defaultAggregation } from "../../src/engine/index.js";
import { fixed, letter, model, num, pkRow, profil, range } from "./factories.js";

describe("annualFromQuarters", () => {
  const tw = ["120", "150", undefined, "130"];
  it("jumlah sums the quarters with a value", () => {
    expect(annualFromQuarters(tw, "jumlah")!.toString()).toBe("400");
  });
  it("terakhir takes the last quarter with a value", () => {
    expect(annualFromQuarters(tw, "terakhir")!.toString()).toBe("130");
    expect(annualFromQuarters(["10", "12", undefined, undefined], "terakhir")!.toString()).toBe("12");
  });
  it("rata-rata averages the quarters with a value (blank quarters are not zeros)", () => {
    expect(annualFromQuarters(tw, "rata-rata")!.toString()).toBe("133.33333333333333333");
    expect(annualFromQuarters([new Decimal("80.5"), "81.5"], "rata-rata")!.toString()).toBe("81");
  });
  it("no quarter, no value", () => {
    expect(annualFromQuarters([undefined, undefined], "jumlah")).toBeUndefined();
    expect(annualFromQuarters([], "terakhir")).toBeUndefined();
  });
});

describe("defaultAggregation", () => {
  it.each([
    ["orang", "jumlah"],
    ["KK", "jumlah"],
    [undefined, "jumlah"],
    ["%", "terakhir"],
    ["persen", "terakhir"],
    ["Indeks", "terakhir"],
    ["nilai", "terakhir"],
    ["skor", "terakhir"],
    ["predikat", "terakhir"],
  ])("%s → %s", (satuan, agg) => expect(defaultAggregation(satuan)).toBe(agg));
});

describe("quarterly realisasi in an indicator", () => {
  const tw = (vals: (string | undefined)[]) => vals.map((v, i) => (v === undefined ? undefined : num(v, `PK!${"HIJK"[i]}7`)));

  it("a count without a Realisasi cell: summed, capaian from the sum", () => {
    const m = model({
      profil: profil({ tahun: 2025 }),
      pk: [pkRow({ indikator: "Jumlah PPKS dilayani", satuan: "orang", target: num("500"), triwulan: tw(["100", "150", "120", "130"]) })],
    });
    const [i] = computeLkip(m).indikator;
    expect(i!.realisasiFrom).toBe("triwulan");
    expect(i!.realisasi!.toString()).toBe("500");
    expect(i!.triwulan).toMatchObject({ agregasi: "jumlah", agregasiBawaan: true });
    expect(i!.realisasiSource).toEqual({ sheet: "PK", cell: "K7" });
    expect(i!.realisasiCells).toHaveLength(4);
    expect(i!.capaian!.toString()).toBe("100");
  });

  it("a percentage defaults to the last quarter", () => {
    const m = model({
      profil: profil({ tahun: 2025 }),
      pk: [pkRow({ satuan: "%", target: num("12"), triwulan: tw(["3.1", "7.5", "11.2", "15.82"]) })],
    });
    const [i] = computeLkip(m).indikator;
    expect(i!.realisasi!.toString()).toBe("15.82");
    expect(i!.triwulan!.agregasi).toBe("terakhir");
  });

  it("the row's agregasi wins: rata-rata on an index", () => {
    const m = model({
      profil: profil({ tahun: 2025 }),
      pk: [pkRow({ satuan: "indeks", agregasi: "rata-rata", target: num("80"), triwulan: tw(["78", "80", "82", "84"]) })],
    });
    const [i] = computeLkip(m).indikator;
    expect(i!.realisasi!.toString()).toBe("81");
    expect(i!.triwulan).toMatchObject({ agregasi: "rata-rata", agregasiBawaan: false });
    expect(fixed(i!.capaian)).toBe("101.25");
  });

  it("the Realisasi cell wins over the quarters; the quarterly figure is exposed for reconciliation", () => {
    const m = model({
      profil: profil({ tahun: 2025 }),
      pk: [pkRow({ satuan: "orang", target: num("500"), realisasi: num("520", "PK!G7"), triwulan: tw(["100", "150", "120", "130"]) })],
    });
    const [i] = computeLkip(m).indikator;
    expect(i!.realisasiFrom).toBe("realisasi");
    expect(i!.realisasi!.toString()).toBe("520");
    expect(i!.realisasiSource).toEqual({ sheet: "PK", cell: "G7" });
    expect(i!.realisasiTriwulan!.toString()).toBe("500");
  });

  it("letters carry the last quarter; letters cannot be summed", () => {
    const last = computeLkip(
      model({
        profil: profil({ tahun: 2025 }),
        pk: [pkRow({ satuan: "predikat", target: letter("BB"), triwulan: [undefined, letter("B"), undefined, letter("BB")] })],
      }),
    ).indikator[0]!;
    expect(last.realisasi).toEqual({ letter: "BB" });
    expect(last.capaian!.toString()).toBe("100");

    const summed = computeLkip(
      model({
        profil: profil({ tahun: 2025 }),
        pk: [pkRow({ satuan: "predikat", agregasi: "jumlah", target: letter("BB"), triwulan: [letter("B"), letter("BB")] })],
      }),
    ).indikator[0]!;
    expect(summed.status).toBe("tidak-terbandingkan");
    expect(summed.realisasiTriwulan).toBeUndefined();
  });

  it("a range among the quarters makes the quarters not comparable", () => {
    const i = computeLkip(
      model({ profil: profil({ tahun: 2025 }), pk: [pkRow({ satuan: "orang", target: num("5"), triwulan: [num("1"), range("1", "2")] })] }),
    ).indikator[0]!;
    expect(i.status).toBe("tidak-terbandingkan");
  });
});
