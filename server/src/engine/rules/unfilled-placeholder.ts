import { placeholdersOf } from '../placeholders';
import { defineRule } from './rule';

export default defineRule({
  id: 'unfilled-placeholder',
  description: 'A placeholder such as [council] or [letter date] is still in the letter, to be filled in.',
  defaultSeverity: 'error',
  fixable: false,
  reportsPlaceholders: true,
  docs: {
    rationale:
      "The editor's snippets write the values a letter needs as placeholders in square brackets (`[council]`, `[inspection dates]`, `[finding]`), and inspectors mark what they will fill in later the same way. A letter cannot go out with one left in it, so each is an error until it is replaced. While a placeholder is there, the other checks say nothing about the text it stands in: an unfilled `[letter date]` is reported once, as a placeholder, not as a missing or wrong date. Editorial marks such as `[sic]` are not placeholders.",
    examples: [
      { flagged: 'Dear [addressee salutation]', accepted: 'Dear Ms Davidson' },
      { flagged: 'which was conducted on [inspection dates].', accepted: 'which was conducted on 2 and 3 November 2010.' },
    ],
  },
  check({ letter, report }) {
    for (const p of placeholdersOf(letter)) {
      report({ span: p.span, message: `Fill in the ${p.label}: '[${p.label}]' is a placeholder still to be replaced.` });
    }
  },
});
