import type { Letter } from '../parse/model';
import type { Span } from '../text/source';
import { defineRule } from './rule';

/** Longest item text quoted in a message. */
const QUOTE_CHARS = 100;

const KIND_NAMES: Record<string, string> = {
  'annual-letter': 'annual performance letter',
  'focused-visit': 'focused-visit letter',
  'ilacs-report': 'inspection report',
  'sif-report': 'inspection report',
};

export function quoteItem(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > QUOTE_CHARS ? `${t.slice(0, QUOTE_CHARS - 1).trimEnd()}…` : t;
}

export function previousKindName(templateId: string): string {
  return KIND_NAMES[templateId] ?? 'document';
}

/**
 * Where a note about the previous document's items goes: a report's first summary paragraph (where it
 * speaks of the last inspection), a focused visit's paragraph on what the visit looked at (its scope), or
 * the document's first paragraph.
 */
function anchorOf(letter: Letter): Span {
  const summary = letter.report?.summary[0];
  if (summary) return summary.span;
  const scope = letter.partsById('visitScope')[0] ?? letter.partsById('opening')[0];
  if (scope) return scope.span;
  const first = letter.blocks[0];
  return first ? first.span : { start: 0, end: 0 };
}

export default defineRule({
  id: 'previous-item-unmentioned',
  description: "An improvement item of the previous inspection's document that this document nowhere speaks of.",
  defaultSeverity: 'information',
  fixable: false,
  templates: ['focused-visit', 'ilacs-report'],
  docs: {
    rationale:
      "Nothing the previous inspection asked to improve should be forgotten. For each item of the previous document's improvement list (`What needs to improve…`, a SIF report's recommendations or areas for improvement, an old letter's areas) that the draft speaks of nowhere, in any words (the follow-up's accounting on meaning: `not-mentioned`), this is a note on the summary's first paragraph (a report) or on the paragraph saying what the visit looked at (a focused visit), naming the item, with its place in the previous document. It is information, not a warning: a focused visit looks at one group of children, and a report may rightly leave out an item that no longer applies; the inspector decides whether the item was in scope. The previous document is the one the link line names, else the one found in the workspace (same council, earlier).",
    examples: [
      {
        flagged: "(previous report: ◼ The quality of pathway plans for care leavers.) A focused visit on children in need whose letter nowhere speaks of care leavers' pathway plans",
        accepted: 'Pathway plans for care leavers are now written with young people and are regularly updated.',
        note: 'Information only: say what became of the item if it was in the visit’s scope.',
      },
    ],
  },
  check({ letter, followup, report }) {
    if (!followup) return;
    const missing = followup.items.filter((i) => i.status === 'not-mentioned');
    if (!missing.length) return;
    const span = anchorOf(letter);
    const kind = previousKindName(followup.previous.template);
    for (const item of missing) {
      report({
        span,
        message: `The previous ${kind} asked to improve '${quoteItem(item.text)}', and this document does not speak of it: say what became of it, if it was in scope.`,
        related: [{ message: `The item in the previous ${kind}`, uri: followup.previous.uri, range: item.range }],
      });
    }
  },
});
