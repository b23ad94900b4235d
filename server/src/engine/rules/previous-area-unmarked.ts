import { accountingOf } from '../followup/account';
import { kindName, markerSentence } from '../followup/reading';
import { defineRule } from './rule';

export default defineRule({
  id: 'previous-area-unmarked',
  description: 'An area for development that repeats one from the previous letter without saying so.',
  defaultSeverity: 'warning',
  templates: ['annual-letter'],
  fixable: true,
  docs: {
    rationale:
      "When a finding among the areas for development is on the same topic as one of the previous letter's areas (matched on its meaning-bearing words and a small list of equivalent terms, so rewording does not hide it), the reader needs to know the issue is not new: add 'This was an area for development at the previous inspection.' If the issue really is new, the wording may still be worth a second look. The quick fix appends the marker sentence (to review: it also changes what the previous-inspection paragraph must say).",
    examples: [
      {
        flagged:
          "previous: 'Thresholds are not clearly understood amongst partner agencies.' now: 'Partner agencies do not yet apply thresholds for referral consistently.' (no marker)",
        accepted: "now: '... This was an area for development at the previous inspection.'",
      },
    ],
  },
  check({ letter, previous, report }) {
    if (!previous) return;
    const accounting = accountingOf(letter, previous);
    for (const match of accounting.matches) {
      const current = match.current;
      if (!current || current.markers.length) continue;
      const p = match.previous;
      const end = current.finding.block.text.sourceSpan(0, current.finding.block.text.length).end;
      const sentence = markerSentence(p.kind);
      const needsStop = !/[.!?]$/.test(current.finding.block.text.text);
      report({
        span: current.span,
        message: `This area for development repeats the previous letter's ${kindName(p.kind)} (in common: ${match.shared.slice(0, 5).join(', ')}) but does not say so. If it is the same issue, add '${sentence}' and make the previous-inspection paragraph say it remains.`,
        fixes: [{ title: `Add '${sentence}'`, edits: [{ span: { start: end, end }, newText: `${needsStop ? '.' : ''} ${sentence}` }], safe: false }],
        related: [{ message: `The previous letter's ${kindName(p.kind)}`, uri: previous.uri, range: p.range }],
      });
    }
  },
});
