import { defineRule } from './rule';
import { MONTHS } from '../parse/dates';

const MONTH_YEAR = new RegExp(`\\b(${MONTHS.join('|')})\\s+((?:19|20)\\d\\d)\\b`, 'g');
/** How many of the summary's paragraphs to look in. */
const OPENING_PARAGRAPHS = 3;

export default defineRule({
  id: 'summary-previous-inspection',
  description: "The summary's first paragraphs name the previous full inspection, by month and year when the previous report is at hand.",
  defaultSeverity: 'information',
  fixable: false,
  templates: ['ilacs-report'],
  docs: {
    rationale:
      "A report's summary usually opens on the progress since the previous full inspection (263 of 321 real reports): `Since the last inspection in March 2017, …`. A summary whose first paragraphs do not mention a previous inspection is noted (information: a council's first inspection has none to name). When the previous report is at hand (found in the workspace or named), a month and year that is not its fieldwork's is a warning.",
    examples: [{ flagged: 'Since the last inspection in May 2019, … (the previous report: fieldwork January 2019)', accepted: 'Since the last inspection in January 2019, …' }],
  },
  check({ letter, template, previous, report }) {
    const summary = letter.report?.summary ?? [];
    if (!summary.length || !template.report?.previousInspection) return;
    const opening = summary.slice(0, OPENING_PARAGRAPHS);
    const words = template.report.previousInspection;
    const mentions = opening.filter((b) => words.test(b.text.text));
    if (!mentions.length) {
      report({ span: opening[0].span, message: "The summary's first paragraphs do not name the previous inspection: say when it was and what it found, if there was one." });
      return;
    }
    const prev = previous?.letter.report?.fieldwork?.value;
    if (!prev?.first || !prev.last) return;
    for (const b of mentions) {
      MONTH_YEAR.lastIndex = 0;
      for (let m = MONTH_YEAR.exec(b.text.text); m; m = MONTH_YEAR.exec(b.text.text)) {
        const month = MONTHS.indexOf(m[1]);
        const year = Number(m[2]);
        const fits = [prev.first, prev.last].some((d) => d.getMonth() === month && d.getFullYear() === year);
        if (fits) return;
        const nearInspection = /inspect/i.test(b.text.text.slice(Math.max(0, m.index - 60), m.index));
        if (!nearInspection) continue;
        report({
          span: b.text.sourceSpan(m.index, m.index + m[0].length),
          severity: 'warning',
          message: `The previous inspection's fieldwork was ${MONTHS[prev.first.getMonth()]} ${prev.first.getFullYear()}, not ${m[0]}.`,
          related: previous ? [{ message: 'The previous report', uri: previous.uri }] : undefined,
        });
        return;
      }
    }
  },
});
