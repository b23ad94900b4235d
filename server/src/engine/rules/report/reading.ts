import type { Letter } from '../../parse/model';
import type { GradeNode } from '../../parse/report-model';
import { iso } from '../../parse/date-ranges';
import { inPeriod, type Template } from '../../template/template';

/** What report rules share: the fieldwork's first day, the rows the period has, grade names. */

/** The first day of the fieldwork, as an ISO date (the date a report's periods are compared with). */
export function fieldworkStart(letter: Letter): string | undefined {
  const first = letter.report?.fieldwork?.value.first;
  return first ? iso(first) : undefined;
}

export function tableRows(template: Template) {
  return template.parts.find((p) => p.kind === 'table')?.table?.rows ?? [];
}

/** The rows the template has for a report whose fieldwork starts on this day (when unknown, the rows of every period). */
export function rowsInPeriod(template: Template, start: string | undefined) {
  return tableRows(template).filter((r) => (start ? inPeriod(r, start) : !r.from && !r.until));
}

export function gradeText(template: Template, id: string | undefined, lower = false): string {
  const g = template.report?.grades.find((x) => x.id === id);
  const text = g?.text ?? '?';
  return lower ? text.toLowerCase() : text;
}

export function describePeriod(p: { from?: string; until?: string }): string {
  if (p.from && p.until) return `fieldwork from ${p.from} to ${p.until}`;
  if (p.from) return `fieldwork from ${p.from}`;
  if (p.until) return `fieldwork until ${p.until}`;
  return 'every period';
}

export function isGraded(g: GradeNode | undefined): g is GradeNode & { gradeId: string } {
  return g?.gradeId !== undefined;
}
