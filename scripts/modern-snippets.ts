import type { Template, TemplatePart } from '../server/src/engine';
import { placeholderLabel } from '../server/src/engine/placeholders';
import { escape, fill, Stops } from './snippet-stops';
import type { Snippet } from './snippets-from-template';

/**
 * The snippets of the documents written today (the focused-visit letter, the ILACS report), built from
 * their template data: the whole document in its current wording (the wordings and rows with no `until`,
 * the later inspector's title first), each section that other parts go with together with those parts
 * (the areas for priority action and the action-plan paragraph), and for reports a judgement section with
 * its grade. Nothing here names a part: what is written, and in which order, is the data's.
 */

/** What the inspector types for each document (the snippet's name is what the editor lists). */
const DOCUMENT_NAMES: Record<string, { name: string; prefix: string }> = {
  'focused-visit': { name: 'Focused visit letter', prefix: 'focused visit letter' },
  'ilacs-report': { name: 'Inspection report (ILACS)', prefix: 'inspection report' },
};

export function modernSnippets(template: Template): Record<string, Snippet> {
  if (template.referenceOnly) return {};
  const names = DOCUMENT_NAMES[template.id] ?? { name: template.name, prefix: template.id.replace(/-/g, ' ') };
  const snippets: Record<string, Snippet> = {
    [names.name]: {
      prefix: names.prefix,
      description: `A whole ${template.name} in the current wording of its template, with a tab stop for each value in order.`,
      body: wholeDocument(template),
      isFileTemplate: true,
    },
  };
  for (const part of template.parts) {
    const dependants = template.parts.filter((p) => p.requiredWith === part.id && p.id !== part.id); // a conditional section is required with itself
    if (part.kind !== 'section' || !dependants.length) continue;
    const stops = new Stops();
    const lines = [...sectionLines(template, part, stops)];
    for (const dependant of dependants) lines.push('', ...paragraphLines(template, dependant, stops));
    snippets[`${names.name}: ${part.name.toLowerCase()}`] = {
      prefix: `${names.prefix.split(' ').slice(0, 2).join(' ')} ${part.name.toLowerCase()}`,
      description: `${part.name}: the heading, a first finding, then ${dependants.map((d) => d.name.toLowerCase()).join(' and ')} that goes with it (its place is not checked: move it where the letter needs it).`,
      body: [...lines, '$0'],
    };
  }
  const graded = template.parts.filter((p) => p.gradedHeading && currentRow(template, p.id));
  const grades = template.report?.grades ?? [];
  if (graded.length && grades.length) {
    const stops = new Stops();
    const heading = stops.choice('judgement', graded.map((p) => p.heading!));
    const grade = stops.choice('grade', grades.map((g) => sectionGrade(template, g.text)));
    snippets[`${names.name}: judgement section`] = {
      prefix: 'judgement section',
      description: 'A judgement section: its heading with the grade (as the judgement table gives it), then a numbered paragraph (numbers run through the whole report).',
      body: [`${heading}: ${grade}`, '', `${stops.placeholder('paragraphNumber')}. ${stops.placeholder('paragraph')}`, '$0'],
    };
  }
  return snippets;
}

/** The whole document: every part it has today (no conditional part, no section other parts go with), in template order. */
export function wholeDocument(template: Template): string[] {
  const stops = new Stops();
  const lines: string[] = [];
  const block = (...blockLines: string[]) => {
    if (!blockLines.length) return;
    if (lines.length) lines.push('');
    lines.push(...blockLines);
  };
  let paragraphNumber = 0;
  for (const part of template.parts) {
    if (part.required === 'conditional' || template.parts.some((p) => p.requiredWith === part.id)) continue;
    if (part.kind === 'table') block(...tableLines(template, part, stops));
    else if (part.kind === 'section' && part.gradedHeading) {
      const row = currentRow(template, part.id);
      if (!row) continue;
      const grade = template.report?.sectionGradeCase === 'asTable' ? stops.choice(`grade:${row.id}`, []) : stops.lowerCaseOf(`grade:${row.id}`);
      block(`${escape(part.heading!)}: ${grade}`, '', `${++paragraphNumber}. ${stops.placeholder(`${part.id}Paragraph`, 'paragraph')}`);
    } else if (part.kind === 'section') block(...sectionLines(template, part, stops));
    else block(...paragraphLines(template, part, stops));
  }
  lines.push('$0');
  return lines;
}

/** A section's heading and its first finding: a bullet, or a paragraph where its findings are prose. */
function sectionLines(template: Template, part: TemplatePart, stops: Stops): string[] {
  const label = part.list ? 'improvement' : 'finding';
  const first = part.findingStyle === 'bullets' ? `- ${stops.placeholder(`${part.id}Finding`, label)}` : stops.placeholder(`${part.id}Finding`, part.name.toLowerCase());
  return [escape(part.heading!), '', first];
}

/**
 * A paragraph part: its skeleton, else its fixed sentences in today's wording (a part whose every
 * wording has an end date, such as a preamble of one year, is left out), else a placeholder where the
 * part is required (a report's unheaded summary). Parts with none of these (a letterhead, a back page) are left out.
 */
function paragraphLines(template: Template, part: TemplatePart, stops: Stops): string[] {
  if (part.skeleton) return fill(part.skeleton, stops, template, part.id).split('\n');
  if (part.sentences.length) {
    const variants = part.sentences.map((s) => s.variants.find((v) => !v.until));
    if (variants.some((v) => !v)) return [];
    return [variants.map((v, i) => fill(v!.source, stops, template, part.sentences[i].id)).join(' ')];
  }
  if (part.required === 'always' && (part.kind === 'paragraph' || part.kind === 'list')) return [stops.placeholder(part.id, placeholderLabel(part.id))];
  return [];
}

/** The judgement table: its header, then each row in use today with a choice of the grades. */
function tableLines(template: Template, part: TemplatePart, stops: Stops): string[] {
  const table = part.table!;
  const grades = (template.report?.grades ?? []).map((g) => g.text);
  const lines = table.header.flatMap((h) => [escape(h), '']);
  for (const row of table.rows.filter((r) => !r.until)) lines.push(escape(row.label), '', stops.choice(`grade:${row.id}`, grades), '');
  lines.pop();
  return lines;
}

/** The table row in use today that a section reports on. */
function currentRow(template: Template, sectionId: string) {
  return template.parts.flatMap((p) => p.table?.rows ?? []).find((r) => r.section === sectionId && !r.until);
}

/** A grade as a section heading writes it. */
function sectionGrade(template: Template, grade: string): string {
  return template.report?.sectionGradeCase === 'asTable' ? grade : grade.toLowerCase();
}

