import { accountingOf, insertionPoint, unaccountedAreas } from '../followup/account';
import { kindName, markerSentence } from '../followup/reading';
import { defineRule, type Fix } from './rule';

export default defineRule({
  id: 'previous-area-unaccounted',
  description: "An area from the previous letter that the draft neither carries forward nor covers in its previous-inspection paragraph.",
  defaultSeverity: 'warning',
  templates: ['annual-letter'],
  fixable: true,
  docs: {
    rationale:
      "Every area for development and area for priority action of the previous inspection must be accounted for: carried forward by a finding with a marker sentence, or covered by the previous-inspection paragraph ('have been addressed', 'all but one ... have been addressed'). When the previous letter is at hand (a `<!-- letter-check previous: path -->` line, the CLI's `--previous`, or the latest earlier letter for the same council in the workspace), each of its areas is matched by topic to the draft's findings; an area neither matched to a marked finding nor covered by the paragraph is flagged, pointing at the previous letter's finding. The quick fix inserts that finding, with the marker, as a starting point to reword.",
    examples: [
      {
        flagged: "(paragraph says the areas of development have not been addressed; the previous letter's 'Thresholds are not clearly understood amongst partner agencies' has no marked finding)",
      },
    ],
  },
  check({ letter, previous, report }) {
    if (!previous) return;
    const accounting = accountingOf(letter, previous);
    // Reported on the claim; without one, on the paragraph, the summary sentence or the section.
    const fallback = (letter.partsById('previousInspection')[0] ?? letter.partsById('summary')[0])?.span ?? letter.section('areasForDevelopment')?.heading.span;
    const at = insertionPoint(letter);
    for (const match of unaccountedAreas(accounting)) {
      const p = match.previous;
      const claim = accounting.claims.find((c) => c.kind === p.kind);
      const why = claim
        ? `the previous-inspection paragraph says the ${kindName(p.kind, p.kind === 'development')} ${p.kind === 'development' ? 'have' : 'has'} not been addressed`
        : `the previous-inspection paragraph says nothing about the previous ${kindName(p.kind, p.kind === 'development')}`;
      const gist = p.text.length > 90 ? `${p.text.slice(0, p.text.lastIndexOf(' ', 87))}...` : p.text;
      const fixes: Fix[] = [];
      if (at) {
        fixes.push({
          // Several areas are reported on the same claim: the title says which one, or the light bulb shows twins.
          title: `Insert '${words(p.text, 8)}' as a new area for development (to reword)`,
          edits: [{ span: { start: at.offset, end: at.offset }, newText: `${at.prefix}${p.text} ${markerSentence(p.kind)}` }],
          safe: false,
        });
      }
      report({
        span: claim?.span ?? fallback ?? { start: 0, end: 0 },
        message: `The previous letter's ${kindName(p.kind)} '${gist}' is not accounted for: ${why}, and no finding here carries it forward with a marker. Add the marker to the finding that repeats it, or say in the paragraph that it has been addressed.`,
        fixes,
        related: [{ message: `The previous letter's ${kindName(p.kind)}`, uri: previous.uri, range: p.range }],
      });
    }
  },
});

/** The first few words of a finding, for naming it in a fix's title. */
function words(text: string, count: number): string {
  const all = text.split(/\s+/);
  return all.length > count ? `${all.slice(0, count).join(' ')}…` : text;
}
