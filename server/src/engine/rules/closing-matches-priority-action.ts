import type { Letter, PartNode } from '../parse/model';
import type { Template, TemplatePart } from '../template/template';
import { defineRule, type Fix } from './rule';
import { renderVariant } from './consistency/variants';
import { closingDisagreement } from './consistency/disagreements';
import { priorityAction as findPriorityAction } from './consistency/priority-action';
import { renderPart } from './structure/render';
import { presentBefore } from './structure/parts';
import { documentIsoDate } from './structure/period';

/** The template's conditional section: the area for priority action (annual letter, focused visit). */
function conditionalSection(template: Template): TemplatePart | undefined {
  return template.parts.find((p) => p.kind === 'section' && p.required === 'conditional');
}

/**
 * The paragraphs the section requires away from it (the annual letter's two consequence paragraphs;
 * the focused visit's action-plan paragraph), in template order. The part next to the section (its
 * lead-in) goes with it as a pair and is missing-part's.
 */
function consequenceParts(template: Template, section: TemplatePart): TemplatePart[] {
  return template.parts.filter((p) => p.required === 'conditional' && p.kind !== 'section' && p.requiredWith === section.requiredWith && Math.abs(p.order - section.order) > 1);
}

/** `an Area for priority action`, `Areas for priority action`: the section's name as a noun phrase. */
function sectionPhrase(section: TemplatePart): string {
  const first = section.name.split(' ')[0];
  return first.endsWith('s') ? section.name : `${/^[AEIOU]/i.test(section.name) ? 'an' : 'a'} ${section.name}`;
}

const opening = (text: string) => `'${text.slice(0, 50)}…'`;

export default defineRule({
  id: 'closing-matches-priority-action',
  description: 'The closing paragraph and the paragraphs that follow it (consequences, action plan) agree with whether the letter has an area for priority action.',
  defaultSeverity: 'error',
  templates: ['annual-letter', 'focused-visit'],
  fixable: true,
  docs: {
    rationale:
      "The closing paragraph says `areas for development and priority action` exactly when the letter has an Area for priority action, and only then do the two consequence paragraphs follow it (the impact on the annual assessment; the likely further inspection). A letter that says one thing in its findings and another in its closing contradicts itself. The fixes switch the closing to the right variant, insert the template's consequence paragraphs, or remove consequence paragraphs that do not apply; each changes what the letter says, so each is offered for review and none is applied by fix-all.\n\nA focused-visit letter's closing sentence is the same with or without priority action; its `Areas for priority action` require the action-plan paragraph (`We have notified the Department for Education of the areas for priority action. You should submit an action plan …`), in letters dated from 2021 (the template's `required.from`: two real 2019 letters with priority action, `north-somerset-2019-05-08` and `north-east-lincolnshire-2019-12-18`, go without it). A missing paragraph is an error with a reviewed fix that inserts it after the closing sentence; an action-plan paragraph (or the 2018–2020 `We have notified the DfE …`) in a letter without the section is an error with a reviewed fix that removes it. Which parts go with the section is read from the template (the parts `required` with it, away from it).",
    examples: [
      {
        flagged: 'Any areas for development identified above will be specifically considered in any future inspection of services to safeguard children within your area.',
        accepted: 'Any areas for development and priority action identified above will be specifically considered in any future inspection of services to safeguard children within your area.',
        note: 'in a letter with an Area for priority action',
      },
      {
        flagged: 'We have notified the Department for Education of the areas for priority action. You should submit an action plan …',
        note: 'in a focused-visit letter without Areas for priority action',
      },
    ],
  },
  check({ letter, template, report }) {
    const section = conditionalSection(template);
    if (!section) return;
    const consequences = consequenceParts(template, section);
    const priorityAction = findPriorityAction(letter);
    const hasPriorityAction = Boolean(priorityAction);
    const phrase = sectionPhrase(section);
    const sectionRelated = priorityAction ? [{ message: `The ${section.name}`, span: priorityAction.span }] : undefined;

    const closing = closingDisagreement(letter);
    if (closing) {
      const right = closing.match.sentence.variants.find((v) => !v.until && v.facts.priorityAction === hasPriorityAction);
      // Switching the variant changes what the letter claims: reviewed, never fix-all.
      const fixes: Fix[] = right ? [{ title: 'Use the closing sentence that fits the sections', edits: [{ span: closing.span, newText: renderVariant(right) }], safe: false }] : [];
      report({
        span: closing.span,
        message: hasPriorityAction
          ? `The closing paragraph should say 'areas for development and priority action' because this letter has ${phrase}.`
          : `The closing paragraph should say only 'areas for development' because this letter has no ${section.name}.`,
        fixes,
        related: sectionRelated,
      });
    }

    const dated = documentIsoDate(letter);
    // A part required only from some date: a letter dated before it may go without (an undated draft is a new one).
    const due = (p: TemplatePart) => !p.requiredFrom || dated === undefined || dated >= p.requiredFrom;
    const missing = consequences.filter((p) => due(p) && !letter.partsById(p.id).length);
    if (priorityAction && missing.length) {
      // One insertion for all that is missing, so the paragraphs land in template order.
      const after = presentBefore(letter, missing[0].order);
      const at = after ? after.span.end : priorityAction.end;
      const eol = letter.source.eol;
      const texts = missing.map((p) => renderPart(letter, p)?.text ?? '').filter(Boolean);
      const names = texts.map(opening).join(' and ');
      const where = after ? `the ${template.part(after.id).name.toLowerCase()}` : `the ${section.name}`;
      const what = missing.length === 1 ? `the paragraph ${names}` : `the ${missing.length === 2 ? 'two' : missing.length} paragraphs ${names}`;
      report({
        span: after ? after.span : priorityAction.span,
        message: `This letter has ${phrase}, so ${what} should follow ${where}.`,
        fixes: texts.length
          ? [
              {
                title: missing.length === 1 ? `Insert the ${missing[0].name.toLowerCase()}` : `Insert the ${missing.length === 2 ? 'two' : missing.length} paragraphs`,
                edits: [{ span: { start: at, end: at }, newText: `${eol}${eol}${texts.join(eol + eol)}` }],
                // Paragraphs the inspector did not write add claims to the letter: reviewed, never fix-all.
                safe: false,
              },
            ]
          : [],
        related: sectionRelated,
      });
    }
    if (hasPriorityAction) return;
    for (const part of consequences) {
      for (const node of letter.partsById(part.id)) {
        report({
          span: node.span,
          message: `This paragraph (${part.name.toLowerCase()}) belongs only in a letter with ${phrase}, and this letter has none: remove it, or add the ${section.name} it refers to.`,
          fixes: [{ title: `Remove the ${part.name.toLowerCase()}`, edits: [{ span: removalSpan(letter, node), newText: '' }], safe: false }],
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
