import { defineRule, type Fix, type Severity } from './rule';
import { renderVariant } from './consistency/variants';
import { summaryDisagreement } from './consistency/disagreements';

export default defineRule({
  id: 'summary-matches-sections',
  description: 'The summary sentence names strengths and priority action exactly when the letter has those sections.',
  defaultSeverity: 'error',
  templates: ['annual-letter'],
  fixable: true,
  docs: {
    rationale:
      'The summary sentence tells the reader what kinds of finding follow. It names strengths exactly when there is a Strengths section and priority action exactly when there is an Area for priority action; a summary that promises a section the letter lacks (or leaves out one it has) contradicts the letter. That is an error. Saying `an area of strength` over several strengths is probably wrong (a warning); `areas of strength` over a single one is accepted, as in a published letter. The sentence is read for what its words say, whatever their wording (an earlier wording, or a near miss of one variant that says what another says), and a sentence that disagrees gets this one diagnostic, not a second about its wording. The fix replaces the sentence with the template variant that fits the sections; it changes what the letter claims, so it is offered for review and never applied by fix-all.',
    examples: [
      { flagged: 'The inspection identified areas of strength and areas of practice that met requirements, with some areas for development.', note: 'with no Strengths section' },
      { flagged: 'The inspection identified an area of strength and areas of practice that met requirements, with some areas for development.', accepted: 'The inspection identified areas of strength and areas of practice that met requirements, with some areas for development.', note: 'over two strengths' },
    ],
  },
  check({ letter, report }) {
    const disagreement = summaryDisagreement(letter);
    if (!disagreement) return;
    const { summary, problems, related, right } = disagreement;
    // Switching the variant changes what the letter claims (a strength, a priority action): reviewed, never fix-all.
    const fixes: Fix[] = right ? [{ title: 'Use the summary sentence that fits the sections', edits: [{ span: summary.span, newText: renderVariant(right) }], safe: false }] : [];
    const severity: Severity = problems.some((p) => p.severity === 'error') ? 'error' : 'warning';
    const advice = right ? ` Use: '${renderVariant(right)}'` : '';
    report({
      span: summary.span,
      severity,
      message: `The summary sentence ${problems.map((p) => p.text).join('; it also ')}.${advice}`,
      fixes,
      related: related.length ? related : undefined,
    });
  },
});
