import { defineRule } from './rule';

export default defineRule({
  id: 'paragraph-numbers',
  description: "The judgement sections' paragraphs are numbered 1, 2, 3 … through the report, without a gap or a repeat.",
  defaultSeverity: 'warning',
  fixable: true,
  templates: ['ilacs-report'],
  docs: {
    rationale:
      "A report's paragraphs are numbered through all its judgement sections, so that a later letter can cite them. A number that repeats the one before, skips one or goes back is a warning where it stands, with a fix writing the number that follows (renumbering the rest is left to the inspector: one fix at a time keeps the change visible). A number alone on its line, as pasted PDF text has it, belongs to the paragraph after it.",
    examples: [{ flagged: '56. … 57. … 57. …', accepted: '56. … 57. … 58. …' }],
  },
  check({ letter, report }) {
    const paragraphs = letter.report?.paragraphs ?? [];
    let previous = 0;
    for (const p of paragraphs) {
      const expected = previous + 1;
      if (p.number !== expected) {
        const what = p.number === previous ? `repeats ${previous}` : p.number > expected ? `skips ${expected === p.number - 1 ? expected : `${expected} to ${p.number - 1}`}` : `goes back from ${previous}`;
        report({
          span: p.numberSpan,
          message: `Paragraph number ${p.number} ${what}: the paragraph after ${previous || 'the heading'} is ${expected}.`,
          fixes: [{ title: `Number it ${expected}.`, edits: [{ span: p.numberSpan, newText: `${expected}.` }], safe: false }],
        });
      }
      previous = p.number;
    }
  },
});
