import type { Letter } from '../parse/model';
import type { SectionMentions, TemplatePart } from '../template/template';
import type { Span } from '../text/source';
import { defineRule } from './rule';
import { priorityAction as findPriorityAction } from './consistency/priority-action';

/** What a part's prose says of the section: that the document has it, or has none. */
interface Mention {
  span: Span;
  words: string;
  says: 'some' | 'none';
}

/**
 * The sentences of the part's paragraphs that say the document has the section, or has none, leaving
 * out those about an earlier visit (the sentence, or the one before it, says `previous`, `since 2019` …).
 */
function mentions(letter: Letter, m: SectionMentions): Mention[] {
  const out: Mention[] = [];
  for (const finding of letter.section(m.in)?.findings ?? []) {
    const text = finding.text.text;
    let earlierBefore = false;
    for (const sentence of text.matchAll(/[^.!?]+(?:[.!?]+|$)/g)) {
      const words = sentence[0];
      const earlier = Boolean(m.earlier?.test(words));
      if (!earlier && !earlierBefore) {
        const none = m.saysNone?.exec(words);
        const some = none ? undefined : m.says.exec(words);
        const hit = none ?? some;
        if (hit) {
          const from = sentence.index + hit.index;
          out.push({ span: finding.text.sourceSpan(from, from + hit[0].length), words: hit[0], says: none ? 'none' : 'some' });
        }
      }
      earlierBefore = earlier;
    }
  }
  return out;
}

function conditionalSection(letter: Letter): TemplatePart | undefined {
  return letter.template.parts.find((p) => p.kind === 'section' && p.required === 'conditional' && p.mentions);
}

export default defineRule({
  id: 'headline-matches-priority-action',
  description: 'The headline findings speak of areas for priority action only when the letter has them, and never deny the ones it has.',
  defaultSeverity: 'warning',
  templates: ['focused-visit'],
  fixable: false,
  docs: {
    rationale:
      "A focused-visit letter with serious weaknesses sets them out under `Areas for priority action`, and then ends with the action-plan paragraph (closing-matches-priority-action checks that pair). Its headline findings seldom name them (none of the nine real letters with the section in the corpus does), but when they do they must agree with the letter: headline findings that speak of an area for priority action found on this visit in a letter without the section, or say there are no priority actions in a letter with it, contradict the letter. Sentences about an earlier visit's priority actions (`Inspectors made areas for priority action` after `The previous focused visit took place in March 2021`, `halton-2023-01-13`; `the existing areas for priority action` identified in 2019, `north-east-lincolnshire-2021-06-18`) are not about this letter's sections and are left alone. The words are read from the template data (`mentions` of the priority-action section). Either contradiction is a warning, without a fix: only the inspector knows whether the section or the sentence is wrong.",
    examples: [
      { flagged: 'Inspectors identified two areas for priority action, set out below.', note: 'in a letter with no Areas for priority action section' },
      { flagged: 'There are no priority actions.', note: 'in a letter with an Areas for priority action section' },
    ],
  },
  check({ letter, template, report }) {
    const section = conditionalSection(letter);
    if (!section?.mentions) return;
    const present = findPriorityAction(letter);
    const partName = template.part(section.mentions.in).name;
    for (const mention of mentions(letter, section.mentions)) {
      if (mention.says === 'some' && !present) {
        report({
          span: mention.span,
          message: `The ${partName.toLowerCase()} speak of '${mention.words}', but the letter has no section '${section.heading ?? section.name}': add the section (and the action-plan paragraph), or reword the ${partName.toLowerCase()}.`,
        });
      } else if (mention.says === 'none' && present) {
        report({
          span: mention.span,
          message: `The ${partName.toLowerCase()} say '${mention.words}', but the letter has the section '${section.heading ?? section.name}': one of them is wrong.`,
          related: [{ message: `The ${section.name}`, span: present.span }],
        });
      }
    }
  },
});
