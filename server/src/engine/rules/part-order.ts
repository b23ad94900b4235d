import type { Letter, PartNode } from '../parse/model';
import { defineRule, type Fix } from './rule';
import { misplacedParts } from './structure/order';
import { capitalise, firstLineSpan, insertParagraph, lineStart, partLabel, partLines } from './structure/parts';

export default defineRule({
  id: 'part-order',
  description: 'A part of the letter is out of the template order.',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    rationale:
      'The template fixes the order of the parts: date, addressee, salutation, title, opening, evidence, summary sentence, previous inspection, lead-in, Strengths, the requirements met, Areas for development, the area for priority action, closing, sign-off, copy list. The rule keeps the largest set of parts that are already in order (sections weigh by their findings) and reports each of the others once, saying where it belongs, so one moved paragraph gives one diagnostic, not one for every part after it. The fix moves the part (with a section, its findings too) to where it belongs; review it, as moving text across a letter deserves a look.',
    examples: [
      {
        flagged: 'From the evidence gathered, the following features of the service were identified:\n\nThe inspection identified areas of strength and areas of practice that met requirements, with some areas for development.',
        note: 'The summary sentence should come after the evidence paragraph, before the lead-in.',
      },
    ],
  },
  check({ letter, report }) {
    const name = (n: PartNode) => partLabel(letter.template.part(n.id), 'section');
    for (const { node, after, before, at } of misplacedParts(letter)) {
      const part = letter.template.part(node.id);
      const where = after ? `after ${name(after)}${before ? ` and before ${name(before)}` : ''}` : `before ${name(before!)}`;
      report({
        span: firstLineSpan(letter, node),
        message: `${capitalise(partLabel(part, 'section'))} is out of place: it should come ${where}.`,
        fixes: [moveFix(letter, node, at, `Move ${partLabel(part, 'section')} ${where}`)],
      });
    }
  },
});

function moveFix(letter: Letter, node: PartNode, at: number, title: string): Fix {
  const lines = partLines(letter, node.span);
  const text = letter.source.text.slice(lineStart(letter, node.span.start), node.span.end);
  return { title, edits: [{ span: lines, newText: '' }, insertParagraph(letter, at, text)], safe: false };
}
