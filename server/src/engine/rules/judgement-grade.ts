import { defineRule } from './rule';
import type { GradeNode } from '../parse/report-model';
import { gradeText, isGraded } from './report/reading';

export default defineRule({
  id: 'judgement-grade',
  description: "Each judgement section's heading gives the grade the table gives that judgement, in the grade vocabulary's words.",
  defaultSeverity: 'error',
  fixable: true,
  templates: ['ilacs-report'],
  docs: {
    rationale:
      "The grade in a section heading (`The experiences and progress of care leavers: good`) repeats the table's grade for that judgement: a different grade, or none, is an error. Grades are the vocabulary's words (Outstanding, Good, Requires improvement to be good, Inadequate): capitalised in the table, lower case in a heading. A capitalised heading grade or the short `Requires improvement` (both in reports of 2018 to 2020) is a hint naming the standard form, with a safe fix.",
    examples: [
      { flagged: 'The experiences and progress of care leavers: good (table: Requires improvement to be good)', accepted: 'The experiences and progress of care leavers: requires improvement to be good' },
      { flagged: 'Requires improvement (in the table)', accepted: 'Requires improvement to be good' },
    ],
  },
  check({ letter, template, report }) {
    const r = letter.report;
    if (!r) return;
    const lower = template.report?.sectionGradeCase === 'lower';
    const formHint = (g: GradeNode, inHeading: boolean) => {
      if (!isGraded(g) || g.form === 'standard') return;
      const standard = gradeText(template, g.gradeId, inHeading && lower);
      report({
        span: g.span,
        severity: 'hint',
        message: `Write the grade '${standard}'${g.form === 'short' ? ' in full' : ''}${inHeading ? ' in the heading' : ' in the table'}, not '${g.written}'.`,
        fixes: [{ title: `Write '${standard}'`, edits: [{ span: g.span, newText: standard }], safe: true }],
      });
    };
    for (const row of r.table?.rows ?? []) {
      if (!row.grade) report({ span: row.label.span, message: `The row '${row.label.value}' has no grade.` });
      else if (!isGraded(row.grade)) report({ span: row.grade.span, message: `'${row.grade.written}' is not a grade: ${template.report?.grades.map((g) => `'${g.text}'`).join(', ')}.` });
      else formHint(row.grade, false);
    }
    const rows = r.table?.rows ?? [];
    const rowSpecs = template.parts.find((p) => p.kind === 'table')?.table?.rows ?? [];
    for (const s of r.gradedSections) {
      if (!s.grade) {
        report({ span: s.section.heading.span, message: `The heading '${s.section.heading.text}' gives no grade: end it with ': ' and the grade the table gives.` });
        continue;
      }
      if (!isGraded(s.grade)) {
        report({ span: s.grade.span, message: `'${s.grade.written}' is not a grade.` });
        continue;
      }
      formHint(s.grade, true);
      const spec = rowSpecs.find((x) => x.section === s.section.id);
      const row = spec && rows.find((x) => x.rowId === spec.id);
      if (!row?.grade?.gradeId || row.grade.gradeId === s.grade.gradeId) continue;
      const expected = gradeText(template, row.grade.gradeId, lower);
      report({
        span: s.grade.span,
        message: `The heading grades this judgement '${s.grade.written}', the table '${row.grade.written}'.`,
        related: [{ message: 'The grade in the table', span: row.grade.span }],
        fixes: [{ title: `Write the table's grade '${expected}'`, edits: [{ span: s.grade.span, newText: expected }], safe: false }],
      });
    }
  },
});
