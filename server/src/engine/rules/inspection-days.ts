import { differenceInCalendarDays, formatDate, isWeekend } from '../parse/dates';
import { defineRule } from './rule';
import { WEEKDAY_NAMES } from './consistency/calendar';

export default defineRule({
  id: 'inspection-days',
  description: 'The inspection took two consecutive weekdays.',
  defaultSeverity: 'error',
  templates: ['annual-letter'],
  fixable: false,
  docs: {
    rationale:
      'An unannounced inspection of contact, referral and assessment arrangements takes two consecutive working days (`2 and 3 November 2010`, a Tuesday and a Wednesday). Days that are not consecutive, in the wrong order, or on a weekend are almost certainly a slip in the opening paragraph. Dates that are not real dates are reported by `date-valid` instead.',
    examples: [
      { flagged: '2 and 4 November 2010', accepted: '2 and 3 November 2010', note: 'not consecutive' },
      { flagged: '6 and 7 November 2010', note: 'a Saturday and a Sunday' },
    ],
  },
  check({ letter, report }) {
    const days = letter.values.inspectionDays;
    const first = days?.value.first.date;
    const last = days?.value.last.date;
    if (!days || !first || !last) return;
    const gap = differenceInCalendarDays(last, first);
    const problems: string[] = [];
    if (gap === 0) problems.push('it names only one day; the inspection takes two consecutive days');
    else if (gap < 0) problems.push(`the second day (${formatDate(last)}) comes before the first (${formatDate(first)})`);
    else if (gap > 1) problems.push(`${formatDate(first)} and ${formatDate(last)} are ${gap} days apart, not consecutive days`);
    const weekend = [first, ...(gap === 0 ? [] : [last])].filter((d) => isWeekend(d));
    if (weekend.length) problems.push(`${weekend.map((d) => `${formatDate(d)} is a ${WEEKDAY_NAMES[d.getDay()]}`).join(' and ')}, and inspections take place on weekdays`);
    if (!problems.length) return;
    report({
      span: days.span,
      message: `The inspection days in the opening paragraph should be two consecutive weekdays: ${problems.join('; ')}.`,
    });
  },
});
