import { analyze, type Diagnostic } from '../../analyze';
import { applyFixes } from '../../edits';
import { LETTERS, seed } from '../../testing';

/** Test helpers for the structure rules (used by their .test.ts files only). */

export const STRUCTURE_RULES = [
  'missing-part',
  'part-order',
  'duplicate-part',
  'fixed-sentence',
  'empty-section',
  'finding-outside-section',
  'heading-wording',
  'unrecognised-paragraph',
] as const;

/** The diagnostics of the structure rules only (others are checked by their own tests). */
export function structural(text: string): Diagnostic[] {
  const result = analyze(text);
  if (result.ruleErrors.length) throw result.ruleErrors[0].error;
  return result.diagnostics.filter((d) => (STRUCTURE_RULES as readonly string[]).includes(d.code));
}

/** Applies a diagnostic's first fix. */
export function applyFirstFix(text: string, d: Diagnostic): string {
  if (!d.fixes.length) throw new Error(`${d.code} has no fix: ${d.message}`);
  const result = applyFixes(text, [d.fixes[0]]);
  if (result.skipped.length) throw new Error('the fix was skipped');
  return result.text;
}

/** Line (1-based) of an offset, for readable assertions. */
export function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split(/\r\n|\r|\n/).length;
}

/** The real letters reformatted in ways that must change nothing: CRLF, a BOM, curly apostrophes, Markdown headings. */
export function reformattedLetters(): { name: string; text: string }[] {
  const headings = /^(Strengths|Areas for development|Area for priority action|The service meets the requirements of statutory guidance in the following areas)$/gm;
  return LETTERS.flatMap((name) => {
    const text = seed(name);
    return [
      { name: `${name} CRLF`, text: text.replace(/\r?\n/g, '\r\n') },
      { name: `${name} BOM`, text: '\uFEFF' + text },
      { name: `${name} curly`, text: text.replace(/'/g, '\u2019') },
      { name: `${name} # headings`, text: text.replace(headings, '## $1:') },
    ];
  });
}
