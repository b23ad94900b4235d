import type { SourceText, Span } from '../text/source';
import { isAsciiDigit } from '../text/chars';

/**
 * Reads what a PDF's pages leave in its pasted text, for every kind of document alike: form feeds
 * (`\f`, where `pdftotext` starts a page), page numbers alone on a line, running footers (the lines
 * that recur just above the page number on several pages, whatever their words), footnote markers
 * glued to a heading (`What needs to improve?1`) and the footnote text at a page's foot with its lone
 * number. None of it is content: the lexer skips these lines, and the block builder reads a paragraph
 * broken across a page as one. One pass over the lines, and a map of the footer candidates.
 */

export type PageResidueKind = 'formFeed' | 'pageNumber' | 'footer' | 'footnote' | 'footnoteRef';

export interface PageResidue {
  kind: PageResidueKind;
  span: Span;
  /** The residue's text: the page number, the footer's lines joined by a line break, the footnote text. */
  text: string;
  /** For footnotes and footnote references: the footnote's number. */
  number?: number;
}

export interface PageReading {
  /** Per line: 1 when the whole line is page residue (a page number, a footer or footnote line). */
  residueLine: Uint8Array;
  /** Per line: 1 when a page starts on it (a form feed before its first character). */
  pageStart: Uint8Array;
  /** Lines whose content ends before a footnote reference glued on (line → offset of the reference). */
  contentEnd: Map<number, number>;
  residue: PageResidue[];
}

const FORM_FEED = 12;
/** The most lines a running footer takes above its page number. */
const MAX_FOOTER_LINES = 3;
const MAX_FOOTER_LENGTH = 160;
/** A footnote reference glued to the end of a short line: after `?`, `)` or a word in lower case. */
const GLUED_REFERENCE = /(?:[?)]|\p{Ll}{2})([1-9])$/u;
const MAX_REFERENCING_LINE = 100;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === FORM_FEED || c === 0xa0 || c === 0xfeff;
}


/** The trimmed bounds of a line's text (spaces and form feeds removed), as offsets into the line. */
function trimmed(text: string): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** The number on a line holding only 1–3 digits, or -1. */
function loneNumber(text: string, t: { start: number; end: number }): number {
  const n = t.end - t.start;
  if (n < 1 || n > 3) return -1;
  for (let i = t.start; i < t.end; i++) if (!isAsciiDigit(text.charCodeAt(i))) return -1;
  return Number(text.slice(t.start, t.end));
}

function startsUpperCase(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

function endsSentence(text: string): boolean {
  return /[.!?:;]["'’”)\]]?$/.test(text);
}

export function readPages(source: SourceText): PageReading {
  const lines = source.lines;
  const count = lines.length;
  const residueLine = new Uint8Array(count);
  const pageStart = new Uint8Array(count);
  const contentEnd = new Map<number, number>();
  const residue: PageResidue[] = [];
  // Nearly every document has no form feed and no lone number: those are read without a second look.
  const bounds: { start: number; end: number }[] = new Array(count);
  const numbers = new Int16Array(count).fill(-1);
  let anyNumber = false;
  let anyFormFeed = false;
  for (let l = 0; l < count; l++) {
    const line = lines[l];
    const t = trimmed(line.text);
    bounds[l] = t;
    for (let i = 0; i < t.start; i++) {
      if (line.text.charCodeAt(i) === FORM_FEED) {
        pageStart[l] = 1;
        anyFormFeed = true;
        residue.push({ kind: 'formFeed', span: { start: line.start + i, end: line.start + i + 1 }, text: '\f' });
      }
    }
    numbers[l] = loneNumber(line.text, t);
    if (numbers[l] >= 0) anyNumber = true;
  }
  const blank = (l: number) => bounds[l].start >= bounds[l].end;
  const content = (l: number) => lines[l].text.slice(bounds[l].start, bounds[l].end);
  const nextNonBlank = (l: number) => {
    for (let k = l + 1; k < count; k++) if (!blank(k)) return k;
    return -1;
  };

  // Footnote references glued to short lines (a heading): `improve?1`, `Board1`.
  const references = new Map<number, number>();
  for (let l = 0; l < count; l++) {
    const t = bounds[l];
    if (t.end - t.start < 4 || t.end - t.start > MAX_REFERENCING_LINE || !isAsciiDigit(lines[l].text.charCodeAt(t.end - 1))) continue;
    const lineText = content(l);
    if (isAsciiDigit(lineText.charCodeAt(0))) continue;
    const m = GLUED_REFERENCE.exec(lineText);
    if (m) references.set(l, Number(m[1]));
  }

  if (!anyNumber && !anyFormFeed && !references.size) return { residueLine, pageStart, contentEnd, residue };

  // Page ends: a lone number followed (after blank lines) by a new page or the end of the text; in
  // text with no form feeds, every lone number.
  const anchors: number[] = [];
  for (let l = 0; l < count; l++) {
    if (numbers[l] < 0) continue;
    const next = nextNonBlank(l);
    if (!anyFormFeed || next < 0 || pageStart[next]) anchors.push(l);
  }
  // The running footer: the lines that recur just above the page number on several pages.
  const footerAbove = (anchor: number): number[] => {
    const found: number[] = [];
    let k = anchor - 1;
    while (k >= 0 && blank(k) && !pageStart[k]) k--;
    for (; k >= 0 && found.length < MAX_FOOTER_LINES; k--) {
      if (blank(k) || numbers[k] >= 0 || bounds[k].end - bounds[k].start > MAX_FOOTER_LENGTH) break;
      found.push(k);
      if (pageStart[k]) break;
    }
    return found;
  };
  const recurrence = new Map<string, number>();
  for (const anchor of anchors) {
    for (const k of new Set(footerAbove(anchor).map(content))) recurrence.set(k, (recurrence.get(k) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(anchors.length / 2));
  const footerLine = new Uint8Array(count);
  for (const anchor of anchors) {
    const run: number[] = [];
    for (const k of footerAbove(anchor)) {
      if ((recurrence.get(content(k)) ?? 0) < needed) break;
      run.push(k);
    }
    if (!run.length) continue;
    run.reverse();
    for (const k of run) footerLine[k] = residueLine[k] = 1;
    residue.push({
      kind: 'footer',
      span: { start: lines[run[0]].start + bounds[run[0]].start, end: lines[run[run.length - 1]].start + bounds[run[run.length - 1]].end },
      text: run.map(content).join('\n'),
    });
  }

  // Footnotes: the lone number of a referenced footnote, with its text after it (the number printed
  // first) or before it (the number printed after, straight under the text it ends).
  const referenced = new Set(references.values());
  const footnoteLines = new Set<number>();
  const footnoteText = (from: number, to: number, n: number, marker: number) => {
    for (let k = from; k <= to; k++) residueLine[k] = 1;
    residueLine[marker] = 1;
    footnoteLines.add(marker);
    residue.push({
      kind: 'footnote',
      span: { start: lines[from].start + bounds[from].start, end: lines[to].start + bounds[to].end },
      text: Array.from({ length: to - from + 1 }, (_, i) => content(from + i)).join(' '),
      number: n,
    });
    residue.push({ kind: 'footnote', span: { start: lines[marker].start + bounds[marker].start, end: lines[marker].start + bounds[marker].end }, text: String(n), number: n });
  };
  const isText = (k: number) => k >= 0 && k < count && !blank(k) && numbers[k] < 0 && !footerLine[k];
  for (let l = 0; l < count; l++) {
    const n = numbers[l];
    if (n < 0 || !referenced.has(n) || pageStart[l]) continue;
    const next = nextNonBlank(l);
    if (next > l + 1 && isText(next) && !pageStart[next] && startsUpperCase(content(next))) {
      let to = next;
      while (isText(to + 1) && !pageStart[to + 1]) to++;
      footnoteText(next, to, n, l);
      continue;
    }
    // (A page's number straight under its last line is followed by the next page, not by a number.)
    if (isText(l - 1) && !(next >= 0 && pageStart[next])) {
      // Back from the number over the lines above: the footnote starts at the nearest line in capitals
      // that breaks into a sentence the line above leaves open (the page's text, cut at its foot);
      // failing that, at the nearest line in capitals after a sentence's end.
      let start = -1;
      let fallback = -1;
      for (let k = l - 1; isText(k); k--) {
        const here = content(k);
        if (!startsUpperCase(here)) {
          if (pageStart[k]) break;
          continue;
        }
        if (pageStart[k] || !isText(k - 1)) {
          if (fallback < 0) fallback = k;
          break;
        }
        const above = content(k - 1);
        if (!endsSentence(above)) {
          start = k;
          break;
        }
        if (fallback < 0) fallback = k;
      }
      if (start < 0) start = fallback;
      if (start >= 0) footnoteText(start, l - 1, n, l);
    }
  }
  // A glued reference counts once its footnote is found, or after a question mark (a heading's), where
  // no word ends in a digit.
  for (const [l, n] of references) {
    const line = lines[l];
    const at = line.start + bounds[l].end - 1;
    if (line.text[bounds[l].end - 2] !== '?' && ![...footnoteLines].some((k) => numbers[k] === n)) continue;
    contentEnd.set(l, at);
    residue.push({ kind: 'footnoteRef', span: { start: at, end: at + 1 }, text: String(n), number: n });
  }

  for (let l = 0; l < count; l++) {
    if (numbers[l] < 0 || residueLine[l]) continue;
    residueLine[l] = 1;
    residue.push({ kind: 'pageNumber', span: { start: lines[l].start + bounds[l].start, end: lines[l].start + bounds[l].end }, text: content(l) });
  }
  residue.sort((a, b) => a.span.start - b.span.start);
  return { residueLine, pageStart, contentEnd, residue };
}
