import { followupPhrases } from '../server/src/engine/followup/phrases';
import type { PartId, Template } from '../server/src/engine';
import { modernSnippets } from './modern-snippets';
import { escape, escapeChoice, fill, Stops } from './snippet-stops';

/**
 * The editor snippets, built from the template data so they cannot drift from it: the whole-letter
 * skeleton with tab stops in template order, each section, a finding, the priority-action block with
 * its consequence paragraphs, the copy list. scripts/generate-snippets.ts writes them to
 * snippets/inspection-letter.code-snippets; a test checks the file is up to date.
 */

export interface Snippet {
  prefix: string;
  description: string;
  body: string[];
  /** A whole document: VS Code's Fill File with Snippet offers it, and so does the New Letter or Report command. */
  isFileTemplate?: true;
}

/** A fixed paragraph: its sentences, the variant chosen by `pick` (the first by default). */
function paragraph(template: Template, id: PartId, stops: Stops, pick?: (facts: Record<string, unknown>) => boolean): string {
  return template
    .part(id)
    .sentences.map((s) => {
      const variant = (pick && s.variants.find((v) => !v.until && pick(v.facts as Record<string, unknown>))) ?? s.variants[0];
      return fill(variant.source, stops, template, s.id);
    })
    .join(' ');
}

function section(template: Template, id: PartId, stops: Stops, label = 'finding'): string[] {
  return [escape(template.part(id).heading!), '', `- ${stops.placeholder(`${id}Finding`, label)}`];
}

function skeleton(template: Template, id: PartId, stops: Stops): string[] {
  return fill(template.part(id).skeleton!, stops, template, id).split('\n');
}

/** The whole letter: every part the standard letter without priority action has, in template order. */
export function wholeLetter(template: Template): string[] {
  const stops = new Stops();
  const lines: string[] = [];
  const block = (...blockLines: string[]) => {
    if (lines.length) lines.push('');
    lines.push(...blockLines);
  };
  for (const part of template.parts) {
    switch (part.id) {
      case 'letterhead':
      case 'priorityActionLeadIn':
      case 'priorityAction':
      case 'consequenceRating':
      case 'consequenceFurtherInspection':
        continue;
      case 'summary':
        block(stops.choice('summary', part.sentences[0].variants.filter((v) => !v.facts.priorityAction && !v.until).map((v) => v.source)));
        continue;
      case 'closing':
        block(paragraph(template, part.id, stops, (f) => f.priorityAction === false));
        continue;
      default:
        if (part.kind === 'section') block(...section(template, part.id, stops, part.id === 'strengths' ? 'strength' : 'finding'));
        // A skeleton is the whole part (the sign-off's name and title too); sentences only its fixed words.
        else if (part.skeleton) block(...skeleton(template, part.id, stops));
        else if (part.sentences.length) block(paragraph(template, part.id, stops));
    }
  }
  lines.push('$0');
  return lines;
}

/** With an area for priority action: its lead-in, heading, finding, the closing and consequence paragraphs. */
export function priorityActionBlock(template: Template): string[] {
  const stops = new Stops();
  return [
    paragraph(template, 'priorityActionLeadIn', stops),
    '',
    ...section(template, 'priorityAction', stops),
    '',
    paragraph(template, 'closing', stops, (f) => f.priorityAction === true),
    '',
    paragraph(template, 'consequenceRating', stops),
    '',
    paragraph(template, 'consequenceFurtherInspection', stops),
    '$0',
  ];
}

/** The annual letter's snippets (the standard template's). */
export function buildSnippets(template: Template): Record<string, Snippet> {
  const markers = followupPhrases().markerSentence;
  const snippets: Record<string, Snippet> = {
    'Whole letter': {
      prefix: 'letter',
      description: `A whole letter of the ${template.name.charAt(0).toLowerCase()}${template.name.slice(1)}, from its template, with a tab stop for each value in template order.`,
      body: wholeLetter(template),
      isFileTemplate: true,
    },
  };
  for (const id of ['strengths', 'meetsRequirements', 'areasForDevelopment'] as const) {
    const part = template.part(id);
    snippets[`${part.name} section`] = {
      prefix: part.heading!.split(' ').slice(0, 3).join(' ').toLowerCase().replace(/^the service meets/, 'meets requirements'),
      description: `The ${part.name} section: its heading and a first finding.`,
      body: [...section(template, id, new Stops()), '$0'],
    };
  }
  snippets['Area for priority action'] = {
    prefix: 'priority',
    description: 'The area for priority action: lead-in, heading, finding, then the closing paragraph and the two consequence paragraphs that go with it.',
    body: priorityActionBlock(template),
  };
  snippets['Finding'] = { prefix: 'finding', description: 'A finding (bullet).', body: ['- ${1:finding}', '$0'] };
  snippets['Carried-forward finding'] = {
    prefix: 'carried',
    description: 'A finding that the previous inspection also raised, with its marker sentence.',
    body: [`- \${1:finding} \${2|${escapeChoice(markers.development)},${escapeChoice(markers.priorityAction)}|}`, '$0'],
  };
  const copy = new Stops();
  snippets['Copy list'] = {
    prefix: 'copy',
    description: 'The copy list: the council\'s Chief Executive and the Department for Education.',
    body: [...skeleton(template, 'copyList', copy), '$0'],
  };
  return snippets;
}

/** Every template's snippets: the standard letter's, then the modern documents' (./modern-snippets.ts). */
export function allSnippets(templates: readonly Template[]): Record<string, Snippet> {
  const snippets: Record<string, Snippet> = {};
  for (const template of templates) {
    const own = template.id === standardTemplateId(templates) ? buildSnippets(template) : modernSnippets(template);
    for (const [name, snippet] of Object.entries(own)) {
      if (snippets[name]) throw new Error(`Two templates make a snippet named ${name}`);
      snippets[name] = snippet;
    }
  }
  return snippets;
}

const standardTemplateId = (templates: readonly Template[]) => templates[0]?.id;

export function snippetsFileText(templates: readonly Template[]): string {
  return JSON.stringify(allSnippets(templates), null, 2) + '\n';
}
