import type { Letter, Span } from '../engine';
import type { GradeNode } from '../engine/parse/report-model';
import type { Period, Template } from '../engine/template/template';

/**
 * Hover on a report's judgements: a row of the judgement table (its judgement, grade and section), a
 * judgement section's heading (its grade, and whether the table gives the same), and a grade (the
 * vocabulary). Also the periods of a template's wordings, written for people.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2021-07` → `July 2021`; `2022-09-08` → `8 September 2022`. */
function dateText(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const monthYear = `${MONTHS[month - 1] ?? ''} ${year}`.trim();
  return day ? `${day} ${monthYear}` : monthYear;
}

/** When a wording was in use, or '' when the template gives no dates. */
export function periodText(period: Period): string {
  if (period.from && period.until) return `${dateText(period.from)} to ${dateText(period.until)}`;
  if (period.from) return `from ${dateText(period.from)}`;
  if (period.until) return `until ${dateText(period.until)}`;
  return '';
}

function covers(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** The grade vocabulary, with the short forms each stands for. */
export function vocabulary(template: Template): string {
  const grades = template.report?.grades ?? [];
  return grades.map((g) => `*${g.text}*${g.shortForms.length ? ` (also written ${g.shortForms.map((s) => `*${s}*`).join(', ')})` : ''}`).join(', ');
}

function gradeName(template: Template, grade: GradeNode | undefined): string | undefined {
  return template.report?.grades.find((g) => g.id === grade?.gradeId)?.text;
}

function gradeNote(template: Template, grade: GradeNode, inHeading: boolean): string | undefined {
  const standard = gradeName(template, grade);
  if (!standard) return `*${grade.written}* is not one of the grades: ${vocabulary(template)}.`;
  if (grade.form === 'short') return `*${grade.written}* is a shortened form of *${standard}*.`;
  const expected = inHeading && template.report?.sectionGradeCase === 'lower' ? standard.toLowerCase() : standard;
  if (grade.form === 'case') return `Written here as *${grade.written}*; ${inHeading ? 'a section heading' : 'the table'} writes it *${expected}*.`;
  return undefined;
}

export function reportHover(letter: Letter, offset: number): { markdown: string; span: Span } | undefined {
  const report = letter.report;
  const template = letter.template;
  if (!report) return undefined;
  for (const graded of report.gradedSections) {
    if (!covers(graded.section.heading.span, offset)) continue;
    const lines: string[] = [];
    const part = template.findPart(graded.section.id);
    const rowIds = template.parts.flatMap((p) => p.table?.rows ?? []).filter((r) => r.section === graded.section.id).map((r) => r.id);
    const row = report.table?.rows.find((r) => r.rowId && rowIds.includes(r.rowId));
    const given = gradeName(template, graded.grade);
    const inTable = gradeName(template, row?.grade);
    lines.push(`**Judgement**: ${part?.name ?? graded.label.value}${given ? `, graded *${given.toLowerCase()}*` : ''}.`);
    if (inTable && given && inTable !== given) lines.push(`The judgement table gives *${inTable}*: the heading and the table must agree.`);
    else if (inTable) lines.push(`The judgement table gives *${inTable}* (line ${letter.source.positionAt(row!.span.start).line + 1}).`);
    else if (report.table) lines.push('The judgement table has no row for this judgement.');
    if (graded.grade && covers(graded.grade.span, offset)) {
      const note = gradeNote(template, graded.grade, true);
      if (note) lines.push(note);
      lines.push(`Grades: ${vocabulary(template)}.`);
      return { markdown: lines.join('\n\n'), span: graded.grade.span };
    }
    return { markdown: lines.join('\n\n'), span: graded.section.heading.span };
  }
  for (const row of report.table?.rows ?? []) {
    if (!covers(row.span, offset)) continue;
    const templateRow = template.parts.flatMap((p) => p.table?.rows ?? []).find((r) => r.id === row.rowId);
    const lines: string[] = [];
    const grade = gradeName(template, row.grade);
    lines.push(`**Judgement**: ${templateRow?.label ?? row.label.value}${grade ? `, graded *${grade}*` : ''}.`);
    const period = templateRow ? periodText(templateRow) : '';
    if (period) lines.push(`A row of the table for fieldwork ${period}.`);
    if (row.match === 'near' || row.match === 'unknown') lines.push(`The row's label is not in the standard words${templateRow ? `: *${templateRow.label}*` : ''}.`);
    const section = report.gradedSections.find((g) => g.section.id === templateRow?.section);
    if (section) lines.push(`Its section: *${section.section.heading.text}* (line ${letter.source.positionAt(section.section.heading.span.start).line + 1}).`);
    else if (templateRow?.section) lines.push('The report has no section for this judgement yet.');
    if (row.grade && covers(row.grade.span, offset)) {
      const note = gradeNote(template, row.grade, false);
      if (note) lines.push(note);
      lines.push(`Grades: ${vocabulary(template)}.`);
      return { markdown: lines.join('\n\n'), span: row.grade.span };
    }
    return { markdown: lines.join('\n\n'), span: row.span };
  }
  return undefined;
}
