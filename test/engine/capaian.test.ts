import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import {
  capaianNegative,
  capaianOrdinal,
  capaianPositive,
  capaianRange,
  measureCapaian,
  MUTU,
  ordinalScaleFor,
  PREDIKAT_AKIP,
} from "../../src/engine/index.js";
import { fixed, letter, num, range } from "./factories.js";

describe("capaian formulas", () => {
  it("positive polarity: Gowa 653 against 580 → 112,59 %", () => {
    expect(fixed(capaianPositive(653, 580))).toBe("112.59");
  });

  it("positive polarity: Bekasi 19.825 / 125.326 against 12 % → 131,82 % (exact ratio, not the printed 15,82)", () => {
    const realisasi = new Decimal(19825).dividedBy(125326).times(100);
    expect(fixed(realisasi)).toBe("15.82");
    const c = capaianPositive(realisasi, 12)!;
    expect(fixed(c)).toBe("131.82");
    expect(c.toString().startsWith("131.82")).toBe(true);
  });

  it("positive polarity: 581 / 16.013 against 3,25 % → 111,64 % (the rounded 3,63 would give 111,69)", () => {
    const realisasi = new Decimal(581).dividedBy(16013).times(100);
    expect(fixed(realisasi)).toBe("3.63");
    expect(fixed(capaianPositive(realisasi, "3.25"))).toBe("111.64");
    expect(fixed(capaianPositive("3.63", "3.25"))).toBe("111.69");
  });

  it("negative polarity: (2 × target − realisasi) / target × 100", () => {
    // poverty rate target 10 %, realised 8 % (better) → 120 %; realised 12 % (worse) → 80 %
    expect(capaianNegative(8, 10)!.toString()).toBe("120");
    expect(capaianNegative(12, 10)!.toString()).toBe("80");
    expect(capaianNegative(10, 10)!.toString()).toBe("100");
    // beyond twice the target the formula goes below zero, and is kept as computed
    expect(capaianNegative(25, 10)!.toString()).toBe("-50");
  });

  it("a zero target gives no capaian (never a division error)", () => {
    expect(capaianPositive(5, 0)).toBeUndefined();
    expect(capaianNegative(5, 0)).toBeUndefined();
  });
});

describe("range targets", () => {
  it("inside the range (bounds included) is 100 %", () => {
    for (const r of ["4.25", "4.27", "4.30"]) expect(capaianRange(r, "4.25", "4.30", "positif")!.toString()).toBe("100");
    expect(capaianRange("4.27", "4.30", "4.25", "negatif")!.toString()).toBe("100"); // bounds in either order
  });

  it("positive polarity: below measured from lo, above from hi", () => {
    expect(fixed(capaianRange("4.00", "4.25", "4.30", "positif"))).toBe("94.12"); // 4 / 4,25
    expect(fixed(capaianRange("4.50", "4.25", "4.30", "positif"))).toBe("104.65"); // 4,5 / 4,3
  });

  it("negative polarity mirrors: above hi is under 100, below lo over 100", () => {
    expect(fixed(capaianRange("4.50", "4.25", "4.30", "negatif"))).toBe("95.35"); // (8,6 − 4,5) / 4,3
    expect(fixed(capaianRange("4.00", "4.25", "4.30", "negatif"))).toBe("105.88"); // (8,5 − 4) / 4,25
  });

  it("a range x–x measures like the single target x", () => {
    expect(capaianRange(7, 5, 5, "positif")!.equals(capaianPositive(7, 5)!)).toBe(true);
    expect(capaianRange(7, 5, 5, "negatif")!.equals(capaianNegative(7, 5)!)).toBe(true);
  });
});

describe("ordinal (qualitative) targets", () => {
  it("predikat BB against target BB is 100 %, exceeding is still 100 %", () => {
    expect(capaianOrdinal("BB", "BB")!.toString()).toBe("100");
    expect(capaianOrdinal("A", "BB")!.toString()).toBe("100");
    expect(capaianOrdinal("AA", "BB")!.toString()).toBe("100");
  });

  it("below target: (rank(realisasi) + 1) / (rank(target) + 1) × 100", () => {
    expect(capaianOrdinal("B", "BB")!.toString()).toBe("80"); // 4/5
    expect(capaianOrdinal("CC", "BB")!.toString()).toBe("60"); // 3/5
    expect(capaianOrdinal("D", "BB")!.toString()).toBe("20"); // 1/5
    expect(fixed(capaianOrdinal("BB", "AA"))).toBe("71.43"); // 5/7
  });

  it("mutu scale A > B > C > D when no double letter is present", () => {
    expect(ordinalScaleFor(["B", "A"])).toBe(MUTU);
    expect(capaianOrdinal("B", "A")!.toString()).toBe("75"); // 3/4 on mutu
    expect(ordinalScaleFor(["B", "BB"])).toBe(PREDIKAT_AKIP);
    // satuan "predikat" puts single letters on the AKIP scale: B (3) against A (5) = 4/6
    expect(ordinalScaleFor(["B", "A"], "Predikat")).toBe(PREDIKAT_AKIP);
    expect(fixed(capaianOrdinal("B", "A", PREDIKAT_AKIP))).toBe("66.67");
  });

  it("letters are case-insensitive; unknown letters are not comparable", () => {
    expect(capaianOrdinal("bb", "BB")!.toString()).toBe("100");
    expect(capaianOrdinal("E", "B")).toBeUndefined();
  });
});

describe("measureCapaian: explicit states", () => {
  it("ok with the polarity's method", () => {
    expect(measureCapaian(num("580"), num("653"), "positif")).toMatchObject({ status: "ok", metode: "positif" });
    expect(measureCapaian(num("10"), num("8"), "negatif")).toMatchObject({ status: "ok", metode: "negatif" });
    expect(measureCapaian(range("4.25", "4.3"), new Decimal("4.26"), "positif")).toMatchObject({ status: "ok", metode: "rentang" });
    expect(measureCapaian(letter("BB"), letter("B"), "positif")).toMatchObject({ status: "ok", metode: "ordinal" });
  });

  it("target zero, missing target, missing realisasi", () => {
    expect(measureCapaian(num("0"), num("5"), "positif")).toEqual({ status: "target-nol" });
    expect(measureCapaian(num("0"), num("0"), "negatif")).toEqual({ status: "target-nol" });
    expect(measureCapaian(undefined, num("5"), "positif")).toEqual({ status: "tanpa-target" });
    expect(measureCapaian(undefined, undefined, "positif")).toEqual({ status: "tanpa-target" });
    expect(measureCapaian(num("5"), undefined, "positif")).toEqual({ status: "tanpa-realisasi" });
  });

  it("a range with a zero bound is target-nol only when measured from that bound", () => {
    expect(measureCapaian(range("0", "5"), num("3"), "negatif")).toMatchObject({ status: "ok" });
    expect(measureCapaian(range("0", "5"), num("-1"), "negatif")).toEqual({ status: "target-nol" });
  });

  it("letters against numbers, ranges as realisasi are not comparable", () => {
    expect(measureCapaian(letter("BB"), num("3"), "positif")).toEqual({ status: "tidak-terbandingkan" });
    expect(measureCapaian(num("3"), letter("BB"), "positif")).toEqual({ status: "tidak-terbandingkan" });
    expect(measureCapaian(num("3"), range("1", "2"), "positif")).toEqual({ status: "tidak-terbandingkan" });
    expect(measureCapaian(letter("B"), letter("X"), "positif")).toEqual({ status: "tidak-terbandingkan" });
  });
});
