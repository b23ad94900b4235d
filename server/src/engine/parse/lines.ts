import type { Line, SourceText, Span } from '../text/source';
import type { PageReading, PageResidueKind } from './pages';
import { isAsciiDigit, isWhiteSpace } from '../text/chars';

/**
 * The first pass over the raw lines: finds what PDF pasting left behind (HTML tags, several bullets
 * run together on one line), bullet markers, Markdown heading marks and checker directives, and cuts
 * each line into items: the content spans the later passes read.
 */

export type ResidueKind = 'html' | 'runTogether' | 'split' | PageResidueKind;

export interface Residue {
  kind: ResidueKind;
  span: Span;
  /** For html: the tag text; for split: the text either side of the break; for page residue, see pages.ts. */
  text: string;
  /** For footnotes and footnote references: the footnote's number. */
  number?: number;
}

export interface Directive {
  /** The text inside the comment, after `letter-check`. */
  body: string;
  line: number;
  span: Span;
}

export interface LineItem {
  line: number;
  /** The content, without bullet marker, heading mark or surrounding white space. */
  span: Span;
  /** Spans of HTML tags removed from inside the content. */
  holes: Span[];
  marker?: { text: string; span: Span };
  /** The number of # marks when the line is a Markdown heading. */
  headingLevel?: number;
  /** True for the second and later items of a line holding several bullets. */
  runTogether: boolean;
  indented: boolean;
  /** A paragraph number before the content (`10. Text`), or alone on a line above it (`1.`, a blank line, the text). */
  number?: { value: number; span: Span };
}

export interface LexedLines {
  items: LineItem[];
  /** Lines holding nothing once tags and directives are removed. */
  blank: boolean[];
  residue: Residue[];
  directives: Directive[];
  /** Page residue lines and page starts, when the text was read for them. */
  pages?: PageReading;
}

const DIRECTIVE = /^\s*<!--\s*letter-check\b(.*?)-->\s*$/;
const HTML_TAG = /<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,500})?\/?>/g;
/** Bullet characters that PDF conversion leaves; `-`, `*` and `+` only count at a line's start. */
export const BULLET_CHARS = '\u25AA\u2022\u25CF\u25E6\u25A0\u25A1\u2023\u2043\u2219\u00B7\u25AB\uF0A7\uF0B7\u27A2\u25FC\uF06E';
/**
 * Marks that are bullets only at a line's start, before a space: `-`, `*`, `+`, the minus sign of
 * sub-bullets (U+2212) and the private-use hyphen of Symbol fonts (U+F02D); mid-line they are dashes.
 */
const LEADING_ONLY = '\\-*+\u2212\uF02D';
const LEADING_BULLET = new RegExp(`^([${BULLET_CHARS}]|[${LEADING_ONLY}](?=\\s))\\s*`);
/** The bullet characters by code, for finding them all in one pass (few lines hold one inside them). */
const IS_BULLET = new Set([...BULLET_CHARS].map((c) => c.charCodeAt(0)));
/** The lowest bullet character's code: most characters of a text are below it. */
const LOWEST_BULLET = Math.min(...IS_BULLET);

/** The offsets of every bullet character in the text (a loop over the codes: twice as fast as a pattern of them). */
function bulletOffsets(text: string): number[] {
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= LOWEST_BULLET && IS_BULLET.has(c)) at.push(i);
  }
  return at;
}
/** The line items' holes when a line has no HTML tag (nearly all): one array, never written to. */
const NO_HOLES: Span[] = [];

/**
 * The start of a piece of a line with no bullet inside it (nearly every one): one array, rewritten for
 * each piece and read before the next, instead of one made for every line.
 */
const ONLY_START = [0];
/** The one piece of a line without HTML tags, likewise. */
const ONE_PIECE: Span[] = [{ start: 0, end: 0 }];

/** The bullet characters' offsets, and the first one not yet passed by the lines read. */
interface BulletCursor {
  at: number[];
  next: number;
}

const MARKDOWN_HEADING = /^(#{1,6})\s+/;
/** The characters a bullet or heading marker can start with. */
const MARKER_START = BULLET_CHARS + '-*+#\u2212\uF02D';
/** A paragraph number: alone on a line (`1.`), or before the paragraph's words (`10. Many children`). */
const LONE_NUMBER = /^(\d{1,3})\.$/;
const LEADING_NUMBER = /^(\d{1,3})\.[ \t\u00a0]+(?=\S)/;
// HTML_TAG is run with exec in a loop from lastIndex 0 (matchAll copied it for every line).

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 12 || c === 0xa0 || c === 0xfeff || c === 0x200b || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

export function lexLines(source: SourceText, pages?: PageReading): LexedLines {
  const text = source.text;
  const items: LineItem[] = [];
  const blank: boolean[] = [];
  const residue: Residue[] = [];
  const directives: Directive[] = [];
  // A paragraph number alone on its line, waiting for the paragraph below it.
  let pendingNumber: LineItem['number'];
  const bullets: BulletCursor = { at: bulletOffsets(text), next: 0 };
  for (const line of source.lines) {
    if (pages?.residueLine[line.index]) {
      blank.push(true);
      continue;
    }
    const directive = line.text.includes('<!--') ? DIRECTIVE.exec(line.text) : null;
    if (directive) {
      directives.push({ body: directive[1].trim(), line: line.index, span: { start: line.start, end: line.end } });
      blank.push(true);
      continue;
    }
    const before = items.length;
    const end = pages?.contentEnd.get(line.index);
    lexLine(text, end === undefined ? line : { ...line, end, text: line.text.slice(0, end - line.start) }, items, residue, bullets);
    if (items.length === before + 1 && isAsciiDigit(text.charCodeAt(items[before].span.start))) {
      const item = items[before];
      const lone = LONE_NUMBER.exec(text.slice(item.span.start, item.span.end));
      if (lone && !item.marker) {
        items.pop();
        blank.push(true);
        pendingNumber = { value: Number(lone[1]), span: { ...item.span } };
        continue;
      }
    }
    if (pendingNumber && items.length > before) {
      const item = items[before];
      if (!item.number && !item.marker) item.number = pendingNumber;
    }
    if (items.length > before) pendingNumber = undefined;
    blank.push(items.length === before);
  }
  // (The last line read would otherwise keep the document's text alive until the next.)
  ONE_PIECE[0] = { start: 0, end: 0 };
  return { items, blank, residue, directives, pages };
}

function lexLine(text: string, line: Line, items: LineItem[], residue: Residue[], bullets: BulletCursor): void {
  const firstItemOfLine = items.length;
  // Remove HTML tags: they are residue, and what is left around them is content.
  let holes = NO_HOLES;
  if (line.text.includes('<')) {
    holes = [];
    HTML_TAG.lastIndex = 0;
    for (let m = HTML_TAG.exec(line.text); m; m = HTML_TAG.exec(line.text)) {
      const span = { start: line.start + m.index!, end: line.start + m.index! + m[0].length };
      holes.push(span);
      residue.push({ kind: 'html', span, text: m[0] });
    }
  }
  // Content pieces of the line between tags (the whole line when it has none, as nearly all have).
  let pieces: Span[];
  if (holes === NO_HOLES) {
    pieces = NO_HOLES;
    if (line.end > line.start) {
      pieces = ONE_PIECE;
      ONE_PIECE[0] = line;
    }
  } else {
    pieces = [];
    let cursor = line.start;
    for (const hole of holes) {
      if (hole.start > cursor) pieces.push({ start: cursor, end: hole.start });
      cursor = hole.end;
    }
    if (cursor < line.end) pieces.push({ start: cursor, end: line.end });
  }

  // A form feed at the start is a page break (pages.ts), not an indentation.
  let lead = 0;
  while (line.text.charCodeAt(lead) === 12) lead++;
  const indented = line.text.length > lead && isSpace(line.text.charCodeAt(lead));
  let first = true;
  for (const piece of pieces) {
    // Split the piece where another bullet character starts a new item mid-line.
    let starts = ONLY_START;
    ONLY_START[0] = piece.start;
    if (piece.end - piece.start > 2) {
      // Bullets inside the piece with white space (`\s`) either side, not overlapping, as the pattern
      // /\s[•…]\s/g finds them, taken from the bullets of the whole text: trying that pattern at every
      // space of every line cost more.
      const at = bullets.at;
      while (bullets.next < at.length && at[bullets.next] <= piece.start) bullets.next++;
      let spaceFrom = piece.start;
      for (let k = bullets.next; k < at.length && at[k] + 1 < piece.end; k++) {
        const b = at[k];
        if (b - 1 >= spaceFrom && isWhiteSpace(text.charCodeAt(b - 1)) && isWhiteSpace(text.charCodeAt(b + 1))) {
          if (starts === ONLY_START) starts = [piece.start];
          starts.push(b);
          spaceFrom = b + 2;
        }
      }
    }
    for (let k = 0; k < starts.length; k++) {
      const end = k + 1 < starts.length ? starts[k + 1] : piece.end;
      const span = trimSpan(text, starts[k], end);
      if (span.start >= span.end) continue;
      const item: LineItem = { line: line.index, span, holes: NO_HOLES, runTogether: !first && k > 0, indented: indented && first };
      // Only an item that starts with a bullet character or # can have a marker: the others (nearly
      // all) are spared the slice and the patterns.
      if (first && isAsciiDigit(text.charCodeAt(span.start))) {
        const number = LEADING_NUMBER.exec(text.slice(span.start, Math.min(span.end, span.start + 8)));
        if (number) {
          item.number = { value: Number(number[1]), span: { start: span.start, end: span.start + number[1].length + 1 } };
          span.start += number[0].length;
        }
      } else if (MARKER_START.includes(text[span.start])) {
        const content = text.slice(span.start, span.end);
        const bullet = LEADING_BULLET.exec(content);
        if (bullet) {
          item.marker = { text: bullet[1], span: { start: span.start, end: span.start + bullet[1].length } };
          span.start += bullet[0].length;
        } else if (first) {
          const heading = MARKDOWN_HEADING.exec(content);
          if (heading) {
            item.headingLevel = heading[1].length;
            item.marker = { text: heading[1], span: { start: span.start, end: span.start + heading[1].length } };
            span.start += heading[0].length;
          }
        }
      }
      if (span.start >= span.end) continue;
      if (!first && !item.marker) item.runTogether = false;
      if (item.runTogether && item.marker) {
        residue.push({ kind: 'runTogether', span: { start: item.marker.span.start, end: item.marker.span.end }, text: item.marker.text });
      }
      items.push(item);
      first = false;
    }
  }
  // Holes inside one item (a tag in the middle of a sentence) are kept so the text skips them.
  // Only this line's items can hold them (searching every item made many tags quadratic).
  for (const hole of holes) {
    for (let k = firstItemOfLine; k < items.length; k++) {
      const it = items[k];
      if (it.span.start < hole.start && hole.end < it.span.end) {
        if (it.holes === NO_HOLES) it.holes = [];
        it.holes.push(hole);
        break;
      }
    }
  }
}
