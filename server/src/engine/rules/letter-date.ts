import { addDays, differenceInCalendarDays, formatDate, isWeekend } from '../parse/dates';
import { defineRule } from './rule';
import { WEEKDAY_NAMES } from './consistency/calendar';

export default defineRule({
  id: 'letter-date',
  description: 'The letter is dated after the inspection, within the time its template allows (four weeks for the annual letter, at most twelve for a focused visit), on a weekday.',
  defaultSeverity: 'error',
  fixable: false,
  docs: {
    rationale:
      'A letter reports an inspection that has happened, so a letter dated on or before the last day of the inspection contradicts itself (an error). By convention an annual letter is dated four weeks after the last day of the inspection (28 days in every published one), so a date far from that is worth a second look (a hint), and letters are dated on working days (a weekend date is information). A focused-visit letter has no fixed interval: the 150 dated real letters are dated 22 to 78 days after the visit\'s last day (median 34; 38 of them more than six weeks after, around Christmas, in the spring of 2021 and the election of July 2024), so only a date more than twelve weeks after it gets the hint (the template\'s `letterDate.latestDays`).',
    examples: [
      { flagged: '1 November 2010 … conducted on 2 and 3 November 2010', note: 'dated before the inspection (error)' },
      { flagged: '15 December 2010 … conducted on 2 and 3 November 2010', accepted: '1 December 2010', note: 'six weeks after (hint)' },
      { flagged: '14 June 2024 … focused visit … on 6 and 7 March 2024', accepted: '12 April 2024', note: 'a focused visit: more than twelve weeks after (hint)' },
    ],
  },
  check({ letter, template, report }) {
    const { letterDate, inspectionDays } = letter.values;
    const date = letterDate?.value.date;
    if (!letterDate || !date) return;
    if (isWeekend(date)) {
      report({
        span: letterDate.span,
        severity: 'information',
        message: `The letter is dated on a ${WEEKDAY_NAMES[date.getDay()]} (${formatDate(date)}); letters are normally dated on a working day.`,
      });
    }
    const last = inspectionDays?.value.last.date;
    if (!inspectionDays || !last) return;
    const related = [{ message: 'The inspection days', span: inspectionDays.span }];
    const after = differenceInCalendarDays(date, last);
    if (after <= 0) {
      report({
        span: letterDate.span,
        message: `The letter is dated ${formatDate(date)}, ${after === 0 ? 'the last day of' : 'before'} the inspection it reports (${formatDate(last)} was its last day): check the letter date and the inspection days.`,
        related,
      });
      return;
    }
    if (!template.letterDate) return;
    const { daysAfterInspection, toleranceDays, latestDays } = template.letterDate;
    const weeks = (days: number) => (days % 7 === 0 ? `${days / 7} weeks, ` : '');
    if (latestDays !== undefined) {
      // A window open below: real letters of such a template are dated anywhere from three weeks to months after.
      if (after > latestDays) {
        report({
          span: letterDate.span,
          severity: 'hint',
          message: `The letter is dated ${after} days after the last day of the inspection; these letters are dated within ${latestDays} days (${weeks(latestDays)}usually about ${daysAfterInspection}, which would be ${formatDate(addDays(last, daysAfterInspection))}): check the letter date and the inspection days.`,
          related,
        });
      }
      return;
    }
    if (toleranceDays !== undefined && Math.abs(after - daysAfterInspection) > toleranceDays) {
      report({
        span: letterDate.span,
        severity: 'hint',
        message: `The letter is dated ${after} days after the last day of the inspection; by convention it is dated ${daysAfterInspection} days after (${weeks(daysAfterInspection)}which would be ${formatDate(addDays(last, daysAfterInspection))}).`,
        related,
      });
    }
  },
});

