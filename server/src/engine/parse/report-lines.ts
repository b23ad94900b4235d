import type { SourceText, Span } from '../text/source';
import type { LexedLines, LineItem } from './lines';

/**
 * A report read line by line: each line's content (after a page break's form feed and a bullet,
 * which pasted report text carries in glyphs the letters' reader does not know: `◼`, private-use
 * Wingdings), and its spans for building blocks. Reports are read by lines rather than by blank-line
 * blocks because their text has none where a letter has them (the title block, the table, the
 * summary's paragraphs) and some where a letter has none (`1.` alone, then the paragraph).
 */

export interface ReportLine {
  index: number;
  /** The content, without a form feed, bullet or surrounding white space (not folded). */
  text: string;
  /** The content spans (HTML tags left out), bullet excluded. */
  spans: Span[];
  /** The whole content, bullet included. */
  span: Span;
  bullet?: Span;
  /** The line's items, as the lexer gave them. */
  items: LineItem[];
  /** Whether a blank line (or a page break) comes right before it. */
  blankBefore: boolean;
  /** The paragraph number the lexer read before the content (or alone on a line above it), if any. */
  number?: { value: number; span: Span };
}

/** Bullet glyphs of pasted reports the lexer may not know, and the typed ones. */
const BULLET = /^(?:[\u25FC\u25FB\u25A0\u25AA\u2022\u25CF\u25E6\u2219\u00B7\u27A2\u2212\u2013\uF06E\uF0A7\uF0B7\uF02D\uF0D8\uF0FC]|[-*+](?=\s))\s*/u;

export function reportLines(source: SourceText, lexed: LexedLines): ReportLine[] {
  const text = source.text;
  const byLine = new Map<number, LineItem[]>();
  for (const item of lexed.items) {
    const list = byLine.get(item.line);
    if (list) list.push(item);
    else byLine.set(item.line, [item]);
  }
  const lines: ReportLine[] = [];
  let previous = -1;
  for (const [index, items] of byLine) {
    const spans: Span[] = [];
    for (const item of items) {
      let cursor = item.span.start;
      for (const hole of item.holes) {
        if (hole.start > cursor) spans.push({ start: cursor, end: hole.start });
        cursor = hole.end;
      }
      if (cursor < item.span.end) spans.push({ start: cursor, end: item.span.end });
    }
    // A form feed (page break) or other white space the lexer keeps at the start.
    while (spans.length && /^[\f\s]/.test(text[spans[0].start] ?? '')) {
      spans[0] = { start: spans[0].start + 1, end: spans[0].end };
      if (spans[0].start >= spans[0].end) spans.shift();
    }
    if (!spans.length) continue;
    const first = items[0];
    let bullet: Span | undefined = first.marker && first.headingLevel === undefined ? first.marker.span : undefined;
    const head = text.slice(spans[0].start, Math.min(spans[0].end, spans[0].start + 4));
    const m = BULLET.exec(head);
    if (!bullet && m) {
      bullet = { start: spans[0].start, end: spans[0].start + m[0].trimEnd().length };
      spans[0] = { start: spans[0].start + m[0].length, end: spans[0].end };
      if (spans[0].start >= spans[0].end) spans.shift();
      if (!spans.length) continue;
    }
    const contentText = spans.map((s) => text.slice(s.start, s.end)).join(' ');
    const blankBefore = index > previous + 1 || text[source.lines[index].start] === '\f';
    previous = index;
    const start = bullet ? bullet.start : spans[0].start;
    lines.push({ index, text: contentText, spans, span: { start, end: spans[spans.length - 1].end }, bullet, items, blankBefore, number: first.number });
  }
  return lines;
}
