import { formatDate, makeDate, MONTHS, type ParsedDate } from '../../parse/dates';

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
