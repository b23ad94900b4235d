import { addDays, differenceInCalendarDays, format, isValid, isWeekend } from 'date-fns';

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
  /** Why the date is not a real date, or why its form is not the standard one. */
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

export function makeDate(day: number, month: number, year: number): Date | undefined {
  if (month < 0 || month > 11 || day < 1 || day > 31 || year < 1000 || year > 9999) return undefined;
  const date = new Date(year, month, day);
  if (!isValid(date) || date.getDate() !== day || date.getMonth() !== month) return undefined;
  return date;
}

export function formatDate(date: Date): string {
  return format(date, 'd MMMM yyyy');
}

/** Parses `D Month YYYY` (also `Dth Month YYYY`, `D Mon YYYY`); the text must be just the date. */
export const DATE_TEXT = /^(\d{1,2})(st|nd|rd|th)?\s+([A-Za-z]+\.?),?\s+(\d{4})$/;

export function parseDate(text: string): ParsedDate | undefined {
  const m = DATE_TEXT.exec(text.trim());
  if (!m) return undefined;
  return checkDate(Number(m[1]), m[3], Number(m[4]), Boolean(m[2]));
}

function checkDate(day: number, monthName: string, year: number, ordinal: boolean): ParsedDate {
  const month = monthIndex(monthName);
  if (month < 0) return { day, month, year, problem: `"${monthName}" is not a month` };
  const date = makeDate(day, month, year);
  if (!date) return { day, month, year, problem: `${MONTHS[month]} ${year} has no day ${day}` };
  const standard = formatDate(date);
  const written = MONTHS[month] === monthName && !ordinal;
  return written ? { date, day, month, year } : { date, day, month, year, problem: 'not in the standard form', standard };
}

export interface InspectionDays {
  first: ParsedDate;
  last: ParsedDate;
}

const INSPECTION_DAYS = /^(\d{1,2})(?:st|nd|rd|th)?(?:\s+([A-Za-z]+\.?)(?:\s+(\d{4}))?)?\s+(?:and|&|-|to)\s+(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+\.?)\s+(\d{4})$/;
const SINGLE_DAY = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+\.?)\s+(\d{4})$/;

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
