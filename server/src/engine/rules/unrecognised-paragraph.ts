import { defineRule } from './rule';
import { coveredByMissing } from './structure/missing';
import { coveredByMisplaced } from './structure/order';
import { runs } from './structure/runs';

export default defineRule({
  id: 'unrecognised-paragraph',
  description: 'Text that is none of the template\'s parts and is not a finding under a heading.',
  defaultSeverity: 'warning',
  fixable: false,
  docs: {
    rationale:
      'Every paragraph of a letter is a part of the template or a finding under a section heading. Text the checker cannot place (a paragraph between the closing and the sign-off, notes left after the copy list, a paragraph between the summary sentence and the lead-in that is not about the previous inspection) is probably misplaced or left over from drafting, so it is a warning: it does not break the template by itself, but it usually means something is in the wrong place. Text that a missing or misplaced part would take in (the findings under a missing heading, the inspector\'s name left behind by a moved sign-off) is not reported again: the missing-part or part-order diagnostic covers it.',
    examples: [{ flagged: 'Any areas for development identified above will be …\n\nPlease call me if you have questions.\n\nYours sincerely' }],
  },
  check({ letter, report }) {
    const covered = new Set([...coveredByMissing(letter), ...coveredByMisplaced(letter)]);
    for (const run of runs(letter, letter.unrecognised.filter((b) => !covered.has(b)))) {
      const what = run.length === 1 ? 'This paragraph is' : `These ${run.length} paragraphs are`;
      report({
        span: { start: run[0].span.start, end: run[run.length - 1].span.end },
        message: `${what} not part of the template here: move ${run.length === 1 ? 'it' : 'them'} to where ${run.length === 1 ? 'it belongs' : 'they belong'} (findings go under a section heading) or remove ${run.length === 1 ? 'it' : 'them'}.`,
      });
    }
  },
});
