import type { Letter, PartNode } from '../parse/model';
import { defineRule, type Fix } from './rule';
import { capitalise, firstLineSpan, insertionOffset, insertParagraph, lineStart, partLabel, partLines, placedParts, presentAfter, presentBefore } from './structure/parts';

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
    const placed = placedParts(letter);
    const inOrder = longestOrderedRun(letter, placed);
    const kept = placed.filter((_, i) => inOrder.has(i));
    placed.forEach((node, i) => {
      if (inOrder.has(i)) return;
      const part = letter.template.part(node.id);
      const after = presentBefore(letter, part.order, kept);
      const before = presentAfter(letter, part.order, kept);
      const name = (n: PartNode) => partLabel(letter.template.part(n.id), 'section');
      const where = after ? `after ${name(after)}${before ? ` and before ${name(before)}` : ''}` : `before ${name(before!)}`;
      report({
        span: firstLineSpan(letter, node),
        message: `${capitalise(partLabel(part, 'section'))} is out of place: it should come ${where}.`,
        fixes: [moveFix(letter, node, after, `Move ${partLabel(part, 'section')} ${where}`)],
      });
    });
  },
});

/**
 * Indices of the heaviest subsequence of parts whose template order increases along the text. Each part
 * weighs 1 plus a little per block, so a section with its findings stays put and a lone paragraph moves.
 */
function longestOrderedRun(letter: Letter, placed: PartNode[]): Set<number> {
  const n = placed.length;
  const order = placed.map((p) => letter.template.part(p.id).order);
  const weight = placed.map((p) => 1 + p.blocks.length / 1000);
  const best = new Array<number>(n).fill(0);
  const prev = new Array<number>(n).fill(-1);
  let top = -1;
  for (let i = 0; i < n; i++) {
    best[i] = weight[i];
    for (let j = 0; j < i; j++) {
      if (order[j] < order[i] && best[j] + weight[i] > best[i]) {
        best[i] = best[j] + weight[i];
        prev[i] = j;
      }
    }
    if (top < 0 || best[i] > best[top]) top = i;
  }
  const kept = new Set<number>();
  for (let i = top; i >= 0; i = prev[i]) kept.add(i);
  return kept;
}

function moveFix(letter: Letter, node: PartNode, after: PartNode | undefined, title: string): Fix {
  const lines = partLines(letter, node.span);
  const text = letter.source.text.slice(lineStart(letter, node.span.start), node.span.end);
  const at = insertionOffset(letter, after?.span);
  return { title, edits: [{ span: lines, newText: '' }, insertParagraph(letter, at, text)], safe: false };
}
