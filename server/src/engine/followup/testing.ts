import type { AnalyzeOptions, Diagnostic } from '../analyze';
import { check } from '../testing';

/** For the follow-up tests: the diagnostics of the follow-up rules only (other rules are tested elsewhere). */
export const FOLLOWUP_RULES = [
  'previous-claim-unread',
  'previous-addressed-but-carried',
  'previous-count-mismatch',
  'previous-topic-unmarked',
  'previous-marker-outside-areas',
  'previous-paragraph-missing',
  'previous-area-unaccounted',
  'previous-area-unmarked',
  'previous-month-mismatch',
];

export function followupDiagnostics(text: string, options?: AnalyzeOptions): Diagnostic[] {
  return check(text, options).filter((d) => FOLLOWUP_RULES.includes(d.code));
}

export const DEV_MARKER = 'This was an area for development at the previous inspection.';
export const PA_MARKER = 'This was an area for priority action at the previous inspection.';
