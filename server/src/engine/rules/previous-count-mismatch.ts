import { followupOf, kindName, markerSentence } from '../followup/reading';
import { defineRule } from './rule';

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six'];
const say = (n: number) => WORDS[n] ?? String(n);

export default defineRule({
  id: 'previous-count-mismatch',
  description: "The number of carried-forward findings does not match the paragraph's count ('All but one ... have been addressed').",
  defaultSeverity: 'error',
  templates: ['annual-letter'],
  fixable: false,
  docs: {
    rationale:
      "'All but one of the areas of development identified at the previous inspection ... have been addressed' promises exactly one finding marked 'This was an area for development at the previous inspection.' Two marked findings, or none, contradict it. A paragraph saying the areas have not been addressed promises marked findings too.",
    examples: [
      {
        flagged: "All but one of the areas of development ... have been addressed.' with two findings marked as carried forward",
        accepted: 'All but one ... with exactly one marked finding',
      },
    ],
  },
  check({ letter, report }) {
    const reading = followupOf(letter);
    for (const claim of reading.claims) {
      const marked = reading.markers.filter((m) => m.kind === claim.kind);
      const related = marked.map((m) => ({ message: 'A finding marked as carried forward', span: m.span }));
      // Findings marked 'one aspect of an area' may share one previous area between them.
      const aspects = marked.filter((m) => m.aspect).length;
      const fewest = marked.length - aspects + (aspects ? 1 : 0);
      if (claim.outcome === 'allButN' && claim.remaining !== undefined && claim.remaining > 0 && (claim.remaining < fewest || claim.remaining > marked.length)) {
        report({
          span: claim.subjectSpan,
          message: `The paragraph says all but ${say(claim.remaining)} of the previous ${kindName(claim.kind, true)} have been addressed, but ${say(marked.length)} finding${marked.length === 1 ? ' is' : 's are'} marked as carried forward. Make the count match the findings that carry the marker (and check each marker).`,
          related,
        });
      } else if (claim.outcome === 'notAddressed' && marked.length === 0) {
        report({
          span: claim.subjectSpan,
          severity: 'warning',
          message: `The paragraph says the previous ${kindName(claim.kind, claim.kind === 'development')} ${claim.kind === 'development' ? 'have' : 'has'} not been addressed, but no finding is marked as carried forward. Add '${markerSentence(claim.kind)}' to the findings that repeat them.`,
        });
      }
    }
  },
});
