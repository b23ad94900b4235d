import { defineRule } from './rule';
import { councilMentions, COUNCIL_PLACES as PLACES, referenceCouncil, sameMention } from './consistency/councils';

export default defineRule({
  id: 'council-consistent',
  description: 'The council is named the same way in the addressee block, the title and the opening paragraph.',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    rationale:
      'A letter is about one council, and it names it three times: in the addressee block, in the title and in the opening paragraph. A different council in one of them (often left over from the letter a draft was copied from) contradicts the rest. A leading `the`, a trailing `Council` and a designation left out (`Derby Council` for `Derby City Council`) are accepted; a different designation (`Derby County Council`) is not.',
    examples: [
      { flagged: 'Derby City Council (addressee) … within Derby County Council children\'s services', accepted: 'Derby City Council … within Derby Council children\'s services' },
    ],
  },
  check({ letter, report }) {
    const mentions = councilMentions(letter.values.council);
    const reference = referenceCouncil(mentions);
    if (!reference || mentions.length < 2) return;
    for (const m of mentions) {
      if (m === reference || sameMention(m, reference)) continue;
      report({
        span: m.at.span,
        message: `${capitalise(PLACES[m.place])} names the council '${m.at.value}', but ${PLACES[reference.place]} names '${reference.at.value}': name the same council throughout.`,
        fixes: [{ title: `Change to '${reference.at.value}'`, edits: [{ span: m.at.span, newText: reference.at.value }], safe: false }],
        related: [{ message: `The council in ${PLACES[reference.place]}`, span: reference.at.span }],
      });
    }
  },
});

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
