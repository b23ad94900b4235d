import { areasOf } from '../followup/account';
import { claimRewrite } from '../followup/claim-wording';
import type { Marker } from '../followup/markers';
import { claimFor, followupOf, kindName } from '../followup/reading';
import type { Letter } from '../parse/model';
import { defineRule, type Fix, type TextEdit } from './rule';

export default defineRule({
  id: 'previous-addressed-but-carried',
  description: 'The previous-inspection paragraph says the areas were addressed, but a finding says it was an area at the previous inspection.',
  defaultSeverity: 'error',
  templates: ['annual-letter'],
  fixable: true,
  docs: {
    rationale:
      "When the paragraph on the previous inspection says its areas for development (or its area for priority action) have been addressed, no finding can carry one of them forward with a marker such as 'This was an area for development at the previous inspection.' The letter contradicts itself: either the issue was not fully addressed (change the paragraph, for example to 'All but one of the areas of development ... have been addressed.') or the marker is wrong. The quick fixes make either change: change the paragraph to its standard wording that says how many remain (when it is written in a standard wording, so nothing the inspector wrote is lost; 'have not been addressed' when the previous letter is at hand and every one of its areas is carried), or remove the marker sentence (when it is a sentence of its own after the finding). Both change what the letter says: offered for review, never applied by fix-all.",
    examples: [
      {
        flagged:
          'The areas of development identified at the previous inspection ... in March 2010 have been addressed.\n...\n- There are delays in progressing assessments. This was an area for development at the previous inspection.',
        accepted: 'All but one of the areas of development identified at the previous inspection ... have been addressed.',
      },
    ],
  },
  check({ letter, previous, report }) {
    const reading = followupOf(letter);
    for (const marker of reading.markers) {
      const claim = claimFor(reading, marker.kind);
      if (!claim || claim.expects !== 'none') continue;
      const what =
        marker.kind === 'priorityAction'
          ? 'the area for priority action has been addressed'
          : `the ${kindName('development', true)} have been addressed`;
      const fixes: Fix[] = [];
      const carried = reading.markers.filter((m) => m.kind === marker.kind).length;
      const of = previous ? areasOf(previous.letter).filter((a) => a.kind === marker.kind).length : undefined;
      const rewrite = claimRewrite(claim, carried, of || undefined);
      if (rewrite) fixes.push({ title: `Change the paragraph to ${rewrite.title}`, edits: [rewrite.edit], safe: false });
      const removal = markerRemoval(letter, marker);
      if (removal) fixes.push({ title: 'Remove the marker sentence (the issue is new)', edits: [removal], safe: false });
      report({
        span: marker.span,
        message: `This finding is marked as carried forward from the previous inspection, but the previous-inspection paragraph says ${what}. Either change the paragraph to say which ${kindName(marker.kind, marker.kind === 'development')} remain, or remove this marker if the issue is new.`,
        related: [{ message: 'The paragraph says they have been addressed', span: claim.span }],
        fixes,
      });
    }
  },
});

/**
 * Deletes a marker that is a sentence of its own after the finding's text, with the space before it.
 * A marker inside a sentence (`... and this was an area ...`) or standing alone is left to the inspector.
 */
function markerRemoval(letter: Letter, marker: Marker): TextEdit | undefined {
  const text = letter.source.text;
  const markerText = text.slice(marker.span.start, marker.span.end);
  if (!/^[A-Z]/.test(markerText) || !markerText.endsWith('.')) return undefined;
  const blockStart = marker.block.text.sourceSpan(0, marker.block.text.length).start;
  let from = marker.span.start;
  while (from > blockStart && /\s/.test(text[from - 1])) from--;
  if (from <= blockStart || !/[.!?]/.test(text[from - 1])) return undefined;
  return { span: { start: from, end: marker.span.end }, newText: '' };
}
