import { MONTHS } from '../parse/dates';
import { inspectionDate } from '../followup/previous-letter';
import { followupOf } from '../followup/reading';
import { defineRule } from './rule';

export default defineRule({
  id: 'previous-month-mismatch',
  description: "The month the previous-inspection paragraph names is not when the previous letter's inspection took place.",
  defaultSeverity: 'error',
  templates: ['annual-letter'],
  fixable: true,
  docs: {
    rationale:
      "The paragraph on the previous inspection names its month and year ('... identified at the previous inspection of contact, referral and assessment arrangements in January 2010 ...'). When the previous letter is at hand, its inspection dates say which month that was; a different month is a factual error that the council will notice. The quick fix writes the previous letter's month (to review: check the right previous letter was used).",
    examples: [{ flagged: "'in March 2010' when the previous letter's inspection was on 12 and 13 January 2010", accepted: "'in January 2010'" }],
  },
  check({ letter, previous, report }) {
    if (!previous) return;
    const days = previous.letter.values.inspectionDays?.value;
    const first = days?.first.date ?? inspectionDate(previous.letter);
    if (!first) return;
    const last = days?.last.date ?? first;
    const accepted = [first, last].map((d) => ({ month: d.getMonth(), year: d.getFullYear() }));
    const expected = `${MONTHS[first.getMonth()]} ${first.getFullYear()}`;
    const span = previous.letter.values.inspectionDays?.span;
    for (const claim of followupOf(letter).claims) {
      const m = claim.month;
      if (!m || accepted.some((a) => a.month === m.month && a.year === m.year)) continue;
      report({
        span: m.span,
        message: `The previous inspection took place in ${expected} (according to the previous letter), not ${m.text}. Correct the month and year.`,
        fixes: [{ title: `Change to '${expected}'`, edits: [{ span: m.span, newText: expected }], safe: false }],
        related: [
          {
            message: "The previous letter's inspection dates",
            uri: previous.uri,
            range: span ? previous.letter.source.rangeOf(span) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          },
        ],
      });
    }
  },
});
