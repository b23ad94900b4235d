import { defineRule, type Fix } from './rule';
import { blockBefore, capitalise, duplicates, firstLineSpan, partIndex, partLabel, partLines } from './structure/parts';
import type { Letter, PartNode } from '../parse/model';

export default defineRule({
  id: 'duplicate-part',
  description: 'A part or section heading that the letter should have once appears again.',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    rationale:
      'Each part of the template appears once (only the previous-inspection paragraphs may be several). A second copy of a fixed paragraph is usually a paste left twice; a second copy of a section heading splits that section in two. The second copy is reported, pointing at the first. When it is word for word the first paragraph again, or a heading repeated inside its own section, the fix deletes it without losing anything; otherwise merge the two by hand.',
    examples: [{ flagged: 'Areas for development\n\n- …\n\nAreas for development\n\n- …', note: 'The second heading is reported; the fix removes it and the findings stay in the one section.' }],
  },
  check({ letter, report }) {
    for (const { first, duplicate } of duplicates(letter)) {
      const part = letter.template.part(duplicate.id);
      const line = letter.source.positionAt(first.span.start).line + 1;
      const fix = deleteFix(letter, first, duplicate);
      report({
        span: firstLineSpan(letter, duplicate),
        message: `${capitalise(partLabel(part))} appears a second time (the first is on line ${line}): a letter has it once.`,
        related: [{ message: `The first ${part.kind === 'section' ? 'heading' : part.name.toLowerCase()}`, span: firstLineSpan(letter, first) }],
        fixes: fix ? [fix] : [],
      });
    }
  },
});

function deleteFix(letter: Letter, first: PartNode, duplicate: PartNode): Fix | undefined {
  const part = letter.template.part(duplicate.id);
  if (part.kind === 'section') {
    // Repeated inside its own section: removing the heading keeps every finding where it was.
    const index = partIndex(letter, duplicate);
    if (letter.parts[index - 1]?.id !== duplicate.id) return undefined;
    const heading = duplicate.blocks[0];
    return { title: 'Delete the repeated heading', edits: [{ span: partLines(letter, heading.span), newText: '' }], safe: true };
  }
  const same = (n: PartNode) => n.blocks.map((b) => b.text.text).join('\n');
  if (same(first) !== same(duplicate)) return undefined;
  const lines = partLines(letter, duplicate.span);
  // At the end of the text, take the blank lines before it instead.
  const span = lines.end >= letter.source.text.length ? { start: previousEnd(letter, duplicate), end: lines.end } : lines;
  return { title: `Delete the repeated ${part.name.toLowerCase()}`, edits: [{ span, newText: '' }], safe: true };
}

function previousEnd(letter: Letter, node: PartNode): number {
  return blockBefore(letter, node)?.span.end ?? 0;
}
