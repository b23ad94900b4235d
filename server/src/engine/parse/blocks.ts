import { MappedText } from '../text/mapped';
import { isDateLine } from './dates';
import type { SourceText, Span } from '../text/source';
import type { LexedLines, LineItem, Residue } from './lines';
import type { PageReading } from './pages';
import { isWhiteSpace } from '../text/chars';

/**
 * The second pass: groups line items into blocks (a paragraph, a bullet, a heading, an address), the
 * units the classifier reads. Hard-wrapped lines stay in one block; a page break that split a
 * paragraph or a bullet (blank lines, then a line starting in lower case) is joined back, and noted
 * as residue so a rule can offer to join it in the text too.
 */

export interface Block {
  index: number;
  items: LineItem[];
  /** From the first content character to the last. */
  span: Span;
  /** The content, folded, with lines joined by single spaces. */
  text: MappedText;
  /** The bullet or heading marker of the first item, if any. */
  marker?: LineItem['marker'];
  headingLevel?: number;
  /** First and last line numbers. */
  firstLine: number;
  lastLine: number;
  /** Page-break gaps joined into this block (the blank space between the two halves). */
  joins: Span[];
  /** The paragraph's number (`1.` alone on the line above, or `10. ` before the words), not in `text`. */
  number?: { value: number; span: Span };
}

/** Lines that are a part of their own and must not be joined to the line above or below (and dates). */
const STANDALONE = /^(?:Dear\s|Yours\s+\p{L}+[,.]?\s*$)/u;
/** Lines that start a block but may continue on the next lines (the copy list). */
const STARTS_BLOCK = /^Copy(?:\s+to)?\s*:/i;

export interface BlockOptions {
  /** Whether a line on its own is a heading the template knows (so it stands alone). */
  isHeadingLine(text: string): boolean;
  isDecoration(text: string): boolean;
  /**
   * Whether a line opens one of the template's paragraphs: `strong` by a fixed paragraph's standard
   * opening words (it starts a block whatever is above it), else by a part's anchor (it starts a block
   * when the line above ends a sentence).
   */
  opensPart?(text: string): 'strong' | 'anchor' | undefined;
}

/** Adds the item's content spans (its span, less any HTML tags inside it) to `spans`. */
function addContentSpans(item: LineItem, spans: Span[]): void {
  if (!item.holes.length) {
    spans.push(item.span);
    return;
  }
  let cursor = item.span.start;
  for (const hole of item.holes) {
    if (hole.start > cursor) spans.push({ start: cursor, end: hole.start });
    cursor = hole.end;
  }
  if (cursor < item.span.end) spans.push({ start: cursor, end: item.span.end });
}

function endsSentence(text: string): boolean {
  return /[.!?:;]["')\]]?$/.test(text);
}

function startsLowercase(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

export function buildBlocks(source: SourceText, lexed: LexedLines, options: BlockOptions): { blocks: Block[]; residue: Residue[] } {
  const text = source.text;
  const groups: LineItem[][] = [];
  let current: LineItem[] | undefined;
  let currentStandalone = false;
  let previousLine = -1;
  let previousIndented = false;
  let previousText = '';
  // Pasted PDF text has no blank line between paragraphs: a line that ends a sentence well short of the
  // width the text is wrapped at (the next line's first word would have fitted) ends one.
  const width = wrapWidth(source);
  // ...and, once a paragraph has two lines, no wider than its own lines: a document of long unwrapped
  // paragraphs with one passage hard-wrapped (pasted bullets) is wrapped there at that passage's width.
  let blockLongest = 0;
  let blockLines = 0;
  const pages = lexed.pages;
  const joinsByGroup = new Map<LineItem[], Span[]>();
  for (const item of lexed.items) {
    const itemText = text.slice(item.span.start, item.span.end);
    const sameLine = item.line === previousLine;
    // Across a page's end (a form feed, page numbers, a footer, a footnote), the text goes on where it
    // reads on (the line above leaves a sentence open and this one goes on in lower case), whatever
    // blank lines the page left; otherwise a new paragraph starts.
    const pageBreak = !sameLine && previousLine >= 0 && pages !== undefined && hasPageBreakBetween(pages, previousLine, item.line);
    const readsOn = pageBreak && !item.marker && !item.number && !endsSentence(previousText) && startsLowercase(itemText);
    const gap = pageBreak ? !readsOn : item.line !== previousLine && hasBlankBetween(lexed.blank, previousLine, item.line);
    const standalone =
      item.headingLevel !== undefined ||
      STANDALONE.test(itemText) ||
      isDateLine(itemText) ||
      options.isHeadingLine(itemText) ||
      options.isDecoration(itemText);
    let starts =
      !current ||
      gap ||
      sameLine ||
      currentStandalone ||
      standalone ||
      item.marker !== undefined ||
      item.number !== undefined ||
      (item.indented && !previousIndented && !readsOn) ||
      STARTS_BLOCK.test(itemText) ||
      (current !== undefined && current[0].marker !== undefined && current[0].headingLevel === undefined && isHeadingLike(itemText, previousText));
    if (!starts && current && previousLine >= 0 && item.line === previousLine + 1) {
      const opens = options.opensPart?.(itemText);
      const ended = SENTENCE_END.test(previousText);
      // (A numbered paragraph's first line is short by its number's column: the width says nothing there.)
      const numberedFirstLine = current.length === 1 && current[0].number !== undefined;
      starts = opens === 'strong' || (ended && (opens === 'anchor' || (!numberedFirstLine && endsShortOfWidth(trimmedLength(source.lines[previousLine].text), itemText, blockLines >= 2 ? Math.min(width, blockLongest) : width))));
    }
    if (starts) {
      current = [];
      groups.push(current);
      blockLongest = 0;
      blockLines = 0;
    } else if (readsOn) {
      const last = current![current!.length - 1];
      const joins = joinsByGroup.get(current!) ?? [];
      joins.push({ start: last.span.end, end: item.span.start });
      joinsByGroup.set(current!, joins);
    }
    current!.push(item);
    if (!sameLine) {
      blockLongest = Math.max(blockLongest, trimmedLength(source.lines[item.line].text));
      blockLines++;
    }
    // (A line opening one of the template's paragraphs is that paragraph's first line, not a heading.)
    currentStandalone =
      standalone || (current!.length === 1 && item.marker === undefined && previousWasBullet(groups) && isHeadingLike(itemText, previousText) && !options.opensPart?.(itemText));
    previousIndented = item.indented;
    previousLine = item.line;
    previousText = itemText;
  }

  // Page-break continuations gather into runs; each run becomes one block, built once (merging
  // pairwise as they come would copy the items again for every break).
  const residue: Residue[] = [];
  const runs: { pieces: Block[]; joins: Span[] }[] = [];
  for (const items of groups) {
    const block = makeBlock(text, items, 0);
    block.joins = joinsByGroup.get(items) ?? [];
    const run = runs[runs.length - 1];
    if (run && isContinuation(run.pieces[0], run.pieces[run.pieces.length - 1], block, options)) {
      const last = run.pieces[run.pieces.length - 1];
      const gapSpan = { start: last.span.end, end: block.span.start };
      run.pieces.push(block);
      run.joins.push(gapSpan);
      residue.push({ kind: 'split', span: gapSpan, text: `${last.text.text.slice(-30)}|${block.text.text.slice(0, 30)}` });
      continue;
    }
    runs.push({ pieces: [block], joins: [] });
  }
  const blocks = runs.map((run, index) => {
    if (run.pieces.length === 1) {
      // Built above for this run alone: numbered in place rather than copied.
      run.pieces[0].index = index;
      return run.pieces[0];
    }
    const merged = makeBlock(text, run.pieces.flatMap((p) => p.items), index);
    merged.joins = run.pieces.flatMap((p, k) => (k ? [run.joins[k - 1], ...p.joins] : p.joins));
    return merged;
  });
  return { blocks, residue };
}

/** How much shorter than the wrap width a line must end, in characters, for a paragraph to end there. */
const WIDTH_SLACK = 4;
/** A line's end that can end a paragraph: a full stop, question or exclamation mark or colon, perhaps closing a quotation or bracket. */
const SENTENCE_END = /[.!?:]["'’”)\]]?$/;
/** Lines shorter than this (page numbers, headings, address lines) say nothing about the wrap width. */
const MIN_WRAPPED_LENGTH = 20;
/** Fewer wrapped lines than this say nothing about a wrap width. */
const MIN_WRAPPED_LINES = 5;

/**
 * The width (in characters) the document's text is wrapped at: the 90th percentile of its lines' lengths,
 * short lines aside (so removing page numbers or headings leaves it as it is); 0 when too few lines tell.
 */
function wrapWidth(source: SourceText): number {
  // Counted by length rather than sorted: lines are short, and this runs on every analysis.
  const counts: number[] = [];
  let lines = 0;
  let longest = 0;
  for (const line of source.lines) {
    const length = line.text.length;
    if (length < MIN_WRAPPED_LENGTH) continue;
    if (length > longest) {
      for (let k = counts.length; k <= length; k++) counts.push(0);
      longest = length;
    }
    counts[length]++;
    lines++;
  }
  if (lines < MIN_WRAPPED_LINES) return 0;
  // The length at index floor(0.9 * lines) of the lengths in order.
  let rank = Math.floor(lines * 0.9);
  for (let length = MIN_WRAPPED_LENGTH; length <= longest; length++) {
    rank -= counts[length] ?? 0;
    if (rank < 0) return length;
  }
  return longest;
}

/** The length of a line without its trailing white space (as trimEnd gives it, without the copy). */
function trimmedLength(text: string): number {
  let end = text.length;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Whether the line `previous` ends short enough of `width` that the next line's first word would have fitted on it. */
function endsShortOfWidth(previousLength: number, next: string, width: number): boolean {
  if (!width || !/^[\p{Lu}\d'‘"“(]/u.test(next)) return false;
  const space = next.indexOf(' ');
  const firstWord = space < 0 ? next.length : space;
  return previousLength + 1 + firstWord + WIDTH_SLACK <= width;
}

/**
 * A line that reads as a heading after a list (`Main findings` below the last bullet): in capitals, short,
 * without a sentence's end, after a line that ended one, and short against it. It ends the bullet above instead of continuing it.
 */
const MAX_HEADING_LIKE = 60;
function isHeadingLike(line: string, above: string): boolean {
  // Short against the wrapped line above: a bullet's own wrapped lines run to the margin.
  return line.length <= MAX_HEADING_LIKE && line.length < above.length * 0.75 && /^\p{Lu}/u.test(line) && !/[.,;:]$/.test(line) && /[.!?)]["'’”]?$/.test(above);
}

function previousWasBullet(groups: LineItem[][]): boolean {
  const before = groups[groups.length - 2];
  return before !== undefined && before[0].marker !== undefined && before[0].headingLevel === undefined;
}

function hasPageBreakBetween(pages: PageReading, from: number, to: number): boolean {
  if (pages.pageStart[to]) return true;
  for (let l = from + 1; l < to; l++) if (pages.residueLine[l] || pages.pageStart[l]) return true;
  return false;
}

function hasBlankBetween(blank: boolean[], from: number, to: number): boolean {
  for (let l = from + 1; l < to; l++) if (blank[l]) return true;
  return false;
}

/** Whether `block` continues the run from `first` to `last` across a page break. */
function isContinuation(first: Block, last: Block, block: Block, options: BlockOptions): boolean {
  if (block.items[0].marker || block.items[0].runTogether) return false;
  if (first.headingLevel !== undefined) return false;
  const prevText = last.text.text;
  // An e-mail or web address in lower case (the letterhead's) starts no continuation.
  if (!prevText || endsSentence(prevText) || !startsLowercase(block.text.text) || /^(?:\S*@|www\.)/.test(block.text.text)) return false;
  // A heading or decoration line never starts a run (it stands alone), so only a lone piece is checked.
  if (first === last && (options.isHeadingLine(prevText) || options.isDecoration(prevText))) return false;
  return true;
}

function makeBlock(text: string, items: LineItem[], index: number): Block {
  // One array for the block's spans (flatMap built one per item first).
  const spans: Span[] = [];
  for (const item of items) addContentSpans(item, spans);
  const first = items[0];
  const last = items[items.length - 1];
  return {
    index,
    items,
    span: { start: first.number ? first.number.span.start : first.marker ? first.marker.span.start : first.span.start, end: last.span.end },
    text: MappedText.fromSpans(text, spans),
    marker: first.marker,
    headingLevel: first.headingLevel,
    firstLine: first.line,
    lastLine: last.line,
    joins: [],
    ...(first.number ? { number: first.number } : {}),
  };
}
