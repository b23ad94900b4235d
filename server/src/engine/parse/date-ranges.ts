import { makeDate, monthIndex, MONTHS } from './dates';

/**
 * Reads the day ranges a report's `Inspection dates:` line (or its running footer) gives, in every
 * form real reports write them: `4 to 15 March 2024`, `14 January 2019 to 18 January 2019`,
 * `9 May to 20 May 2022`, `11 – 22 July 2022`, `8-19 July 2024`, `26th February 2024 to 8th March 2024`,
 * and split fieldwork joined by `and`. Each range keeps what is wrong with it (a day that does not
 * exist, a last day before the first, a two-digit year).
 */

export interface DayRange {
  first?: Date;
  last?: Date;
  /** Where in the text the range was read, from and to (offsets in the text given). */
  from: number;
  to: number;
  problems: string[];
}

export interface DateRanges {
  ranges: DayRange[];
  /** The first day of the first range and the last day of the last, when both are real. */
  first?: Date;
  last?: Date;
  /** A canonical key for comparing two writings of the same dates (formatting aside). */
  key?: string;
}

const MONTH = `(?:${MONTHS.join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?`;
const DAY = `(\\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = `(\\d{2}|\\d{4})`;
// D [Month [Year]] (to|-|–) D Month Year
const RANGE = new RegExp(`${DAY}(?:\\s+(${MONTH})(?:\\s+${YEAR})?)?\\s*(?:to|-|–|—|until)\\s*${DAY}\\s+(${MONTH})\\s+${YEAR}(?![\\d])`, 'giu');
const SINGLE = new RegExp(`${DAY}\\s+(${MONTH})\\s+${YEAR}(?![\\d])`, 'giu');

function year(text: string, problems: string[]): number {
  if (text.length === 2) {
    problems.push(`the year is written '${text}'`);
    return 2000 + Number(text);
  }
  return Number(text);
}

function day(d: number, monthName: string, y: number, problems: string[]): Date | undefined {
  const month = monthIndex(monthName.replace(/\.$/, '')) >= 0 ? monthIndex(monthName.replace(/\.$/, '')) : MONTHS.findIndex((m) => m.toLowerCase().startsWith(monthName.replace(/\.$/, '').toLowerCase().slice(0, 3)));
  const date = month >= 0 ? makeDate(d, month, y) : undefined;
  if (!date) problems.push(`${d} ${monthName} ${y} is not a real day`);
  return date;
}

export function parseDateRanges(text: string): DateRanges {
  const ranges: DayRange[] = [];
  const taken: [number, number][] = [];
  RANGE.lastIndex = 0;
  for (let m = RANGE.exec(text); m; m = RANGE.exec(text)) {
    const problems: string[] = [];
    const lastYear = year(m[6], problems);
    const firstYear = m[3] ? year(m[3], problems) : lastYear;
    const last = day(Number(m[4]), m[5], lastYear, problems);
    let first = day(Number(m[1]), m[2] ?? m[5], firstYear, problems);
    // `30 to 4 March` without the first month: the month before.
    if (!m[2] && first && last && first > last) {
      const prev = makeDate(Number(m[1]), last.getMonth() === 0 ? 11 : last.getMonth() - 1, last.getMonth() === 0 ? lastYear - 1 : lastYear);
      if (prev) first = prev;
    }
    if (first && last && first > last) problems.push('the last day is before the first');
    ranges.push({ first, last, from: m.index, to: m.index + m[0].length, problems: [...new Set(problems)] });
    taken.push([m.index, m.index + m[0].length]);
  }
  SINGLE.lastIndex = 0;
  for (let m = SINGLE.exec(text); m; m = SINGLE.exec(text)) {
    const at = m.index;
    if (taken.some(([a, b]) => at >= a && at < b)) continue;
    const problems: string[] = [];
    const d = day(Number(m[1]), m[2], year(m[3], problems), problems);
    ranges.push({ first: d, last: d, from: at, to: at + m[0].length, problems });
  }
  ranges.sort((a, b) => a.from - b.from);
  const first = ranges[0]?.first;
  const last = ranges[ranges.length - 1]?.last;
  const key = ranges.every((r) => r.first && r.last) && ranges.length ? ranges.map((r) => `${iso(r.first!)}/${iso(r.last!)}`).join(',') : undefined;
  return { ranges, first, last, key };
}

export function iso(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
