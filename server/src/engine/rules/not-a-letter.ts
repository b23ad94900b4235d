import { defineRule } from './rule';

export default defineRule({
  id: 'not-a-letter',
  description: 'The document does not read as an inspection letter at all.',
  defaultSeverity: 'warning',
  fixable: false,
  runsOnNonLetters: true,
  docs: {
    rationale:
      'A file that holds too few of the template\'s parts (title, opening, evidence, summary, lead-in, section headings, closing, salutation, sign-off, copy list) is not checked part by part: it would give dozens of diagnostics that say nothing useful. It gets this one diagnostic instead. A council\'s report on its inspection, which quotes the findings, is a typical case. To start a letter, insert the template with the `letter` snippet.',
    examples: [{ flagged: 'Outcome of the Unannounced Safeguarding Inspection 2010\n\nReport of the Strategic Director, Children' }],
  },
  check({ letter, report }) {
    const first = letter.blocks[0];
    const empty = !first;
    report({
      severity: empty ? 'information' : undefined,
      span: empty ? { start: 0, end: 0 } : letter.source.lines[first.firstLine] ? { start: first.span.start, end: letter.source.lines[first.firstLine].end } : first.span,
      message: empty
        ? 'The document is empty: insert the letter template (snippet "letter") to start a draft.'
        : 'This does not read as an inspection letter: it has too few of the template\'s parts (title, opening, summary, section headings, closing, sign-off), so it is not checked part by part.',
    });
  },
});
