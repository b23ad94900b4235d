import type { Letter } from '../parse/model';
import type { Span } from '../text/source';
import { defineRule } from './rule';

/**
 * What the split text belongs to, for the message: a finding of a section, or a part of the letter;
 * for every joined gap at once, keyed by its span (looking each gap up in every block was quadratic
 * in the size of a long document). The first owner found wins: sections before parts, in letter order.
 */
function gapOwners(letter: Letter): Map<string, string> {
  const owners = new Map<string, string>();
  const note = (joins: readonly Span[], owner: () => string) => {
    for (const j of joins) if (!owners.has(gapKey(j))) owners.set(gapKey(j), owner());
  };
  for (const section of letter.sections) {
    const heading = () => `A finding under '${letter.template.part(section.id).heading ?? letter.template.part(section.id).name}'`;
    for (const f of section.findings) note(f.block.joins, heading);
  }
  for (const part of letter.parts) {
    for (const b of part.blocks) note(b.joins, () => `The ${letter.template.part(part.id).name.toLowerCase()}`);
  }
  return owners;
}

function gapKey(gap: Span): string {
  return `${gap.start}:${gap.end}`;
}

/** The word that ends just before `at`, or the word that starts at `at` (going forward). */
function wordBefore(text: string, at: number): number {
  let start = at;
  while (start > 0 && !/\s/.test(text[start - 1])) start--;
  return start;
}

function wordAfter(text: string, at: number): number {
  let end = at;
  while (end < text.length && !/\s/.test(text[end])) end++;
  return end;
}

export default defineRule({
  id: 'split-paragraph',
  description: 'A paragraph or finding split in two by blank lines (where a page broke it, or the text layer put them).',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    rationale:
      'Text copied from a PDF keeps its page breaks: a paragraph or a bullet that ran onto the next page arrives as two pieces with blank lines between them, the second starting in lower case (`… and result in` / `effective services.`). The checker reads the two halves as one, but the letter shows two paragraphs, and the second reads as a fragment. The safe fix joins the halves with one space. When something other than blank lines sits in the gap (an HTML tag, a checker directive) no fix is offered; remove it first.',
    examples: [
      {
        flagged: '- Not all decisions to close contacts with no further action are seen and agreed\n\n\n\nby a manager.',
        accepted: '- Not all decisions to close contacts with no further action are seen and agreed by a manager.',
      },
    ],
  },
  check({ letter, report }) {
    const text = letter.source.text;
    let owners: Map<string, string> | undefined;
    for (const residue of letter.residue) {
      if (residue.kind !== 'split') continue;
      owners ??= gapOwners(letter);
      const gap = residue.span;
      const onlyWhiteSpace = /^\s*$/.test(text.slice(gap.start, gap.end));
      const start = wordBefore(text, gap.start);
      const end = wordAfter(text, gap.end);
      const tail = text.slice(start, gap.start);
      const head = text.slice(gap.end, end);
      report({
        span: { start, end },
        message: `${owners.get(gapKey(gap)) ?? 'A paragraph'} is split by blank lines between '${tail}' and '${head}': join the two halves into one paragraph.`,
        fixes: onlyWhiteSpace ? [{ title: 'Join the two halves of the paragraph', edits: [{ span: gap, newText: ' ' }], safe: true }] : [],
      });
    }
  },
});
