import type { Facts } from '../template/sentence-pattern';
import { defineRule, type Fix, type RelatedInformation, type Severity } from './rule';
import { matchedSentence, renderVariant, variantWithFacts } from './consistency/variants';
import { priorityAction as findPriorityAction } from './consistency/priority-action';

type Strengths = NonNullable<Facts['strengths']>;

const STRENGTHS_WORDS: Record<Strengths, string> = { none: 'no strengths', singular: "'an area of strength'", plural: "'areas of strength'" };

export default defineRule({
  id: 'summary-matches-sections',
  description: 'The summary sentence names strengths and priority action exactly when the letter has those sections.',
  defaultSeverity: 'error',
  templates: ['annual-letter'],
  fixable: true,
  docs: {
    rationale:
      'The summary sentence tells the reader what kinds of finding follow. It names strengths exactly when there is a Strengths section and priority action exactly when there is an Area for priority action; a summary that promises a section the letter lacks (or leaves out one it has) contradicts the letter. That is an error. Saying `an area of strength` over several strengths is probably wrong (a warning); `areas of strength` over a single one is accepted, as in a published letter. The fix replaces the sentence with the template variant that fits the sections.',
    examples: [
      { flagged: 'The inspection identified areas of strength and areas of practice that met requirements, with some areas for development.', note: 'with no Strengths section' },
      { flagged: 'The inspection identified an area of strength and areas of practice that met requirements, with some areas for development.', accepted: 'The inspection identified areas of strength and areas of practice that met requirements, with some areas for development.', note: 'over two strengths' },
    ],
  },
  check({ letter, report }) {
    const summary = matchedSentence(letter, 'summary');
    if (!summary || summary.facts.strengths === undefined || summary.facts.priorityAction === undefined) return;
    const strengthsSection = letter.section('strengths');
    const priorityAction = findPriorityAction(letter);
    const count = strengthsSection?.findings.length ?? 0;
    const said = summary.facts.strengths;
    const problems: { severity: Severity; text: string }[] = [];
    const related: RelatedInformation[] = [];

    let strengths: Strengths = said;
    if (said !== 'none' && !strengthsSection) {
      problems.push({ severity: 'error', text: `names ${STRENGTHS_WORDS[said]} but the letter has no Strengths section` });
      strengths = 'none';
    } else if (said === 'none' && strengthsSection) {
      problems.push({ severity: 'error', text: 'names no strengths but the letter has a Strengths section' });
      strengths = count === 1 ? 'singular' : 'plural';
      related.push({ message: 'The Strengths section', span: strengthsSection.heading.span });
    } else if (said === 'singular' && count > 1) {
      problems.push({ severity: 'warning', text: `says 'an area of strength' but the Strengths section has ${count} findings` });
      strengths = 'plural';
      related.push({ message: 'The Strengths section', span: strengthsSection!.heading.span });
    }
    const hasPriorityAction = Boolean(priorityAction);
    if (summary.facts.priorityAction !== hasPriorityAction) {
      problems.push({
        severity: 'error',
        text: hasPriorityAction ? 'does not name the area for priority action that the letter has' : 'names an area for priority action but the letter has no Area for priority action section',
      });
      if (priorityAction) related.push({ message: 'The Area for priority action', span: priorityAction.span });
    }
    if (!problems.length) return;

    const right = variantWithFacts(summary.match.sentence, { strengths, priorityAction: hasPriorityAction });
    const fixes: Fix[] = right
      ? [{ title: 'Use the summary sentence that fits the sections', edits: [{ span: summary.span, newText: renderVariant(right) }], safe: summary.exact }]
      : [];
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
