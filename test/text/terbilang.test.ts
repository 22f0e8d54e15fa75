import { describe, it, expect } from "vitest";
import { Decimal } from "decimal.js";
import { capitalizeFirst, terbilang, terbilangRupiah } from "../../src/text/terbilang.js";

describe("terbilang", () => {
  it("reads the reference report amounts", () => {
    expect(terbilang(new Decimal("29226552145"))).toBe(
      "dua puluh sembilan miliar dua ratus dua puluh enam juta lima ratus lima puluh dua ribu seratus empat puluh lima",
    );
    expect(terbilang(new Decimal("25081142712"))).toBe(
      "dua puluh lima miliar delapan puluh satu juta seratus empat puluh dua ribu tujuh ratus dua belas",
    );
  });

  it("reads small numbers", () => {
    expect(terbilang(0)).toBe("nol");
    expect(terbilang(1)).toBe("satu");
    expect(terbilang(7)).toBe("tujuh");
    expect(terbilang(10)).toBe("sepuluh");
    expect(terbilang(11)).toBe("sebelas");
    expect(terbilang(12)).toBe("dua belas");
    expect(terbilang(19)).toBe("sembilan belas");
    expect(terbilang(20)).toBe("dua puluh");
    expect(terbilang(21)).toBe("dua puluh satu");
    expect(terbilang(99)).toBe("sembilan puluh sembilan");
  });

  it("reads hundreds", () => {
    expect(terbilang(100)).toBe("seratus");
    expect(terbilang(101)).toBe("seratus satu");
    expect(terbilang(110)).toBe("seratus sepuluh");
    expect(terbilang(111)).toBe("seratus sebelas");
    expect(terbilang(200)).toBe("dua ratus");
    expect(terbilang(999)).toBe("sembilan ratus sembilan puluh sembilan");
  });

  it("uses seribu only for a lone thousand", () => {
    expect(terbilang(1000)).toBe("seribu");
    expect(terbilang(1001)).toBe("seribu satu");
    expect(terbilang(1100)).toBe("seribu seratus");
    expect(terbilang(2000)).toBe("dua ribu");
    expect(terbilang(11000)).toBe("sebelas ribu");
    expect(terbilang(100000)).toBe("seratus ribu");
    expect(terbilang(201000)).toBe("dua ratus satu ribu");
    expect(terbilang(1000000)).toBe("satu juta");
    expect(terbilang(1001000)).toBe("satu juta seribu");
    expect(terbilang(1000001)).toBe("satu juta satu");
    expect(terbilang(125326)).toBe("seratus dua puluh lima ribu tiga ratus dua puluh enam");
  });

  it("reads miliar, triliun and kuadriliun", () => {
    expect(terbilang(1000000000)).toBe("satu miliar");
    expect(terbilang(2000000000000)).toBe("dua triliun");
    expect(terbilang("999000000000000")).toBe("sembilan ratus sembilan puluh sembilan triliun");
    expect(terbilang("1000000000000000")).toBe("satu kuadriliun");
    expect(terbilang("1000000000001000")).toBe("satu kuadriliun seribu");
    expect(terbilang("999999999999999999")).toBe(
      "sembilan ratus sembilan puluh sembilan kuadriliun sembilan ratus sembilan puluh sembilan triliun " +
        "sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta " +
        "sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan",
    );
  });

  it("rejects numbers beyond kuadriliun", () => {
    expect(() => terbilang("1000000000000000000")).toThrow(RangeError);
  });

  it("prefixes negative numbers with minus", () => {
    expect(terbilang(-1250)).toBe("minus seribu dua ratus lima puluh");
    expect(terbilang(new Decimal("-0"))).toBe("nol");
  });

  it("reads digits after the comma one by one", () => {
    expect(terbilang(new Decimal("15.82"))).toBe("lima belas koma delapan dua");
    expect(terbilang("0.5")).toBe("nol koma lima");
    expect(terbilang(new Decimal("131.05"))).toBe("seratus tiga puluh satu koma nol lima");
    expect(terbilang(new Decimal("12.50"))).toBe("dua belas koma lima");
    expect(terbilang(new Decimal("-0.25"))).toBe("minus nol koma dua lima");
  });
});

describe("terbilangRupiah", () => {
  it("appends rupiah", () => {
    expect(terbilangRupiah(new Decimal("29226552145"))).toBe(
      "dua puluh sembilan miliar dua ratus dua puluh enam juta lima ratus lima puluh dua ribu seratus empat puluh lima rupiah",
    );
    expect(terbilangRupiah(1000)).toBe("seribu rupiah");
    expect(terbilangRupiah(0)).toBe("nol rupiah");
  });

  it("reads cents as sen", () => {
    expect(terbilangRupiah(new Decimal("252398711.02"))).toBe(
      "dua ratus lima puluh dua juta tiga ratus sembilan puluh delapan ribu tujuh ratus sebelas rupiah dua sen",
    );
    expect(terbilangRupiah(new Decimal("10.50"))).toBe("sepuluh rupiah lima puluh sen");
    expect(terbilangRupiah(new Decimal("10.5"))).toBe("sepuluh rupiah lima puluh sen");
    expect(terbilangRupiah(new Decimal("0.11"))).toBe("sebelas sen");
    expect(terbilangRupiah(new Decimal("100.00"))).toBe("seratus rupiah");
  });

  it("rounds cents half-up to two digits", () => {
    expect(terbilangRupiah(new Decimal("1.005"))).toBe("satu rupiah satu sen");
    expect(terbilangRupiah(new Decimal("1.004"))).toBe("satu rupiah");
    expect(terbilangRupiah(new Decimal("1.995"))).toBe("dua rupiah");
  });

  it("prefixes negative amounts with minus", () => {
    expect(terbilangRupiah(-110139100)).toBe("minus seratus sepuluh juta seratus tiga puluh sembilan ribu seratus rupiah");
    expect(terbilangRupiah(new Decimal("-0.001"))).toBe("nol rupiah");
  });
});

describe("capitalizeFirst", () => {
  it("upper-cases the first letter only", () => {
    expect(capitalizeFirst(terbilang(29226552145))).toBe(
      "Dua puluh sembilan miliar dua ratus dua puluh enam juta lima ratus lima puluh dua ribu seratus empat puluh lima",
    );
    expect(capitalizeFirst("seribu rupiah")).toBe("Seribu rupiah");
    expect(capitalizeFirst("")).toBe("");
  });
});
