import type { Letter, PartNode } from '../parse/model';
import type { PartId } from '../template/template';
import { defineRule, type Fix } from './rule';
import { renderPart, renderVariant } from './consistency/variants';
import { closingDisagreement } from './consistency/disagreements';
import { priorityAction as findPriorityAction } from './consistency/priority-action';

const CONSEQUENCES = ['consequenceRating', 'consequenceFurtherInspection'] as const satisfies readonly PartId[];

/** Where a missing consequence paragraph goes: after the closing, or after the part before it. */
function insertAfter(letter: Letter, id: (typeof CONSEQUENCES)[number]): PartNode | undefined {
  const before: PartId[] = id === 'consequenceRating' ? ['closing'] : ['consequenceRating', 'closing'];
  for (const b of before) {
    const node = letter.partsById(b)[0];
    if (node) return node;
  }
  return undefined;
}

export default defineRule({
  id: 'closing-matches-priority-action',
  description: 'The closing paragraph and the two consequence paragraphs agree with whether the letter has an Area for priority action.',
  defaultSeverity: 'error',
  templates: ['annual-letter'],
  fixable: true,
  docs: {
    rationale:
      "The closing paragraph says `areas for development and priority action` exactly when the letter has an Area for priority action, and only then do the two consequence paragraphs follow it (the impact on the annual assessment; the likely further inspection). A letter that says one thing in its findings and another in its closing contradicts itself. The fixes switch the closing to the right variant, insert the template's consequence paragraphs, or remove consequence paragraphs that do not apply; each changes what the letter says, so each is offered for review and none is applied by fix-all.",
    examples: [
      {
        flagged: 'Any areas for development identified above will be specifically considered in any future inspection of services to safeguard children within your area.',
        accepted: 'Any areas for development and priority action identified above will be specifically considered in any future inspection of services to safeguard children within your area.',
        note: 'in a letter with an Area for priority action',
      },
    ],
  },
  check({ letter, template, report }) {
    const priorityAction = findPriorityAction(letter);
    const hasPriorityAction = Boolean(priorityAction);
    const sectionRelated = priorityAction ? [{ message: 'The Area for priority action', span: priorityAction.span }] : undefined;

    const closing = closingDisagreement(letter);
    if (closing) {
      const right = closing.match.sentence.variants.find((v) => !v.until && v.facts.priorityAction === hasPriorityAction);
      // Switching the variant changes what the letter claims: reviewed, never fix-all.
      const fixes: Fix[] = right ? [{ title: 'Use the closing sentence that fits the sections', edits: [{ span: closing.span, newText: renderVariant(right) }], safe: false }] : [];
      report({
        span: closing.span,
        message: hasPriorityAction
          ? "The closing paragraph should say 'areas for development and priority action' because this letter has an Area for priority action."
          : "The closing paragraph should say only 'areas for development' because this letter has no Area for priority action.",
        fixes,
        related: sectionRelated,
      });
    }

    const plural = (priorityAction?.findings ?? 0) > 1;
    const missing = CONSEQUENCES.filter((id) => !letter.partsById(id).length);
    if (priorityAction && missing.length) {
      // One insertion for all that is missing, so the paragraphs land in template order.
      const after = insertAfter(letter, missing[0]);
      const at = after ? after.span.end : priorityAction.end;
      const eol = letter.source.eol;
      const parts = missing.map((id) => template.part(id));
      const names = parts.map((p) => `'${renderPart(p.sentences, plural).slice(0, 50)}…'`).join(' and ');
      const where = after ? `the ${template.part(after.id).name.toLowerCase()}` : 'the Area for priority action';
      const text = parts.map((p) => renderPart(p.sentences, plural)).join(eol + eol);
      report({
        span: after ? after.span : priorityAction.span,
        message:
          missing.length === 2
            ? `This letter has an Area for priority action, so the two consequence paragraphs (${names}) should follow ${where}.`
            : `This letter has an Area for priority action, so the paragraph ${names} should follow ${where}.`,
        fixes: [
          {
            title: missing.length === 2 ? 'Insert the two consequence paragraphs' : `Insert the paragraph on the ${parts[0].name.toLowerCase()}`,
            edits: [{ span: { start: at, end: at }, newText: `${eol}${eol}${text}` }],
            // Paragraphs the inspector did not write add claims to the letter: reviewed, never fix-all.
            safe: false,
          },
        ],
        related: sectionRelated,
      });
    }
    if (hasPriorityAction) return;
    for (const id of CONSEQUENCES) {
      const part = template.part(id);
      for (const node of letter.partsById(id)) {
        report({
          span: node.span,
          message: `This paragraph (${part.name.toLowerCase()}) belongs only in a letter with an Area for priority action, and this letter has none: remove it, or add the Area for priority action it refers to.`,
          fixes: [{ title: `Remove the ${part.name.toLowerCase()} paragraph`, edits: [{ span: removalSpan(letter, node), newText: '' }], safe: false }],
        });
      }
    }
  },
});

/** The part with the line breaks before it, back to the end of the previous text. */
function removalSpan(letter: Letter, node: PartNode): { start: number; end: number } {
  const text = letter.source.text;
  let start = node.span.start;
  while (start > 0 && /\s/.test(text[start - 1])) start--;
  return { start, end: node.span.end };
}
