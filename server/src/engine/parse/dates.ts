import { addDays, differenceInCalendarDays, isValid, isWeekend } from 'date-fns';

/**
 * Dates as letters write them: `1 December 2010`, and inspection days as `2 and 3 November 2010`
 * (or `30 November and 1 December 2010`). Parsing is strict about the calendar (no 31 February) and
 * lenient about form (ordinals, abbreviated months), which a rule reports separately.
 */

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface ParsedDate {
  /** Local midnight of the day; undefined when the text is not a real date. */
  date?: Date;
  day: number;
  /** 0-11, or -1 when the month name is not recognised. */
  month: number;
  year: number;
  /**
   * In plain words, why the date is not a real date (`November 2010 has only 30 days`), or
   * `not in the standard form` for a real date written another way.
   */
  problem?: string;
  /** The standard form (1 December 2010) when the written form differs. */
  standard?: string;
}

export function monthIndex(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '');
  if (key.length < 3) return -1;
  const full = MONTHS.findIndex((m) => m.toLowerCase() === key);
  if (full >= 0) return full;
  return MONTHS.findIndex((m) => m.toLowerCase().startsWith(key) && (key.length === 3 || key === 'sept'));
}

const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;

export function makeDate(day: number, month: number, year: number): Date | undefined {
  if (month < 0 || month > 11 || day < 1 || day > 31 || year < FIRST_YEAR || year > LAST_YEAR) return undefined;
  const date = new Date(year, month, day);
  if (!isValid(date) || date.getDate() !== day || date.getMonth() !== month) return undefined;
  return date;
}

/** `1 December 2010`. Written out directly: date-fns's general `format` parses its pattern on every call. */
export function formatDate(date: Date): string {
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}

/**
 * A day, a month word and a year, whatever the numbers: `1 December 2010`, `1st Dec. 2010`, and also
 * `1 December 0` or `31 Smarch 2010`. The shape is read here and the calendar judged by checkDate, so
 * a wrong date is read as a date with a problem, not as some other part of the letter.
 */
const DATE_SHAPE = /^\s*(\d{1,4})(st|nd|rd|th)?\s+([A-Za-z]+\.?),?\s+(\d{1,6})\s*$/;

/**
 * Whether a line is a date, right or wrong: the date shape, with a month's name or a four-digit year
 * (so `12 Smith 5` in an address is not taken for one).
 */
export function isDateLine(text: string): boolean {
  const m = DATE_SHAPE.exec(text);
  return m !== null && (m[4].length === 4 || monthIndex(m[3]) >= 0);
}

/** Parses `D Month YYYY` (also `Dth Month YYYY`, `D Mon YYYY`); the text must be just the date. */
export function parseDate(text: string): ParsedDate | undefined {
  const m = DATE_SHAPE.exec(text);
  if (!m) return undefined;
  return checkDate(Number(m[1]), m[3], Number(m[4]), Boolean(m[2]));
}

function checkDate(day: number, monthName: string, year: number, ordinal: boolean): ParsedDate {
  const month = monthIndex(monthName);
  if (month < 0) return { day, month, year, problem: `"${monthName.replace(/\.$/, '')}" is not the name of a month` };
  const date = makeDate(day, month, year);
  if (!date) return { day, month, year, problem: whyNoSuchDay(day, month, year) };
  const standard = formatDate(date);
  const written = MONTHS[month] === monthName && !ordinal;
  return written ? { date, day, month, year } : { date, day, month, year, problem: 'not in the standard form', standard };
}

function whyNoSuchDay(day: number, month: number, year: number): string {
  if (year < FIRST_YEAR || year > LAST_YEAR) return `${year} is not a year a letter can be dated`;
  if (day < 1 || day > 31) return `no month has a day ${day}`;
  let last = 31;
  while (last > 28 && !makeDate(last, month, year)) last--;
  return `${MONTHS[month]} ${year} has only ${last} days`;
}

export interface InspectionDays {
  first: ParsedDate;
  last: ParsedDate;
}

/** Two days, as loosely as a date: `2 and 3 November 2010`, `30 November and 1 December 2010`, `2 and 3 November 0`. */
const INSPECTION_DAYS =
  /^(\d{1,4})(?:st|nd|rd|th)?(?:\s+([A-Za-z]+\.?)(?:\s+(\d{1,6}))?)?(?:,\s*\d{1,2})*(?:\s+(?:and|&|-|to)\s+|\s*[-–]\s*)(\d{1,4})(?:st|nd|rd|th)?\s+([A-Za-z]+\.?)\s+(\d{1,6})$/;
const SINGLE_DAY = /^(\d{1,4})(?:st|nd|rd|th)?\s+([A-Za-z]+\.?)\s+(\d{1,6})$/;

/** Parses the inspection days of the opening paragraph. A single day gives first === last. */
export function parseInspectionDays(text: string): InspectionDays | undefined {
  const t = text.trim();
  const m = INSPECTION_DAYS.exec(t);
  if (m) {
    const lastMonth = m[5];
    const lastYear = Number(m[6]);
    const first = checkDate(Number(m[1]), m[2] ?? lastMonth, m[3] ? Number(m[3]) : lastYear, false);
    const last = checkDate(Number(m[4]), lastMonth, lastYear, false);
    // A first day written without its month belongs to the month before when it is later in the month.
    if (!m[2] && first.date && last.date && first.day > last.day) {
      const prev = makeDate(first.day, last.month === 0 ? 11 : last.month - 1, last.month === 0 ? lastYear - 1 : lastYear);
      return { first: prev ? { ...first, date: prev, month: prev.getMonth(), year: prev.getFullYear() } : first, last };
    }
    return { first, last };
  }
  const s = SINGLE_DAY.exec(t);
  if (s) {
    const day = checkDate(Number(s[1]), s[2], Number(s[3]), false);
    return { first: day, last: day };
  }
  return undefined;
}

export { addDays, differenceInCalendarDays, isWeekend };

/** `January 2010` → the first of that month. */
export function parseMonthYear(text: string): Date | undefined {
  const m = /^([A-Za-z]+)\s+(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const month = monthIndex(m[1]);
  return month < 0 ? undefined : makeDate(1, month, Number(m[2]));
}

export function monthsBetween(earlier: Date, later: Date): number {
  return (later.getFullYear() - earlier.getFullYear()) * 12 + (later.getMonth() - earlier.getMonth());
}
