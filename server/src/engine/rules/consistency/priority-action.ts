import type { Letter } from '../../parse/model';
import type { Span } from '../../text/source';

/**
 * Whether the letter has an area for priority action: its section, or at least the lead-in that
 * announces it (a lost heading is a structure problem, reported elsewhere, not a different letter).
 */
export interface PriorityAction {
  /** The heading, or the lead-in when the heading is missing. */
  span: Span;
  /** Where the section (or the lead-in) ends: what a consequence paragraph would follow. */
  end: number;
  findings: number;
}

export function priorityAction(letter: Letter): PriorityAction | undefined {
  const section = letter.section('priorityAction');
  if (section) return { span: section.heading.span, end: section.span.end, findings: section.findings.length };
  const leadIn = letter.partsById('priorityActionLeadIn')[0];
  if (leadIn) return { span: leadIn.span, end: leadIn.span.end, findings: 0 };
  return undefined;
}
