import { claimFor, followupOf, kindName } from '../followup/reading';
import { defineRule } from './rule';

export default defineRule({
  id: 'previous-addressed-but-carried',
  description: 'The previous-inspection paragraph says the areas were addressed, but a finding says it was an area at the previous inspection.',
  defaultSeverity: 'error',
  templates: ['annual-letter'],
  fixable: false,
  docs: {
    rationale:
      "When the paragraph on the previous inspection says its areas for development (or its area for priority action) have been addressed, no finding can carry one of them forward with a marker such as 'This was an area for development at the previous inspection.' The letter contradicts itself: either the issue was not fully addressed (change the paragraph, for example to 'All but one of the areas of development ... have been addressed.') or the marker is wrong.",
    examples: [
      {
        flagged:
          'The areas of development identified at the previous inspection ... in March 2010 have been addressed.\n...\n- There are delays in progressing assessments. This was an area for development at the previous inspection.',
        accepted: 'All but one of the areas of development identified at the previous inspection ... have been addressed.',
      },
    ],
  },
  check({ letter, report }) {
    const reading = followupOf(letter);
    for (const marker of reading.markers) {
      const claim = claimFor(reading, marker.kind);
      if (!claim || claim.expects !== 'none') continue;
      const what =
        marker.kind === 'priorityAction'
          ? 'the area for priority action has been addressed'
          : `the ${kindName('development', true)} have been addressed`;
      report({
        span: marker.span,
        message: `This finding is marked as carried forward from the previous inspection, but the previous-inspection paragraph says ${what}. Either change the paragraph to say which ${kindName(marker.kind, marker.kind === 'development')} remain, or remove this marker if the issue is new.`,
        related: [{ message: 'The paragraph says they have been addressed', span: claim.span }],
      });
    }
  },
});
