import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { compareAt, compareStated } from "../../src/check/compare.js";
import { num } from "../engine/factories.js";

const d = (v: string | number) => new Decimal(v);

describe("compareStated: rounding versus error at the printed precision", () => {
  it("accepts the exact value rounded half-up at the printed precision", () => {
    expect(compareAt(d("131.8233"), d("131.82"), 2).verdict).toBe("ok");
    expect(compareAt(d("94.685"), d("94.69"), 2).verdict).toBe("ok");
    expect(compareAt(d("97.62"), d("98"), 0).verdict).toBe("ok");
  });

  it("calls a truncated value a rounding finding (97 % for 97,62 %)", () => {
    const c = compareAt(d("97.62"), d("97"), 0);
    expect(c.verdict).toBe("pembulatan");
    expect(c.how).toBe("dipotong");
    expect(c.expected.toFixed()).toBe("98");
  });

  it("calls half-to-even rounding a rounding finding", () => {
    const c = compareAt(d("2.5"), d("2"), 0);
    expect(c.verdict).toBe("pembulatan");
    // 2 is also the truncation of 2,5; 0,125 → 0,12 is only half-even
    expect(compareAt(d("0.125"), d("0.12"), 2).how).toBe("dipotong");
    expect(compareAt(d("-0.125"), d("-0.12"), 2).verdict).toBe("pembulatan");
  });

  it("tolerates one unit of the last printed decimal when printed with decimals (inputs rounded)", () => {
    const c = compareAt(d("83.3333"), d("83.34"), 2);
    expect(c.verdict).toBe("pembulatan");
    expect(c.how).toBe("satu-satuan");
  });

  it("does not tolerate one unit without decimals: 95 % printed for 94,10 % is an error", () => {
    expect(compareAt(d("94.10"), d("95"), 0).verdict).toBe("salah");
    expect(compareAt(d("1000"), d("1001"), 0).verdict).toBe("salah");
  });

  it("compares a stated NumValue at its own decimals", () => {
    expect(compareStated(d("15.8188"), num("15.82", "PK!G2")).verdict).toBe("ok");
    expect(compareStated(d("15.8188"), num("15.8", "PK!G2")).verdict).toBe("ok");
    expect(compareStated(d("15.8188"), num("15.28", "PK!G2")).verdict).toBe("salah");
    // a cell holding more than it prints is compared as printed (131,8233 shown as 131,82)
    expect(compareStated(d("131.82"), num("131.8233", "PK!J2", { decimals: 2 })).verdict).toBe("ok");
  });
});
