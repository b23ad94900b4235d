import { strict as assert } from 'node:assert';
import type { Diagnostic } from '../../analyze';
import { applyFixes } from '../../edits';
import { check, covered, describe } from '../../testing';

/** Test helpers for the consistency rules: their diagnostics only, and fixes applied for real. */

export const CONSISTENCY_RULES = [
  'summary-matches-sections',
  'closing-matches-priority-action',
  'salutation-names-addressee',
  'council-consistent',
  'copy-list',
  'date-valid',
  'inspection-days',
  'letter-date',
  'previous-inspection-date',
  'inspector-title',
] as const;

export type ConsistencyRule = (typeof CONSISTENCY_RULES)[number];

/** The diagnostics the consistency rules give on a text. */
export function consistency(text: string): Diagnostic[] {
  return check(text).filter((d) => (CONSISTENCY_RULES as readonly string[]).includes(d.code));
}

/** Asserts the consistency rules give exactly one diagnostic, of this rule and severity, over this text. */
export function expectOnly(text: string, code: ConsistencyRule, severity: Diagnostic['severity'], coveredText?: string): Diagnostic {
  const diagnostics = consistency(text);
  assert.equal(diagnostics.length, 1, `expected exactly one ${code} diagnostic, got:\n${describe(diagnostics)}`);
  const [d] = diagnostics;
  assert.equal(d.code, code, describe(diagnostics));
  assert.equal(d.severity, severity, describe(diagnostics));
  if (coveredText !== undefined) assert.equal(covered(text, d), coveredText);
  return d;
}

/** Applies the diagnostic's first fix and returns the new text (failing if it has none or it does not apply). */
export function applyFirstFix(text: string, d: Diagnostic): string {
  assert.ok(d.fixes.length > 0, `${d.code} offers no fix`);
  const result = applyFixes(text, [d.fixes[0]]);
  assert.equal(result.applied.length, 1, 'the fix applies');
  return result.text;
}

/** Asserts that applying the first fix leaves no diagnostics from the consistency rules. */
export function expectFixClears(text: string, d: Diagnostic): string {
  const fixed = applyFirstFix(text, d);
  assert.deepEqual(describe(consistency(fixed)), '', 'no consistency diagnostics after the fix');
  return fixed;
}

/** The text from `from` (inclusive) up to `to` (exclusive), each occurring once; throws otherwise. */
export function between(text: string, from: string, to: string): string {
  const a = text.indexOf(from);
  assert.ok(a >= 0 && text.indexOf(from, a + 1) < 0, `need exactly one ${JSON.stringify(from.slice(0, 60))}`);
  const b = text.indexOf(to, a + from.length);
  assert.ok(b >= 0, `not found after it: ${JSON.stringify(to.slice(0, 60))}`);
  return text.slice(a, b);
}
