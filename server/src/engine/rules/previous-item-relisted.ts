import { improvementItems } from '../followup/improvement-items';
import { defineRule } from './rule';
import { previousKindName, quoteItem } from './previous-item-unmentioned';

/**
 * A sentence that acknowledges the previous inspection or visit: `At the last inspection…`, `Since the
 * previous inspection in 2019…`, `…was judged requires improvement`. Beside the template's own words
 * (an ILACS report's `report.previousInspection`), as focused-visit letters write it.
 */
const ACKNOWLEDGES_PREVIOUS =
  /\b(?:last|previous|prior|earlier|most recent)\s+(?:full\s+|standard\s+|short\s+|single\s+|focused\s+|monitoring\s+|ILACS\s+|SIF\s+)?(?:inspection|visit|ILACS|SIF)s?\b|\bsince\s+(?:the\s+)?(?:last|previous)\b|\b(?:was|were)\s+(?:last\s+)?(?:inspected|judged)\b/i;

export default defineRule({
  id: 'previous-item-relisted',
  description: "An item of the draft's improvement list repeats one of the previous inspection's, and the draft nowhere acknowledges the previous inspection.",
  defaultSeverity: 'hint',
  fixable: false,
  templates: ['focused-visit', 'ilacs-report'],
  docs: {
    rationale:
      "Real documents often re-list an unresolved item in other words. Re-listed silently, the reader cannot tell that the weakness was already found last time and is still there. When an item of the draft's own improvement list is the evidence that a previous item is still an issue (the follow-up's accounting on meaning: `still-an-issue`), and the draft nowhere mentions the previous inspection or visit (no sentence such as `At the last inspection…`, `Since the previous inspection in 2019…`, `…was judged requires improvement`), this is a hint on the list item, with the previous item as related information. Kept simple: any such sentence anywhere in the draft counts as acknowledging it, not only one near the list; the check does not read which items the sentence names.",
    examples: [
      {
        flagged: "(previous report: ◼ The timeliness of allocation.) ◼ Children wait too long for a social worker. (and no sentence about the last inspection)",
        accepted: 'Since the last inspection in March 2019, leaders have … Children still wait too long for a social worker.',
      },
    ],
  },
  check({ letter, template, followup, report }) {
    if (!followup) return;
    const relisted = followup.items.filter((i) => i.status === 'still-an-issue');
    if (!relisted.length) return;
    const text = letter.source.text;
    if (ACKNOWLEDGES_PREVIOUS.test(text) || template.report?.previousInspection?.test(text)) return;
    const list = improvementItems(text);
    const kind = previousKindName(followup.previous.template);
    for (const item of relisted) {
      const own = list.find((l) => item.evidence.some((e) => e.span.start < l.span.end && l.span.start < e.span.end));
      if (!own) continue;
      report({
        span: own.span,
        message: `This item repeats the previous ${kind}'s '${quoteItem(item.text)}', and the document nowhere says so: say that the previous inspection found it too.`,
        related: [{ message: `The item in the previous ${kind}`, uri: followup.previous.uri, range: item.range }],
      });
    }
  },
});
