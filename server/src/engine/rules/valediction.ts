import { ROLE } from '../template/roles';
import { defineRule } from './rule';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export default defineRule({
  id: 'valediction',
  description: "The letter ends 'Yours sincerely', spelt so.",
  defaultSeverity: 'error',
  fixable: true,
  // The annual letter's sign-off is a fixed sentence of its template, checked by fixed-sentence.
  templates: ['focused-visit'],
  defersTo: ['inspector-signature', 'missing-part'],
  docs: {
    rationale:
      "A focused-visit letter ends `Yours sincerely`, then the lead inspector's name and title (checked by inspector-signature). Real letters slip here: 13 of 371 published ones say `Your sincerely` (2021–2022). The misspelt valediction is an error with a safe fix. A letter with no valediction at all is reported by missing-part. A trailing comma (`Yours sincerely,`) is accepted, as real letters of 2018–2022 have it. The valediction is the first line of the template's sign-off (its skeleton).",
    examples: [{ flagged: 'Your sincerely', accepted: 'Yours sincerely' }],
  },
  check({ letter, template, report }) {
    const signOff = letter.partsById(ROLE.signOff)[0];
    const standard = template.findPart(ROLE.signOff)?.skeleton?.split('\n')[0].trim();
    if (!signOff || !standard) return;
    const first = signOff.blocks[0];
    const text = first.text.text;
    // The valediction and the name can run together on one line: the valediction is its first words.
    const words = standard.split(' ').length;
    const valediction = text.split(' ').slice(0, words).join(' ');
    if (new RegExp(`^${escape(standard)},?$`).test(valediction)) return;
    const span = first.text.sourceSpan(0, valediction.length);
    const comma = valediction.endsWith(',') ? ',' : '';
    report({
      span,
      message: `The valediction is '${standard}': this letter has '${valediction}'.`,
      fixes: [{ title: `Write '${standard}${comma}'`, edits: [{ span, newText: standard + comma }], safe: true }],
    });
  },
});
