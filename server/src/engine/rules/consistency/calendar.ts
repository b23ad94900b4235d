import { formatDate, makeDate, MONTHS, type ParsedDate } from '../../parse/dates';

/** Plain-words explanations of dates for the date rules; calendar arithmetic stays in parse/dates. */

/** Why a written date is not a real date, for an inspector (the parser says it); undefined when it is one. */
export function whyNotADate(date: ParsedDate): string | undefined {
  return date.date ? undefined : (date.problem ?? 'it is not a date');
}

/** `2 and 3 November 2010`, `30 November and 1 December 2010`, `31 December 2010 and 1 January 2011`. */
export function formatInspectionDays(first: Date, last: Date): string {
  if (first.getFullYear() !== last.getFullYear()) return `${formatDate(first)} and ${formatDate(last)}`;
  if (first.getMonth() !== last.getMonth()) return `${first.getDate()} ${MONTHS[first.getMonth()]} and ${formatDate(last)}`;
  return `${first.getDate()} and ${formatDate(last)}`;
}

const DAY = '(?:[1-9]|[12][0-9]|3[01])';
const MONTH_NAME = `(?:${MONTHS.join('|')})`;
const DAY_MONTH_YEAR = `${DAY}(?: ${MONTH_NAME}(?: [0-9]{4})?)?`;
/** Dates written as day, full month name and year however they are joined (`18 to 19`, `15, 16 and 21`), ending in a whole date. */
const WELL_FORMED_DAYS = new RegExp(`^${DAY_MONTH_YEAR}(?:(?:,? and|,| to| –| -) ${DAY_MONTH_YEAR})* ${MONTH_NAME} [0-9]{4}$`);

/** Whether inspection days are written as day, full month name and year, in any of the ways real documents join them. */
export function isWellFormedDays(written: string): boolean {
  return WELL_FORMED_DAYS.test(written);
}

/** How many days a written list of inspection days names (`15, 16 and 21 July 2025`: 3). */
export function writtenDayCount(written: string): number {
  return written.match(/(?<![0-9])[0-9]{1,2}(?:st|nd|rd|th)?(?![0-9])/g)?.length ?? 0;
}

/** A `YYYY-MM-DD` date from the template data. */
export function isoDate(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? makeDate(Number(m[3]), Number(m[2]) - 1, Number(m[1])) : undefined;
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
