import { defineRule } from './rule';

export default defineRule({
  id: 'inspection-dates',
  description: "The title page's inspection dates are real days, each range's last day after its first, the ranges in order.",
  defaultSeverity: 'error',
  fixable: false,
  templates: ['ilacs-report', 'sif-report'],
  docs: {
    rationale:
      "`Inspection dates:` gives the fieldwork in any of the forms real reports use (`4 to 15 March 2024`, `14 January 2019 to 18 January 2019`, `9 May to 20 May 2022`, split fieldwork joined by `and`). A day that does not exist, a range that ends before it starts, split fieldwork out of order, or dates that cannot be read are errors: the periods of the table's rows, the inspector's title and the running footer are all read from these dates. A two-digit year is a warning.",
    examples: [{ flagged: 'Inspection dates: 31 June to 4 July 2024', accepted: 'Inspection dates: 24 June to 4 July 2024' }],
  },
  check({ letter, report }) {
    const f = letter.report?.fieldwork;
    if (!f) return;
    const ranges = f.value.ranges;
    if (!ranges.length) {
      if (f.value && f.span.end > f.span.start) report({ span: f.span, message: `The inspection dates '${letter.source.slice(f.span)}' cannot be read as days: write them as '4 to 15 March 2024'.` });
      return;
    }
    // A range's problems are reported on the whole dates line: the ranges keep no place of their own.
    for (const r of ranges) {
      for (const p of r.problems) {
        report({ span: f.span, severity: p.startsWith('the year') ? 'warning' : 'error', message: `The inspection dates: ${p}.` });
      }
    }
    for (let i = 1; i < ranges.length; i++) {
      const a = ranges[i - 1];
      const b = ranges[i];
      if (a.last && b.first && b.first <= a.last) report({ span: f.span, message: 'The inspection dates are out of order: a later part of the fieldwork begins before an earlier one ends.' });
    }
  },
});
