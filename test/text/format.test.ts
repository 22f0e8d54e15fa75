import { describe, it, expect } from "vitest";
import { Decimal } from "decimal.js";
import {
  formatFixed,
  formatNumber,
  formatPercent,
  formatPlain,
  formatRupiah,
  roundHalfUp,
} from "../../src/text/format.js";

describe("roundHalfUp", () => {
  it("rounds half away from zero", () => {
    expect(roundHalfUp(new Decimal("2.5"), 0).toString()).toBe("3");
    expect(roundHalfUp(new Decimal("-2.5"), 0).toString()).toBe("-3");
    expect(roundHalfUp(new Decimal("131.815"), 2).toString()).toBe("131.82");
    expect(roundHalfUp(new Decimal("131.8149"), 2).toString()).toBe("131.81");
  });

  it("is exact where binary floats are not", () => {
    // 1.005 is 1.00499999… as a float; as a decimal it rounds up
    expect(roundHalfUp(new Decimal("1.005"), 2).toString()).toBe("1.01");
  });

  it("rejects invalid decimals", () => {
    expect(() => roundHalfUp(new Decimal(1), -1)).toThrow(RangeError);
    expect(() => roundHalfUp(new Decimal(1), 1.5)).toThrow(RangeError);
  });
});

describe("formatNumber", () => {
  it("groups thousands with dots and uses a decimal comma", () => {
    expect(formatNumber(new Decimal("1234567.891"), 2)).toBe("1.234.567,89");
    expect(formatNumber(new Decimal("1234567.895"), 2)).toBe("1.234.567,90");
  });

  it("prints the value as is without decimals", () => {
    expect(formatNumber(1234567)).toBe("1.234.567");
    expect(formatNumber("15039.12")).toBe("15.039,12");
    expect(formatNumber(new Decimal("15039.1200"))).toBe("15.039,12");
    expect(formatNumber(new Decimal("0.000001"))).toBe("0,000001");
    expect(formatNumber(new Decimal("1e21"))).toBe("1.000.000.000.000.000.000.000");
    expect(formatNumber(999)).toBe("999");
    expect(formatNumber(1000)).toBe("1.000");
    expect(formatNumber(0)).toBe("0");
  });

  it("handles negative numbers", () => {
    expect(formatNumber(-1234)).toBe("-1.234");
    expect(formatNumber(new Decimal("-2.5"), 0)).toBe("-3");
    expect(formatNumber(new Decimal("-1234567.891"), 1)).toBe("-1.234.567,9");
  });

  it("never prints -0", () => {
    expect(formatNumber(new Decimal("-0.001"), 2)).toBe("0,00");
    expect(formatNumber(new Decimal("-0.4"), 0)).toBe("0");
    expect(formatNumber(new Decimal("-0"))).toBe("0");
    expect(formatNumber(-0, 1)).toBe("0,0");
  });

  it("pads to the requested decimals", () => {
    expect(formatNumber(100, 2)).toBe("100,00");
    expect(formatNumber("12.5", 3)).toBe("12,500");
  });

  it("rejects non-finite input", () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
    expect(() => formatNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe("formatFixed", () => {
  it("prints fixed decimals in Indonesian notation", () => {
    expect(formatFixed(new Decimal("131.8168"), 2)).toBe("131,82");
    expect(formatFixed(new Decimal("131.8168"), 0)).toBe("132");
    expect(formatFixed(15039, 2)).toBe("15.039,00");
  });
});

describe("formatRupiah", () => {
  it("prints whole rupiah with the Rp prefix", () => {
    expect(formatRupiah(new Decimal("29226552145"))).toBe("Rp 29.226.552.145");
    expect(formatRupiah(25081142712)).toBe("Rp 25.081.142.712");
    expect(formatRupiah(0)).toBe("Rp 0");
  });

  it("keeps cents only when they are non-zero", () => {
    expect(formatRupiah(new Decimal("252398711.02"))).toBe("Rp 252.398.711,02");
    expect(formatRupiah(new Decimal("252398711.5"))).toBe("Rp 252.398.711,50");
    expect(formatRupiah(new Decimal("252398711.00"))).toBe("Rp 252.398.711");
    expect(formatRupiah(new Decimal("252398711.004"))).toBe("Rp 252.398.711");
    expect(formatRupiah(new Decimal("252398711.005"))).toBe("Rp 252.398.711,01");
  });

  it("honours explicit decimals", () => {
    expect(formatRupiah(new Decimal("252398711.02"), 0)).toBe("Rp 252.398.711");
    expect(formatRupiah(new Decimal("252398711.5"), 0)).toBe("Rp 252.398.712");
    expect(formatRupiah(1000, 2)).toBe("Rp 1.000,00");
  });

  it("puts the sign before the prefix", () => {
    expect(formatRupiah(-110139100)).toBe("-Rp 110.139.100");
    expect(formatRupiah(new Decimal("-0.001"))).toBe("Rp 0");
  });
});

describe("formatPercent", () => {
  it("prints a percentage with fixed decimals and no space", () => {
    expect(formatPercent(new Decimal("85.82"))).toBe("85,82%");
    expect(formatPercent(100)).toBe("100,00%");
    expect(formatPercent(new Decimal("131.81684"), 1)).toBe("131,8%");
    expect(formatPercent(new Decimal("131.81684"), 0)).toBe("132%");
    expect(formatPercent(new Decimal("15.8186968383"))).toBe("15,82%");
    expect(formatPercent(new Decimal("1234.5"), 1)).toBe("1.234,5%");
    expect(formatPercent(new Decimal("-0.004"))).toBe("0,00%");
  });
});

describe("formatPlain", () => {
  it("prints machine notation without grouping, exponent or trailing zeros", () => {
    expect(formatPlain(new Decimal("131.82"))).toBe("131.82");
    expect(formatPlain(new Decimal("131.8200"))).toBe("131.82");
    expect(formatPlain(new Decimal("4572316800"))).toBe("4572316800");
    expect(formatPlain(new Decimal("4.5723168e9"))).toBe("4572316800");
    expect(formatPlain(new Decimal("15.8186968383"))).toBe("15.8186968383");
    expect(formatPlain(new Decimal("1e-9"))).toBe("0.000000001");
    expect(formatPlain(new Decimal("1e25"))).toBe("10000000000000000000000000");
    expect(formatPlain(new Decimal("-12.50"))).toBe("-12.5");
    expect(formatPlain(new Decimal("-0"))).toBe("0");
  });
});

describe("digit grouping on very long numbers", () => {
  it("groups 300.000 digits in linear time, every group of three", () => {
    const digits = "1" + "0".repeat(299_999);
    const start = performance.now();
    const text = formatNumber(new Decimal(digits));
    const ms = performance.now() - start;
    expect(text.length).toBe(300_000 + 99_999);
    expect(text.startsWith("100.000.")).toBe(true);
    expect(text.endsWith(".000")).toBe(true);
    expect(/^\d{1,3}(\.\d{3})*$/.test(text)).toBe(true);
    // The quadratic lookahead took minutes here; a linear pass takes milliseconds.
    expect(ms).toBeLessThan(2_000);
  });

  it("groups every length the same way as short numbers", () => {
    const expected = ["1", "12", "123", "1.234", "12.345", "123.456", "1.234.567"];
    for (let n = 1; n <= 7; n++) expect(formatNumber("1234567".slice(0, n))).toBe(expected[n - 1]);
    expect(formatRupiah(new Decimal("-1234567.5"))).toBe("-Rp 1.234.567,50");
  });
});
