// Indonesian dates for the document ("6 Januari 2025", "Januari 2026") and for reading dates out of workbooks
// (Indonesian text, day-first numeric, ISO, Excel serials). Calendar dates are handled in UTC throughout, because
// Excel dates arrive as UTC-midnight `Date`s.

const MONTHS = [
  "Januari", "Februari", "Maret", "April", "Mei", "Juni",
  "Juli", "Agustus", "September", "Oktober", "November", "Desember",
] as const;

/** Lower-case month names and common abbreviations → month number (1–12). */
const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map([
  ...MONTHS.map((name, i) => [name.toLowerCase(), i + 1] as const),
  ["jan", 1], ["feb", 2], ["mar", 3], ["apr", 4], ["jun", 6], ["jul", 7],
  ["agu", 8], ["agt", 8], ["ags", 8], ["agust", 8], ["sep", 9], ["sept", 9],
  ["okt", 10], ["nov", 11], ["nop", 11], ["des", 12],
]);

const WEEKDAY_PREFIX = /^(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad),?\s+/i;
const MS_PER_DAY = 86_400_000;
/** 1899-12-30: day zero of the 1900 date system once Excel's fictitious 1900-02-29 (serial 60) is accounted for. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Indonesian month name for a month number 1–12: `monthName(1)` → "Januari". */
export function monthName(m: number): string {
  const name = MONTHS[m - 1];
  if (!Number.isInteger(m) || name === undefined) throw new RangeError(`Month must be 1–12, got ${m}`);
  return name;
}

/** `6 Januari 2025`. Accepts a Date (read with UTC getters) or a date string `parseIndonesianDate` understands. */
export function formatDate(d: Date | string): string {
  const date = toDate(d);
  return `${date.getUTCDate()} ${monthName(date.getUTCMonth() + 1)} ${date.getUTCFullYear()}`;
}

/** `Januari 2026`. */
export function formatMonthYear(d: Date | string): string {
  const date = toDate(d);
  return `${monthName(date.getUTCMonth() + 1)} ${date.getUTCFullYear()}`;
}

/**
 * Reads a date written as `6 Januari 2025` (optionally `Senin, …`, abbreviations like `6 Jan 2025`),
 * day-first `06-01-2025` / `6/1/2025` / `6.1.2025`, or ISO `2025-01-06`. Returns ISO `yyyy-mm-dd`,
 * or undefined when the text is not a valid calendar date.
 */
export function parseIndonesianDate(text: string): string | undefined {
  const t = text.trim().replace(/\s+/g, " ").replace(WEEKDAY_PREFIX, "");
  const named = /^(\d{1,2}) ([a-z]+)\.? (\d{4})$/i.exec(t);
  if (named) return isoIfValid(Number(named[3]), MONTH_BY_NAME.get(named[2]!.toLowerCase()), Number(named[1]));
  const dayFirst = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(t);
  if (dayFirst) return isoIfValid(Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1]));
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return isoIfValid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return undefined;
}

/**
 * Excel 1900 date system serial → UTC Date (`45663` → 2025-01-06T00:00Z). A fractional part is the time of day.
 * Serial 60 is Excel's non-existent 1900-02-29 and is rejected.
 */
export function excelSerialToDate(serial: number): Date {
  if (!Number.isFinite(serial) || serial < 1 || Math.floor(serial) === 60) {
    throw new RangeError(`Not a valid Excel date serial: ${serial}`);
  }
  const days = serial < 60 ? serial + 1 : serial;
  return new Date(EXCEL_EPOCH_MS + Math.round(days * MS_PER_DAY));
}

function toDate(d: Date | string): Date {
  if (d instanceof Date) {
    if (Number.isNaN(d.getTime())) throw new RangeError("Invalid Date");
    return d;
  }
  const datePart = /^(\d{4}-\d{2}-\d{2})T/.exec(d.trim())?.[1];
  const iso = parseIndonesianDate(datePart ?? d);
  if (iso === undefined) throw new RangeError(`Not a date: ${d}`);
  return new Date(`${iso}T00:00:00Z`);
}

function isoIfValid(year: number, month: number | undefined, day: number): string | undefined {
  if (month === undefined || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
