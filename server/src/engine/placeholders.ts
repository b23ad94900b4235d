import type { Letter } from './parse/model';
import type { Span } from './text/source';

/**
 * Placeholders left to fill: `[council]`, `[letter date]`, as the editor's snippets write their tab
 * stops and as inspectors mark what they will fill in later. The checker reports each one once, and
 * the other rules say nothing about text a placeholder stands in (an unfilled `[letter date]` is not
 * a wrong date).
 */

export interface Placeholder {
  /** The words inside the brackets. */
  label: string;
  /** From the opening bracket to the closing one. */
  span: Span;
}

/** One to four words in square brackets; editorial marks such as `[sic]` are not placeholders. */
const PLACEHOLDER = /\[([A-Za-z][a-z'’]*(?: [A-Za-z][a-z'’]*){0,3})\]/g;
const EDITORIAL_MARKS = new Set(['sic', 'emphasis added', 'redacted']);

/** A slot's name as a placeholder's words: `inspectionDates` → `inspection dates` (words stay words). */
export function placeholderLabel(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * How the snippets, completions and fixes write what the inspector is to fill in: `council` →
 * `[council]`, `inspectionDates` → `[inspection dates]`. Square brackets, not <…>, which the lexer
 * would take for HTML residue.
 */
export function placeholderText(name: string): string {
  return `[${placeholderLabel(name)}]`;
}

export function findPlaceholders(text: string): Placeholder[] {
  // Most letters have no bracket at all: the pattern is not run over them.
  if (!text.includes('[')) return [];
  const found: Placeholder[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (EDITORIAL_MARKS.has(m[1].toLowerCase())) continue;
    found.push({ label: m[1], span: { start: m.index, end: m.index + m[0].length } });
  }
  return found;
}

const cache = new WeakMap<Letter, Placeholder[]>();

/** The letter's placeholders, found once per parsed letter for the rule and for analyze. */
export function placeholdersOf(letter: Letter): Placeholder[] {
  let found = cache.get(letter);
  if (!found) {
    found = findPlaceholders(letter.source.text);
    cache.set(letter, found);
  }
  return found;
}

/**
 * Whether a finding is about text a placeholder stands in: its span overlaps one, or is an empty span
 * (a place) at one's edge or inside it.
 */
export function touchesPlaceholder(span: Span, placeholders: readonly Placeholder[]): boolean {
  for (const p of placeholders) {
    if (span.start === span.end ? span.start >= p.span.start && span.start <= p.span.end : span.start < p.span.end && p.span.start < span.end) return true;
  }
  return false;
}
