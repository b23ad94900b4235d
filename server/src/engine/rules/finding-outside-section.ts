import type { Block } from '../parse/blocks';
import type { Letter, SectionNode } from '../parse/model';
import { defineRule, type Fix } from './rule';
import { coveredByMissing } from './structure/missing';
import { insertParagraph, lineStart, partLines } from './structure/parts';
import { emptySectionBelow, runs } from './structure/runs';

export default defineRule({
  id: 'finding-outside-section',
  description: 'Findings come after the lead-in but before any section heading.',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    rationale:
      'Every finding belongs to a section: Strengths, the requirements met, Areas for development or the Area for priority action. Findings between the lead-in and the first heading belong to none, so a reader cannot tell what kind of finding they are. Each run of such findings is reported once. When only one section could come there (Strengths, before the requirements met), the fix inserts its heading above them; review it, since it decides what the findings are. When a required heading is missing there, the missing-part rule reports that instead.',
    examples: [{ flagged: 'From the evidence gathered, the following features of the service were identified:\n\n- Managers have good oversight of …\n\nThe service meets the requirements of statutory guidance in the following areas' }],
  },
  check({ letter, report }) {
    const covered = coveredByMissing(letter);
    for (const run of runs(letter, letter.strayFindings.filter((b) => !covered.has(b)))) {
      const count = run.length === 1 ? 'This finding comes' : `These ${run.length} findings come`;
      const below = emptySectionBelow(letter, run);
      if (below) {
        const heading = letter.template.part(below.id).heading!;
        report({
          span: { start: run[0].span.start, end: run[run.length - 1].span.end },
          message: `${count} just above the heading '${heading}', which has no findings below it: move the heading above ${run.length === 1 ? 'the finding' : 'them'}.`,
          fixes: [moveHeadingFix(letter, below, run, heading)],
        });
        continue;
      }
      const fix = headingFix(letter, run);
      report({
        span: { start: run[0].span.start, end: run[run.length - 1].span.end },
        message: `${count} after the lead-in but before any section heading: put ${run.length === 1 ? 'it' : 'them'} under the heading ${run.length === 1 ? 'it belongs' : 'they belong'} to.`,
        fixes: fix ? [fix] : [],
      });
    }
  },
});

/** When exactly one absent section fits before the next heading, offer to insert its heading. */
function headingFix(letter: Letter, run: Block[]): Fix | undefined {
  const next = letter.sections.find((s) => s.heading.span.start > run[0].span.start);
  if (!next) return undefined;
  const nextOrder = letter.template.part(next.id).order;
  const candidates = letter.template.parts.filter((p) => p.kind === 'section' && p.order < nextOrder && !letter.partsById(p.id).length);
  if (candidates.length !== 1) return undefined;
  const heading = candidates[0].heading!;
  return { title: `Insert the '${heading}' heading above`, edits: [insertParagraph(letter, lineStart(letter, run[0].span.start), heading)], safe: false };
}

/** Moves the heading from below the findings to above them (the heading's line, and its blank line, go). */
function moveHeadingFix(letter: Letter, section: SectionNode, run: Block[], heading: string): Fix {
  return {
    title: `Move the '${heading}' heading above ${run.length === 1 ? 'the finding' : 'these findings'}`,
    edits: [insertParagraph(letter, lineStart(letter, run[0].span.start), heading), { span: partLines(letter, section.heading.span), newText: '' }],
    safe: false,
  };
}
