import { followupOf } from '../followup/reading';
import { defineRule } from './rule';

export default defineRule({
  id: 'previous-claim-unread',
  description: 'A previous-inspection paragraph whose claim the checker cannot read, so its findings are not cross-checked.',
  defaultSeverity: 'information',
  templates: ['annual-letter'],
  fixable: false,
  docs: {
    rationale:
      'The paragraph about the previous inspection makes a claim (the areas have been addressed; all but one have; some remain, named; they have been considered) that the findings must bear out. When the paragraph uses wording the checker does not know, it says so rather than guess, and the cross-checks on the carried-forward markers are skipped for it. Standard wordings are listed in docs/followup.md; new ones can be added to server/src/engine/followup/phrases.json.',
    examples: [
      {
        flagged: 'The areas of development identified at the previous inspection in March 2010 were looked at again.',
        accepted: 'The areas of development identified at the previous inspection of contact, referral and assessment arrangements in March 2010 have been addressed.',
      },
    ],
  },
  check({ letter, report }) {
    const reading = followupOf(letter);
    for (const u of reading.unread) {
      report({
        span: u.span,
        message:
          "This paragraph about the previous inspection does not read as a standard claim (such as 'The areas of development identified at the previous inspection ... in <Month YYYY> have been addressed.'), so the carried-forward markers are not checked against it.",
      });
    }
    for (const c of reading.claims) {
      if (c.outcome !== 'unknown') continue;
      report({
        span: c.span,
        message: `The checker cannot tell what this sentence says became of the previous ${c.kind === 'priorityAction' ? 'area for priority action' : 'areas for development'} (addressed, all but some addressed, remaining, considered), so the markers are not checked against it.`,
      });
    }
  },
});
