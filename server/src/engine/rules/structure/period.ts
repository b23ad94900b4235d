import type { Letter } from '../../parse/model';
import { MONTHS } from '../../parse/dates';
import { inPeriod, type Period } from '../../template/template';

/**
 * The periods of a template's wordings (sentence and heading variants dated with from/until), for the
 * rules that say a wording belongs to another period than the document's.
 */

/** The document's date as ISO YYYY-MM-DD: the letter date (undefined when the draft has none yet). */
export function documentIsoDate(letter: Letter): string | undefined {
  const date = letter.values.letterDate?.value.date;
  if (!date || Number.isNaN(date.getTime())) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whether a dated wording was out of use on this date (an undated wording never is). */
export function outOfPeriod(period: Period | undefined, isoDate: string): boolean {
  return !!period && (!!period.from || !!period.until) && !inPeriod(period, isoDate);
}

/** `letters up to July 2021`, `letters from July 2021`, `letters from October 2020 to September 2021`. */
export function describePeriod(period: Period): string {
  if (period.from && period.until) return `letters from ${monthYear(period.from)} to ${monthYear(period.until)}`;
  if (period.from) return `letters from ${monthYear(period.from)}`;
  return `letters up to ${monthYear(period.until!)}`;
}

/** `July 2021` for 2021-07 or 2021-07-31. */
function monthYear(iso: string): string {
  const [year, month] = iso.split('-');
  return `${MONTHS[Number(month) - 1]} ${year}`;
}
