import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import type { Letter, Template, TemplatePart } from '../engine';
import { inPeriod, type Grade, type TableRow } from '../engine/template/template';
import type { Context } from './completion';
import { SnippetText } from './snippet-text';

/**
 * A report's own completions: a judgement section's heading with the grade the judgement table gives
 * it (in the case the template writes section grades in), the next paragraph number (numbers run
 * through the whole report), and the grade vocabulary in the table and after a section heading. The
 * words are the template's (report.grades, the table's rows, the sections' headings).
 */

/** How a section heading writes a grade. */
function sectionGrade(template: Template, grade: string): string {
  return template.report?.sectionGradeCase === 'asTable' ? grade : grade.toLowerCase();
}

/** The template's table rows (a report has one table). */
function templateRows(template: Template): TableRow[] {
  return template.parts.flatMap((p) => p.table?.rows ?? []);
}

/** The grade the draft's table gives the judgement a section reports on, if the table has its row and grade. */
export function tableGradeFor(letter: Letter, sectionId: string): Grade | undefined {
  const rows = templateRows(letter.template).filter((r) => r.section === sectionId).map((r) => r.id);
  const row = letter.report?.table?.rows.find((r) => r.rowId && rows.includes(r.rowId) && r.grade?.gradeId);
  return letter.template.report?.grades.find((g) => g.id === row?.grade?.gradeId);
}

/** Whether the section has a judgement in the draft: a row of its table, or (no table yet) a row of the draft's period. */
function judged(c: Context, part: TemplatePart): boolean {
  const rows = templateRows(c.template).filter((r) => r.section === part.id);
  const table = c.letter.report?.table;
  if (table?.rows.some((r) => r.rowId)) return table.rows.some((r) => rows.some((t) => t.id === r.rowId));
  return rows.some((r) => inPeriod(r, c.date));
}

/** A graded section's heading: with the table's grade, or a choice of the grades when the table has none for it. */
export function gradedHeadingText(c: Context, part: TemplatePart): { preview: string; snippet: string } | undefined {
  const grades = c.template.report?.grades ?? [];
  if (!part.heading || !grades.length || !judged(c, part)) return undefined;
  const grade = tableGradeFor(c.letter, part.id);
  const snippet = new SnippetText().literal(`${part.heading}: `);
  if (grade) snippet.literal(sectionGrade(c.template, grade.text));
  else snippet.choice(grades.map((g) => sectionGrade(c.template, g.text)));
  return { preview: snippet.preview, snippet: snippet.snippet };
}

/** Where a graded section has begun: the number after the last numbered paragraph above the cursor, followed by a tab stop. */
export function paragraphNumberItem(c: Context): CompletionItem | undefined {
  const report = c.letter.report;
  if (!report || c.template.report?.paragraphNumbers !== 'continuous') return undefined;
  const firstSection = report.gradedSections[0]?.section.heading.span.start;
  const lineStart = c.letter.source.offsetAt(c.range.start);
  if (firstSection === undefined || firstSection >= lineStart) return undefined;
  const typed = c.letter.source.text.slice(lineStart, c.offset);
  if (!/^\d*$/.test(typed.trim())) return undefined;
  const above = report.paragraphs.filter((p) => p.numberSpan.end <= lineStart);
  const next = above.length ? above[above.length - 1].number + 1 : 1;
  const snippet = new SnippetText().literal(`${next}. `).placeholder('paragraph');
  return {
    label: `${next}.`,
    kind: CompletionItemKind.Value,
    detail: above.length ? `The next paragraph number (after ${next - 1})` : 'The first paragraph number',
    documentation: 'Paragraphs are numbered through the whole report, 1, 2, 3 … without a gap or a repeat.',
    filterText: `${next}.`,
    preselect: true,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range: c.range, newText: snippet.snippet },
  };
}

/**
 * The grades: in the judgement table (as the table writes them), and after a judgement section's
 * heading (as headings write them), the table's grade for that judgement first.
 */
export function gradeItems(c: Context): CompletionItem[] {
  const grades = c.template.report?.grades ?? [];
  if (!grades.length) return [];
  const line = c.letter.source.lines[c.range.start.line];
  const typed = line.text.slice(0, c.range.end.character);
  const heading = graded(c.template).find((h) => typed.toLowerCase().startsWith(h.text.toLowerCase()));
  if (heading) {
    const after = typed.slice(heading.text.length);
    const lead = /^:?\s*/.exec(after)![0];
    const start = heading.text.length + lead.length;
    const range = { start: { line: line.index, character: start }, end: c.range.end };
    const prefix = lead.includes(':') ? '' : lead ? '' : ': ';
    const fromTable = tableGradeFor(c.letter, heading.part.id);
    return grades.map((g, i) => {
      const text = sectionGrade(c.template, g.text);
      const agrees = g.id === fromTable?.id;
      return {
        label: text,
        kind: CompletionItemKind.EnumMember,
        detail: agrees ? 'The grade the judgement table gives' : fromTable ? `The table gives ${fromTable.text}` : 'Grade',
        filterText: prefix + text,
        preselect: agrees,
        sortText: `${agrees ? '0' : '1'}-${i}`,
        textEdit: { range, newText: prefix + text },
      };
    });
  }
  if (!inTable(c)) return [];
  return grades.map((g, i) => ({
    label: g.text,
    kind: CompletionItemKind.EnumMember,
    detail: 'Grade',
    filterText: g.text,
    sortText: `0-${i}`,
    textEdit: { range: c.range, newText: g.text },
  }));
}

/** The graded sections' headings (and their other accepted words), longest first. */
function graded(template: Template): { text: string; part: TemplatePart }[] {
  return template.parts
    .filter((p) => p.gradedHeading)
    .flatMap((part) => part.headings.map((h) => ({ text: h.text, part })))
    .sort((a, b) => b.text.length - a.text.length);
}

/** Whether the cursor's line is in the judgement table: after its header, before the summary. */
function inTable(c: Context): boolean {
  const table = c.letter.report?.table;
  const lineStart = c.letter.source.offsetAt(c.range.start);
  if (table && lineStart >= table.span.start && lineStart <= table.span.end + 2) return true;
  const tablePart = c.template.parts.find((p) => p.kind === 'table');
  return !!tablePart && c.currentPart === tablePart.id && !c.letter.report?.summary.some((b) => b.span.start <= lineStart);
}
