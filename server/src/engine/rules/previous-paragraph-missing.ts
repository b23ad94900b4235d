import { followupOf, kindName } from '../followup/reading';
import { defineRule } from './rule';

export default defineRule({
  id: 'previous-paragraph-missing',
  description: 'Findings are marked as carried forward from the previous inspection, but no paragraph says what became of its areas.',
  defaultSeverity: 'error',
  templates: ['annual-letter'],
  fixable: false,
  docs: {
    rationale:
      "A finding marked 'This was an area for development at the previous inspection.' refers to a previous inspection that the letter must account for, in a paragraph after the summary sentence: 'The areas of development identified at the previous inspection of contact, referral and assessment arrangements in <Month YYYY> ...'. A marker of priority action likewise needs a sentence on the previous area for priority action.",
    examples: [
      {
        flagged: '(no previous-inspection paragraph)\n- There are delays in progressing assessments. This was an area for development at the previous inspection.',
      },
    ],
  },
  check({ letter, report }) {
    const reading = followupOf(letter);
    const paragraphs = letter.partsById('previousInspection');
    for (const marker of reading.markers) {
      if (!paragraphs.length) {
        report({
          span: marker.span,
          message:
            "This finding is marked as carried forward from the previous inspection, but the letter has no paragraph on the previous inspection. Add one after the summary sentence, saying what became of its areas (for example 'All but one of the areas of development identified at the previous inspection ... in <Month YYYY> have been addressed.').",
        });
        continue;
      }
      // With unread paragraphs the claim may be there in words the checker does not know.
      if (reading.unread.length || reading.claims.some((c) => c.kind === marker.kind)) continue;
      report({
        span: marker.span,
        message: `This finding is marked as an ${kindName(marker.kind)} at the previous inspection, but the previous-inspection paragraph says nothing about the previous ${kindName(marker.kind, marker.kind === 'development')}. Add a sentence saying what became of ${marker.kind === 'development' ? 'them' : 'it'}.`,
        related: paragraphs.map((p) => ({ message: 'The previous-inspection paragraph', span: p.span })),
      });
    }
  },
});
