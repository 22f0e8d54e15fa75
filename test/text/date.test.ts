import { describe, it, expect } from "vitest";
import {
  excelSerialToDate,
  formatDate,
  formatMonthYear,
  monthName,
  parseIndonesianDate,
} from "../../src/text/date.js";

describe("monthName", () => {
  it("names the months in Indonesian", () => {
    expect(monthName(1)).toBe("Januari");
    expect(monthName(2)).toBe("Februari");
    expect(monthName(3)).toBe("Maret");
    expect(monthName(5)).toBe("Mei");
    expect(monthName(8)).toBe("Agustus");
    expect(monthName(12)).toBe("Desember");
  });

  it("rejects out-of-range months", () => {
    expect(() => monthName(0)).toThrow(RangeError);
    expect(() => monthName(13)).toThrow(RangeError);
    expect(() => monthName(1.5)).toThrow(RangeError);
  });
});

describe("formatDate", () => {
  it("formats a UTC-midnight Date with UTC getters", () => {
    expect(formatDate(new Date(Date.UTC(2025, 0, 6)))).toBe("6 Januari 2025");
    expect(formatDate(new Date(Date.UTC(2024, 11, 31)))).toBe("31 Desember 2024");
    expect(formatDate(new Date("2025-08-17T00:00:00Z"))).toBe("17 Agustus 2025");
  });

  it("accepts date strings", () => {
    expect(formatDate("2025-01-06")).toBe("6 Januari 2025");
    expect(formatDate("2025-01-06T00:00:00.000Z")).toBe("6 Januari 2025");
    expect(formatDate("06-01-2025")).toBe("6 Januari 2025");
  });

  it("rejects what is not a date", () => {
    expect(() => formatDate("bukan tanggal")).toThrow(RangeError);
    expect(() => formatDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("formatMonthYear", () => {
  it("prints month and year", () => {
    expect(formatMonthYear(new Date(Date.UTC(2026, 0, 15)))).toBe("Januari 2026");
    expect(formatMonthYear("2025-12-31")).toBe("Desember 2025");
  });
});

describe("parseIndonesianDate", () => {
  it("reads Indonesian month names", () => {
    expect(parseIndonesianDate("6 Januari 2025")).toBe("2025-01-06");
    expect(parseIndonesianDate("  31  desember 2024 ")).toBe("2024-12-31");
    expect(parseIndonesianDate("17 AGUSTUS 1945")).toBe("1945-08-17");
    expect(parseIndonesianDate("6 Jan 2025")).toBe("2025-01-06");
    expect(parseIndonesianDate("6 Agt. 2025")).toBe("2025-08-06");
    expect(parseIndonesianDate("Senin, 6 Januari 2025")).toBe("2025-01-06");
  });

  it("reads numeric dates day first", () => {
    expect(parseIndonesianDate("06-01-2025")).toBe("2025-01-06");
    expect(parseIndonesianDate("6/1/2025")).toBe("2025-01-06");
    expect(parseIndonesianDate("31.12.2024")).toBe("2024-12-31");
  });

  it("reads ISO dates", () => {
    expect(parseIndonesianDate("2025-01-06")).toBe("2025-01-06");
  });

  it("checks the calendar", () => {
    expect(parseIndonesianDate("29 Februari 2024")).toBe("2024-02-29");
    expect(parseIndonesianDate("29 Februari 2025")).toBeUndefined();
    expect(parseIndonesianDate("31-04-2025")).toBeUndefined();
    expect(parseIndonesianDate("6/13/2025")).toBeUndefined();
    expect(parseIndonesianDate("2025-02-30")).toBeUndefined();
    expect(parseIndonesianDate("0 Januari 2025")).toBeUndefined();
  });

  it("returns undefined for non-dates", () => {
    expect(parseIndonesianDate("")).toBeUndefined();
    expect(parseIndonesianDate("bukan tanggal")).toBeUndefined();
    expect(parseIndonesianDate("6 Foo 2025")).toBeUndefined();
    expect(parseIndonesianDate("6-1/2025")).toBeUndefined();
    expect(parseIndonesianDate("1.234.567")).toBeUndefined();
    expect(parseIndonesianDate("2025")).toBeUndefined();
  });
});

describe("excelSerialToDate", () => {
  it("converts 1900-system serials to UTC dates", () => {
    expect(excelSerialToDate(45663).toISOString()).toBe("2025-01-06T00:00:00.000Z");
    expect(excelSerialToDate(1).toISOString()).toBe("1900-01-01T00:00:00.000Z");
    expect(excelSerialToDate(59).toISOString()).toBe("1900-02-28T00:00:00.000Z");
    expect(excelSerialToDate(61).toISOString()).toBe("1900-03-01T00:00:00.000Z");
    expect(excelSerialToDate(46022).toISOString()).toBe("2025-12-31T00:00:00.000Z");
  });

  it("keeps the time of day from the fraction", () => {
    expect(excelSerialToDate(45663.5).toISOString()).toBe("2025-01-06T12:00:00.000Z");
  });

  it("rejects invalid serials, including the fictitious 1900-02-29", () => {
    expect(() => excelSerialToDate(0)).toThrow(RangeError);
    expect(() => excelSerialToDate(60)).toThrow(RangeError);
    expect(() => excelSerialToDate(Number.NaN)).toThrow(RangeError);
  });
});
