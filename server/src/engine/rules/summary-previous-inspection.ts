import { defineRule, type PreviousLetter, type Report } from './rule';
import { MONTHS } from '../parse/dates';
import type { Block } from '../parse/blocks';
import type { Letter } from '../parse/model';
import type { Template } from '../template/template';
import { gradeText } from './report/reading';
import { mentionedDates, mentionedGrades, overallGrade, referenceWords, tableGrades } from './report/previous-reference';

/** How many of the summary's paragraphs to look in. */
const OPENING_PARAGRAPHS = 3;

export default defineRule({
  id: 'summary-previous-inspection',
  description: "The summary's first paragraphs name the previous full inspection; the month, year and grade they give it are the previous report's.",
  defaultSeverity: 'information',
  fixable: true,
  templates: ['ilacs-report', 'focused-visit'],
  docs: {
    rationale:
      "A report's summary usually opens on the progress since the previous full inspection (263 of 321 real reports): `Since the last inspection in March 2017, when services were judged to be inadequate, …`. A report summary whose first paragraphs do not mention a previous inspection is noted (information: a council's first inspection has none to name).\n\nWhen the previous report is at hand (an ILACS or SIF report, found in the workspace or named), what the summary says of it is checked against it: a month and year, or a year, that is not its fieldwork's is an error, and so is a grade that is not its overall grade (`Overall effectiveness`, or a SIF report's `Children's services in … are …`). A sentence that names one judgement (`care leavers were judged…`) may give any grade of the previous table. A date after the words of another inspection or visit (a JTAI, a focused visit, a monitoring visit) is not the previous inspection's and is left alone. A focused-visit letter's first findings are checked the same way when its previous document is a report (`At the last inspection, in May 2019, the overall effectiveness of services was judged to be outstanding`); a letter that does not name the previous inspection is not noted.",
    examples: [
      { flagged: 'Since the last inspection in May 2019, … (the previous report: fieldwork January 2019)', accepted: 'Since the last inspection in January 2019, …' },
      { flagged: 'At the last inspection in November 2021, services were judged to be inadequate (the previous report: Overall effectiveness Good)', accepted: '…services were judged to be good' },
    ],
  },
  check({ letter, template, previous, report }) {
    const summary = letter.report ? letter.report.summary : firstFindings(letter);
    if (!summary.length) return;
    const words = referenceWords(template, previous?.letter.template);
    if (!words) return;
    const opening = summary.slice(0, OPENING_PARAGRAPHS);
    const mentions = opening.filter((b) => words.inspection.test(b.text.text));
    if (!mentions.length) {
      if (letter.report) report({ span: opening[0].span, message: "The summary's first paragraphs do not name the previous inspection: say when it was and what it found, if there was one." });
      return;
    }
    // Only a previous full inspection has the fieldwork and grades the summary names.
    if (!previous?.letter.report?.fieldwork?.value.first) return;
    for (const b of mentions) {
      checkDates(b, previous, words, report);
      checkGrades(b, template, previous, words, report);
    }
  },
});

/** A focused-visit letter's opening findings (its first section's first paragraphs), where it names the last inspection. */
function firstFindings(letter: Letter): Block[] {
  const first = letter.sections[0];
  return first ? first.findings.slice(0, OPENING_PARAGRAPHS).map((f) => f.block) : [];
}

const PUBLISHED_WITHIN_MONTHS = 3;

function addMonths(d: Date, n: number): Date {
  return new Date(d.getFullYear(), d.getMonth() + n, 1);
}

/** The months from one day's to another's, as year × 12 + month. */
function monthsBetween(from: Date, to: Date): number[] {
  const out: number[] = [];
  for (let k = from.getFullYear() * 12 + from.getMonth(); k <= to.getFullYear() * 12 + to.getMonth() && out.length < 24; k++) out.push(k);
  return out;
}

type Words = NonNullable<ReturnType<typeof referenceWords>>;

function checkDates(b: Block, previous: PreviousLetter, words: Words, report: (r: Report) => void): void {
  const prev = previous.letter.report!.fieldwork!.value;
  const days = [prev.first, prev.last].filter((d): d is Date => !!d);
  // Documents name the inspection by its fieldwork or by its report's publication (`the Ofsted inspection in
  // December 2017` for October fieldwork, focused-visit/manchester-2018-10-10): up to three months after.
  const months = monthsBetween(days[0], addMonths(days[days.length - 1], PUBLISHED_WITHIN_MONTHS));
  for (const m of mentionedDates(b.text, words)) {
    const fits = m.month === undefined ? months.some((k) => Math.floor(k / 12) === m.year) : months.includes(m.year * 12 + m.month);
    if (fits) continue;
    const first = days[0];
    const right = m.month === undefined ? String(first.getFullYear()) : `${MONTHS[first.getMonth()]} ${first.getFullYear()}`;
    report({
      span: m.span,
      severity: 'error',
      message: `The previous inspection's fieldwork was ${previous.letter.source.slice(previous.letter.report!.fieldwork!.span).trim().replace(/\s+/g, ' ')}, not ${m.written.replace(/\s+/g, ' ')}.`,
      related: [{ message: 'The previous report', uri: previous.uri }],
      fixes: [{ title: `Write '${right}'`, edits: [{ span: m.span, newText: right }], safe: false }],
    });
  }
}

function checkGrades(b: Block, template: Template, previous: PreviousLetter, words: Words, report: (r: Report) => void): void {
  const overall = overallGrade(previous.letter);
  // A SIF report's table is read too loosely for its judgements' grades: only its overall grade is compared.
  const judgements = previous.letter.template.report?.overallJudgement ? undefined : tableGrades(previous.letter);
  for (const g of mentionedGrades(b.text, template.report?.grades.length ? template : previous.letter.template, words)) {
    if (g.oneJudgement || !overall) {
      if (!judgements?.size || judgements.has(g.gradeId)) continue;
      report({
        span: g.span,
        severity: 'error',
        message: `The previous report gives no judgement the grade '${g.written}': its grades are ${[...judgements].map((id) => `'${gradeText(previous.letter.template, id)}'`).join(', ')}.`,
        related: [{ message: 'The previous report', uri: previous.uri }],
      });
      continue;
    }
    if (g.gradeId === overall.gradeId) continue;
    const right = gradeText(previous.letter.template, overall.gradeId, true);
    report({
      span: g.span,
      severity: 'error',
      message: `The previous inspection judged the overall effectiveness '${overall.written}', not '${g.written}'.`,
      related: [{ message: 'The previous report', uri: previous.uri }],
      fixes: [{ title: `Write '${right}'`, edits: [{ span: g.span, newText: right }], safe: false }],
    });
  }
}
