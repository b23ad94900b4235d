import type { Residue } from '../parse/lines';
import type { Line, SourceText, Span } from '../text/source';
import { defineRule, type TextEdit } from './rule';

/** Tags that mark text up inside a line: removing them must not put a space between the words. */
const INLINE_TAGS = new Set(['a', 'abbr', 'b', 'em', 'font', 'i', 'small', 'span', 'strong', 'sub', 'sup', 'u']);

function isBlank(text: string): boolean {
  return /^[ \t\u00a0\ufeff]*$/.test(text);
}

function tagName(tag: string): string {
  return (/^<\/?([a-zA-Z][a-zA-Z0-9]*)/.exec(tag)?.[1] ?? '').toLowerCase();
}

/**
 * The edits that remove a line's tags (sorted), one per tag. Tags at the start of a line (only white
 * space and other tags before them) take the white space after them, and the first takes the
 * indentation before it; tags at the end of a line take the white space before them; a tag between two
 * words becomes a space unless it is inline markup. Each edit touches only its own stretch, so the
 * edits of one line never overlap. Linear in the number of tags.
 */
export function removalEdits(source: SourceText, line: Line, tags: readonly Span[]): TextEdit[] {
  const text = source.text;
  const n = tags.length;
  // gapBlank[k]: the text before tag k (from the previous tag, or the line start) is white space.
  const gapBlank = tags.map((t, k) => isBlank(text.slice(k ? tags[k - 1].end : line.start, t.start)));
  const tailBlank = n ? isBlank(text.slice(tags[n - 1].end, line.end)) : true;
  const atLineStart: boolean[] = [];
  for (let k = 0; k < n; k++) atLineStart.push(gapBlank[k] && (k === 0 || atLineStart[k - 1]));
  const atLineEnd: boolean[] = new Array(n);
  for (let k = n - 1; k >= 0; k--) atLineEnd[k] = k === n - 1 ? tailBlank : gapBlank[k + 1] && atLineEnd[k + 1];
  return tags.map((tag, index) => {
    let start = tag.start;
    let end = tag.end;
    if (atLineStart[index]) {
      if (index === 0) start = line.start;
      while (end < line.end && /[ \t\u00a0]/.test(text[end])) end++;
      return { span: { start, end }, newText: '' };
    }
    if (atLineEnd[index]) {
      while (start > line.start && /[ \t\u00a0]/.test(text[start - 1])) start--;
      if (index === n - 1) end = line.end;
      return { span: { start, end }, newText: '' };
    }
    const spaceBefore = /\s/.test(text[tag.start - 1] ?? ' ');
    const spaceAfter = /\s/.test(text[tag.end] ?? ' ');
    if (spaceBefore && spaceAfter) {
      while (end < line.end && /[ \t\u00a0]/.test(text[end])) end++;
      return { span: { start, end }, newText: '' };
    }
    const inline = INLINE_TAGS.has(tagName(text.slice(tag.start, tag.end)));
    return { span: { start, end }, newText: spaceBefore || spaceAfter || inline ? '' : ' ' };
  });
}

export default defineRule({
  id: 'html-residue',
  description: 'HTML tags left in the text by converting a web page or PDF.',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    rationale:
      'Letters copied from a published web page or a converted PDF can carry HTML markup such as `<ul style="list-style-type: none">`. The tags are not part of the letter: they would be printed as they stand. Each tag gets a warning and a safe fix that removes it (with the white space it leaves at the start or end of a line; a tag between two words becomes a space, unless it is inline markup such as `<b>`). A line that held only tags is left empty, so the paragraphs around it stay apart.',
    examples: [
      {
        flagged: 'Strengths\n<ul style="list-style-type: none">▪ Child protection enquiries are supported by …',
        accepted: 'Strengths\n▪ Child protection enquiries are supported by …',
        note: 'The bullet itself is left for `bullet-style`.',
      },
    ],
  },
  check({ letter, report }) {
    const source = letter.source;
    const byLine = new Map<number, Residue[]>();
    for (const residue of letter.residue) {
      if (residue.kind !== 'html') continue;
      const line = source.lineAt(residue.span.start).index;
      const list = byLine.get(line);
      if (list) list.push(residue);
      else byLine.set(line, [residue]);
    }
    for (const [lineIndex, residues] of byLine) {
      const line = source.lines[lineIndex];
      const tags = residues.map((r) => r.span).sort((a, b) => a.start - b.start);
      const edits = removalEdits(source, line, tags);
      tags.forEach((tag, index) => {
        const shown = source.slice(tag);
        report({
          span: tag,
          message: `HTML tag ${shown.length > 40 ? shown.slice(0, 37) + '…' : shown} was left by copying the text from a web page or PDF: remove it.`,
          fixes: [{ title: 'Remove the HTML tag', edits: [edits[index]], safe: true }],
        });
      });
    }
  },
});
