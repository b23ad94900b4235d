import { accountingOf } from '../followup/account';
import { claimRewrite } from '../followup/claim-wording';
import { kindName, markerSentence } from '../followup/reading';
import { defineRule, type Fix } from './rule';

export default defineRule({
  id: 'previous-area-unmarked',
  description: 'An area for development that repeats one from the previous letter without saying so.',
  defaultSeverity: 'warning',
  templates: ['annual-letter'],
  fixable: true,
  docs: {
    rationale:
      "When a finding among the areas for development is on the same topic as one of the previous letter's areas (matched on its meaning-bearing words and a small list of equivalent terms, so rewording does not hide it), the reader needs to know the issue is not new: add 'This was an area for development at the previous inspection.' If the issue really is new, the wording may still be worth a second look. When the previous-inspection paragraph is in a standard wording that the marker would contradict ('have been addressed', or 'all but one' with one marked finding already), the first quick fix makes both edits at once: the paragraph says how many remain ('All but one of the areas of development ... have been addressed.', or 'have not been addressed' when all of them do) and the finding gets its marker. The other appends the marker alone. Both change what the letter says, so they are offered for review and never applied by fix-all.",
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
      const addMarker = { span: { start: end, end }, newText: `${needsStop ? '.' : ''} ${sentence}` };
      const fixes: Fix[] = [];
      // The marker alone would contradict a paragraph that says none (or fewer) remain: offer both edits as one.
      const claim = accounting.claims.find((c) => c.kind === p.kind);
      const carried = accounting.markers.filter((m) => m.kind === p.kind).length;
      if (claim && (claim.expects === 'none' || (claim.expects === 'count' && claim.remaining === carried))) {
        const of = accounting.matches.filter((m) => m.previous.kind === p.kind).length;
        const rewrite = claimRewrite(claim, carried + 1, of);
        if (rewrite) fixes.push({ title: `Add '${sentence}' and change the paragraph to ${rewrite.title}`, edits: [rewrite.edit, addMarker], safe: false });
      }
      fixes.push({ title: `Add '${sentence}'`, edits: [addMarker], safe: false });
      report({
        span: current.span,
        message: `This area for development repeats the previous letter's ${kindName(p.kind)} (in common: ${match.shared.slice(0, 5).join(', ')}) but does not say so. If it is the same issue, add '${sentence}' and make the previous-inspection paragraph say it remains.`,
        fixes,
        related: [{ message: `The previous letter's ${kindName(p.kind)}`, uri: previous.uri, range: p.range }],
      });
    }
  },
});
