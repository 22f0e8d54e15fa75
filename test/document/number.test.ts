// Figures as Word reports print them, and the printed-precision rule (docs/checks.md, "Laporan Word").
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { agrees, intervalOf, parseDocNumber, percentInterval, roundingOnly } from "../../src/document/number.js";
import { parseWords } from "../../src/document/text-rules.js";

const num = (text: string) => {
  const n = parseDocNumber(text);
  expect(n, text).toBeDefined();
  return n!;
};

describe("figures in a Word report", () => {
  it.each([
    ["1.229.493.910", "1229493910", 0, false],
    ["85,82", "85.82", 2, false],
    ["85,82%", "85.82", 2, true],
    ["Rp 29.226.552.145", "29226552145", 0, false],
    ["Rp.15.061.828.880", "15061828880", 0, false],
    ["Rp, 4.777.649.800", "4777649800", 0, false],
    ["3.248.486.800,-", "3248486800", 0, false],
    ["(1.250)", "-1250", 0, false],
    ["-12,5", "-12.5", 1, false],
  ] as const)("reads %s", (text, value, decimals, percent) => {
    const n = num(text);
    expect([n.value.toFixed(), n.decimals, n.percent]).toEqual([value, decimals, percent]);
  });

  it("reads no figure in words, codes, or empty cells", () => {
    for (const text of ["BB", "-", "", "Nilai", "80,50 Nilai"]) expect(parseDocNumber(text), text).toBeUndefined();
  });
});

describe("printed precision", () => {
  it("accepts a capaian that some inputs rounding to their printed forms give (the issue's example)", () => {
    // realisasi 65,58 stands for 65,575 ≤ r < 65,585; over a target of 56 that is 117,098…117,116 %
    const computed = percentInterval(intervalOf(num("65,58")), intervalOf(num("56")))!;
    expect(agrees(num("117,12"), computed, true)).toBe(true);
    expect(agrees(num("117,13"), computed, true)).toBe(false);
    expect(agrees(num("117,09"), computed, true)).toBe(false);
  });

  it("takes whole amounts as exact and tells truncation from a wrong figure", () => {
    expect(agrees(num("1.229.493.911"), intervalOf(num("1.229.493.910")))).toBe(false);
    expect(roundingOnly(num("97"), new Decimal("97.619"))).toBe(true); // truncated
    expect(roundingOnly(num("2"), new Decimal("2.5"))).toBe(true); // half to even
    expect(roundingOnly(num("95"), new Decimal("94.1"))).toBe(false);
  });
});

describe("number words", () => {
  it.each([
    ["dua puluh sembilan miliar dua ratus dua puluh enam juta lima ratus lima puluh dua ribu seratus empat puluh lima rupiah", "29226552145"],
    ["Tiga miliar dua ratus empat puluh delapan juta empat ratus delapan puluh enam ribu delapan ratus rupiah", "3248486800"],
    ["sebelas", "11"],
    ["seribu", "1000"],
    ["empat", "4"],
  ])("reads %s", (words, value) => {
    expect(parseWords(words)?.toFixed()).toBe(value);
  });

  it("refuses words that are not one well-formed number", () => {
    // juta after juta: the thousands group written with the wrong scale word
    expect(parseWords("dua puluh lima miliar delapan puluh satu juta seratus empat puluh dua juta tujuh ratus dua belas")).toBeUndefined();
    expect(parseWords("program kerja")).toBeUndefined();
  });
});
