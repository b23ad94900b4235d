import { formatDate, makeDate, monthIndex, MONTHS, type ParsedDate } from '../../parse/dates';

/** Plain-words explanations of dates for the date rules; calendar arithmetic stays in parse/dates. */

/** Why a written date is not a real date, for an inspector; undefined when it is one. */
export function whyNotADate(date: ParsedDate): string | undefined {
  if (date.date) return undefined;
  if (date.month < 0) {
    const word = /^"(.*)"/.exec(date.problem ?? '')?.[1];
    return word ? `"${word}" is not the name of a month` : 'it has no month name';
  }
  if (!Number.isFinite(date.year) || date.year < 1000 || date.year > 9999) return `${date.year} is not a year a letter can be dated`;
  if (!Number.isFinite(date.day) || date.day < 1 || date.day > 31) return `no month has a day ${date.day}`;
  const days = lastDayOfMonth(date.month, date.year);
  return `${MONTHS[date.month]} ${date.year} has only ${days} days`;
}

function lastDayOfMonth(month: number, year: number): number {
  for (let day = 31; day > 28; day--) if (makeDate(day, month, year)) return day;
  return 28;
}

/** `2 and 3 November 2010`, `30 November and 1 December 2010`, `31 December 2010 and 1 January 2011`. */
export function formatInspectionDays(first: Date, last: Date): string {
  if (first.getFullYear() !== last.getFullYear()) return `${formatDate(first)} and ${formatDate(last)}`;
  if (first.getMonth() !== last.getMonth()) return `${first.getDate()} ${MONTHS[first.getMonth()]} and ${formatDate(last)}`;
  return `${first.getDate()} and ${formatDate(last)}`;
}

/** A `YYYY-MM-DD` date from the template data. */
export function isoDate(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? makeDate(Number(m[3]), Number(m[2]) - 1, Number(m[1])) : undefined;
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * A date written loosely (`1 December 0`, `2 Smarch 2010`), read without judging it, so a rule can
 * say what is wrong with a date the parser did not accept.
 */
export function looseDate(day: string, monthName: string, year: string): ParsedDate {
  const d = Number(day);
  const y = Number(year);
  const month = monthIndex(monthName);
  const date = month >= 0 ? makeDate(d, month, y) : undefined;
  return { day: d, month, year: y, date, problem: month < 0 ? `"${monthName}" is not a month` : undefined };
}

/** A line that looks like a date, whatever its numbers: day, month word, year. */
export const LOOSE_DATE_LINE = /^(\d{1,4})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{1,6})$/;

/** Two inspection days written loosely: `2 and 3 November 0`, `30 November and 1 December 20100`. */
export const LOOSE_DAYS = /^(\d{1,4})(?:st|nd|rd|th)?(?:\s+([A-Za-z]+)\.?(?:\s+(\d{1,6}))?)?\s+(?:and|&|-|to)\s+(\d{1,4})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?\s+(\d{1,6})$/;
