import { formatDate, MONTHS, monthsBetween } from '../parse/dates';
import { defineRule } from './rule';

export default defineRule({
  id: 'previous-inspection-date',
  description: 'The previous inspection named in the letter is before this inspection, and not implausibly long before.',
  defaultSeverity: 'error',
  templates: ['annual-letter'],
  fixable: false,
  docs: {
    rationale:
      'The paragraphs on the previous inspection name its month and year. A previous inspection in the same month as this one or later contradicts the letter (an error, usually a mistyped year). Unannounced inspections were about a year apart (10 to 24 months in the published letters), so a month far outside the template\'s range is worth a second look (a hint).',
    examples: [{ flagged: 'the previous inspection … in January 2011 (this inspection: 2 and 3 November 2010)', accepted: 'in January 2010' }],
  },
  check({ letter, template, report }) {
    const { inspectionDays, letterDate, previousInspections } = letter.values;
    const current = inspectionDays?.value.first.date ?? letterDate?.value.date;
    if (!current) return;
    const currentSpan = inspectionDays?.value.first.date ? inspectionDays.span : letterDate!.span;
    const currentText = inspectionDays?.value.first.date ? `this inspection began on ${formatDate(current)}` : `this letter is dated ${formatDate(current)}`;
    if (!template.previousInspectionMonths) return;
    const { min, max } = template.previousInspectionMonths;
    for (const previous of previousInspections) {
      const months = monthsBetween(previous.value, current);
      const name = `${MONTHS[previous.value.getMonth()]} ${previous.value.getFullYear()}`;
      const related = [{ message: inspectionDays?.value.first.date ? 'This inspection' : 'The letter date', span: currentSpan }];
      if (months <= 0) {
        report({
          span: previous.span,
          message: `The previous inspection is said to be in ${name}, but ${currentText}: the previous inspection must be earlier. Check the month and year.`,
          related,
        });
      } else if (months > max || months < min) {
        report({
          span: previous.span,
          severity: 'hint',
          message: `The previous inspection in ${name} is ${months} month${months === 1 ? '' : 's'} before this one; inspections are usually ${min} to ${max} months apart. Check the month and year.`,
          related,
        });
      }
    }
  },
});
