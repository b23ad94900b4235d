import type { Fix, TextEdit } from './rules/rule';

/**
 * Applies text edits given as source spans. Edits that overlap an earlier one are skipped (and
 * reported), so applying several fixes at once never garbles the text.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: TextEdit[]; skipped: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const applied: TextEdit[] = [];
  const skipped: TextEdit[] = [];
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    const { start, end } = edit.span;
    if (start < cursor || start > end || end > text.length) {
      skipped.push(edit);
      continue;
    }
    out += text.slice(cursor, start) + edit.newText;
    cursor = end;
    applied.push(edit);
  }
  out += text.slice(cursor);
  return { text: out, applied, skipped };
}

/** Applies whole fixes: a fix is applied with all its edits or not at all. */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: Fix[]; skipped: Fix[] } {
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  const taken: TextEdit[] = [];
  const overlaps = (a: TextEdit, b: TextEdit) =>
    a.span.start < b.span.end && b.span.start < a.span.end ? true : a.span.start === b.span.start && a.span.end === b.span.end;
  for (const fix of fixes) {
    if (fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) {
      skipped.push(fix);
      continue;
    }
    taken.push(...fix.edits);
    applied.push(fix);
  }
  return { text: applyEdits(text, taken).text, applied, skipped };
}
