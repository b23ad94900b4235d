import { ROLE } from '../template/roles';
import { defineRule } from './rule';

/** The valediction as the template writes it, and what a slip of it looks like (`Your sincerely`, `Yours sincerly`). */
const STANDARD = 'Yours sincerely';
const WRITTEN = /^Yours sincerely,?$/;
const NEAR = /^Yours?\s+\p{L}+[,.]?$/iu;

export default defineRule({
  id: 'valediction',
  description: "The letter ends 'Yours sincerely', with the inspector's name and title under it.",
  defaultSeverity: 'error',
  fixable: true,
  templates: ['focused-visit'],
  docs: {
    rationale:
      "A focused-visit letter ends `Yours sincerely`, then the lead inspector's name and `His Majesty's Inspector` (`Her Majesty's Inspector` before September 2022). Real letters slip here: 13 of 371 published ones say `Your sincerely` (2021–2022), and a few end with no valediction or no title. The misspelt valediction is an error with a safe fix; a missing name or title is an error on the valediction. A letter with no valediction at all is reported by missing-part. A trailing comma (`Yours sincerely,`) is accepted, as real letters of 2018–2022 have it.",
    examples: [{ flagged: 'Your sincerely', accepted: 'Yours sincerely' }],
  },
  check({ letter, report }) {
    const signOff = letter.partsById(ROLE.signOff)[0];
    if (!signOff) return;
    const first = signOff.blocks[0];
    const text = first.text.text;
    // The valediction and the name run together on one line: the name is read from the rest.
    const valediction = NEAR.test(text) ? text : text.split(' ').slice(0, 2).join(' ');
    const span = first.text.sourceSpan(0, valediction.length);
    if (!WRITTEN.test(valediction)) {
      const comma = valediction.endsWith(',') ? ',' : '';
      report({
        span,
        message: `The valediction is '${STANDARD}'${valediction.toLowerCase().startsWith('your ') ? ", with 'Yours'" : ''}: this letter has '${valediction}'.`,
        fixes: [{ title: `Write '${STANDARD}${comma}'`, edits: [{ span, newText: STANDARD + comma }], safe: true }],
      });
    }
    const inspector = letter.values.inspector;
    const missing = [!inspector?.name && "the inspector's name", !inspector?.title && 'their title'].filter(Boolean);
    if (missing.length) {
      report({
        span,
        message: `Under '${STANDARD}' the letter needs ${missing.join(' and ')} (for example 'His Majesty's Inspector').`,
      });
    }
  },
});
