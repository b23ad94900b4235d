import { improvementItems } from './improvement-items';
import { sentenceRanges } from './sentences';

/**
 * The units a draft (or any current document) speaks in, where the previous document's items are
 * looked for: its sentences, and its list items sentence by sentence, each with its offsets in the text.
 * Page residue (page numbers, running footers, paragraph numbers on their own line) is left out, so a
 * sentence split by a page break is one unit.
 */

export interface DraftUnit {
  text: string;
  span: { start: number; end: number };
  /** A bullet of a list, or a sentence of running text. */
  kind: 'list-item' | 'sentence';
  /** In the draft's own `What needs to improve…` list (an item re-listed there is still an issue). */
  inImprovementList: boolean;
}

interface Line {
  text: string;
  start: number;
}

const BULLET = /^[\u25fc\uf06e\uf0b7\u2022\uf0a7\u2212-]\s+|^[\u25fc\uf06e\uf0b7\u2022\uf0a7]/;

/** Lines that are page residue: page numbers, paragraph numbers alone, the ILACS running footer. */
function isResidue(text: string, next: string | undefined, index: number): boolean {
  if (/^\d{1,3}\.?$/.test(text)) return true;
  if (index > 5 && /^Inspection of .*(?:children.s services|Trust)\.?$/.test(text) && next !== undefined && /\b\d{4}\.?\)?$/.test(next)) return true;
  return false;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.replace(/^[\f\s]+/, '').length;
    out.push({ text: raw.slice(lead).trimEnd(), start: start + lead });
    start += raw.length + 1;
  }
  return out;
}

/** Sentences of a run of lines, with offsets mapped back to the text. */
function sentencesOf(lines: readonly Line[], kind: DraftUnit['kind'], inList: (offset: number) => boolean): DraftUnit[] {
  if (!lines.length) return [];
  const starts: number[] = [];
  let folded = '';
  for (const line of lines) {
    if (folded) folded += ' ';
    starts.push(folded.length);
    folded += line.text;
  }
  const toOffset = (i: number) => {
    let n = 0;
    while (n + 1 < starts.length && starts[n + 1] <= i) n++;
    return lines[n].start + Math.min(i - starts[n], lines[n].text.length);
  };
  return sentenceRanges(folded)
    .map((r) => ({ text: folded.slice(r.from, r.to).trim(), span: { start: toOffset(r.from), end: toOffset(r.to) }, kind, inImprovementList: inList(toOffset(r.from)) }))
    .filter((u) => /[a-z]{3}/i.test(u.text));
}

export function draftUnits(text: string): DraftUnit[] {
  const lines = linesOf(text);
  const listSpans = improvementItems(text).map((i) => i.span);
  const inList = (offset: number) => listSpans.some((s) => offset >= s.start && offset < s.end);
  const units: DraftUnit[] = [];
  let run: Line[] = [];
  let runKind: DraftUnit['kind'] = 'sentence';
  const flush = () => {
    units.push(...sentencesOf(run, runKind, inList));
    run = [];
  };
  lines.forEach((line, i) => {
    if (line.text === '') {
      // A blank line ends a list item; running text may continue across one (a page break).
      if (runKind === 'list-item') flush();
      return;
    }
    if (isResidue(line.text, lines[i + 1]?.text, i)) return;
    if (i > 0 && isResidue(lines[i - 1].text, line.text, i - 1) && /^Inspection of/.test(lines[i - 1].text)) return; // the footer's dates line
    const bullet = BULLET.exec(line.text);
    if (bullet) {
      flush();
      runKind = 'list-item';
      run.push({ text: line.text.slice(bullet[0].length), start: line.start + bullet[0].length });
      return;
    }
    // A short line without a full stop after a finished sentence is a heading: it stands alone.
    const heading = line.text.length < 70 && !/[.,;:]$/.test(line.text) && /^[A-Z]/.test(line.text) && (!run.length || /[.?!:]$/.test(run[run.length - 1].text));
    if (heading) {
      flush();
      runKind = 'sentence';
      run.push(line);
      flush();
      return;
    }
    if (runKind === 'list-item' && run.length && /[.]$/.test(run[run.length - 1].text) && !inList(line.start)) {
      // After a bullet that ended, plain lines are running text again.
      flush();
      runKind = 'sentence';
    }
    run.push(line);
  });
  flush();
  return units;
}
