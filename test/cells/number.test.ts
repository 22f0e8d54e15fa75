import { describe, expect, it } from "vitest";
import { MAX_NUMBER_TEXT, formatDecimals, isPercentFormat, parseNumberText } from "../../src/cells/number.js";

const read = (t: string) => {
  const p = parseNumberText(t);
  if (p.kind === "num") return { value: p.value.toFixed(), decimals: p.decimals, percent: p.percent, notation: p.notation, ambiguous: p.ambiguous };
  if (p.kind === "range") return { lo: p.lo.toFixed(), hi: p.hi.toFixed() };
  return p.kind;
};

describe("text numbers", () => {
  it.each([
    ["1.234.567,89", { value: "1234567.89", decimals: 2, percent: false, notation: "id", ambiguous: false }],
    ["85,82%", { value: "85.82", decimals: 2, percent: true, notation: "id", ambiguous: false }],
    ["Rp 4.645.554.625", { value: "4645554625", decimals: 0, percent: false, notation: "id", ambiguous: false }],
    ["Rp. 3.248.486.800,-", { value: "3248486800", decimals: 0, percent: false, notation: "id", ambiguous: false }],
    ["252.398.711,02", { value: "252398711.02", decimals: 2, percent: false, notation: "id", ambiguous: false }],
    ["1,234,567.89", { value: "1234567.89", decimals: 2, percent: false, notation: "en", ambiguous: false }],
    ["96.85%", { value: "96.85", decimals: 2, percent: true, notation: "en", ambiguous: false }],
    ["100 %", { value: "100", decimals: 0, percent: true, notation: "id", ambiguous: false }],
    ["1.576", { value: "1576", decimals: 0, percent: false, notation: "id", ambiguous: true }],
    ["1,576", { value: "1.576", decimals: 3, percent: false, notation: "id", ambiguous: true }],
    ["0,576", { value: "0.576", decimals: 3, percent: false, notation: "id", ambiguous: false }],
    ["-12,5", { value: "-12.5", decimals: 1, percent: false, notation: "id", ambiguous: false }],
  ])("%s", (text, expected) => expect(read(text)).toEqual(expected));

  it("reads ranges", () => expect(read("4,25-4,30")).toEqual({ lo: "4.25", hi: "4.3" }));
  it.each(["", "-", "N/A", "n/a", " — "])("%j is no value", (t) => expect(read(t)).toBe("empty"));
  it.each(["seratus", "12 orang", "1.2.3", "4,30-4,25", "%"])("%j is not a number", (t) => expect(read(t)).toBe("invalid"));
});

describe("number formats", () => {
  it.each([
    ["0.00", 2, false],
    ["#,##0", 0, false],
    ["0.0%", 1, true],
    ["0%", 0, true],
    ['#,##0.00 "Rp"', 2, false],
    ["General", undefined, false],
  ])("%s → %s decimals, percent %s", (fmt, decimals, percent) => {
    expect(formatDecimals(fmt)).toBe(decimals);
    expect(isPercentFormat(fmt)).toBe(percent);
  });
});

describe("length bound on text numbers", () => {
  it("reads a 64-character number and refuses a longer one without parsing it", () => {
    expect(read("9".repeat(MAX_NUMBER_TEXT))).toMatchObject({ value: "9".repeat(MAX_NUMBER_TEXT) });
    expect(parseNumberText("9".repeat(MAX_NUMBER_TEXT + 1))).toEqual({ kind: "too-long", length: MAX_NUMBER_TEXT + 1 });
    const start = performance.now();
    expect(parseNumberText("9".repeat(300_000)).kind).toBe("too-long");
    expect(performance.now() - start).toBeLessThan(500);
  });
});
