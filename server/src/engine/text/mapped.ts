import { foldChar } from './fold';
import type { Span } from './source';

/** Printable ASCII other than the space and the backtick: folds to itself. */
function isPlain(code: number): boolean {
  return code > 32 && code < 127 && code !== 96;
}

/**
 * Folded text that remembers, for every character, the source offset it came from, so a match found
 * in the folded text (across hard wraps, page breaks and curly quotes) maps back to an exact range.
 */
export class MappedText {
  readonly text: string;
  /**
   * The offsets as runs: run k starts at folded index runFolded[k], which came from source offset
   * runSource[k], and the offsets go up one by one until the next run. A run breaks only where white
   * space was collapsed or spans joined, so a letter has a few hundred runs where it has thousands of
   * characters: little memory for open letters, and no per-character array to allocate.
   */
  private readonly runFolded: number[];
  private readonly runSource: number[];
  private readonly endOffset: number;

  private constructor(text: string, runFolded: number[], runSource: number[], endOffset: number) {
    this.text = text;
    this.runFolded = runFolded;
    this.runSource = runSource;
    this.endOffset = endOffset;
  }

  /** Builds folded text from source spans, joined by single spaces, white space collapsed. */
  static fromSpans(source: string, spans: readonly Span[]): MappedText {
    // The text is joined from pieces: runs of source characters that fold to themselves are sliced
    // whole (adding a character at a time built a long chain of strings to flatten later).
    const pieces: string[] = [];
    let copyStart = -1;
    const runFolded: number[] = [];
    const runSource: number[] = [];
    let count = 0;
    // The source offset that would continue the current run.
    let nextSource = -1;
    let pendingSpace = -1;
    let last = spans.length ? spans[0].start : 0;
    for (const span of spans) {
      if (count > 0 && pendingSpace < 0) pendingSpace = span.start;
      const end = Math.min(span.end, source.length);
      for (let i = span.start; i < end; i++) {
        // Fast path: printable ASCII other than the backtick folds to itself, and so does a single
        // plain space between two such characters: the whole run [i, j) is copied and mapped at once
        // (a line of plain words is one slice and one run, not one piece per word).
        if (pendingSpace < 0) {
          let j = i;
          while (j < end) {
            const code = source.charCodeAt(j);
            if (isPlain(code) || (code === 32 && (count > 0 || j > i) && j + 1 < end && isPlain(source.charCodeAt(j + 1)))) j++;
            else break;
          }
          if (j > i) {
            if (copyStart < 0) copyStart = i;
            if (i !== nextSource) {
              runFolded.push(count);
              runSource.push(i);
            }
            count += j - i;
            nextSource = j;
            // A space is only taken with the character after it, so the run ends on a visible one.
            last = j;
            i = j - 1;
            continue;
          }
        }
        const ch = source[i];
        const f = foldChar(ch);
        if (f === ' ' || f === '\n' || f === '\r') {
          if (copyStart >= 0) pieces.push(source.slice(copyStart, i));
          copyStart = -1;
          if (count > 0 && pendingSpace < 0) pendingSpace = i;
          continue;
        }
        if (pendingSpace >= 0) {
          if (copyStart >= 0) pieces.push(source.slice(copyStart, i));
          copyStart = -1;
          pieces.push(' ');
          if (pendingSpace !== nextSource) {
            runFolded.push(count);
            runSource.push(pendingSpace);
          }
          count++;
          nextSource = pendingSpace + 1;
          pendingSpace = -1;
        }
        // A surrogate pair folds to itself; both halves keep their own offsets.
        if (f === ch) {
          if (copyStart < 0) copyStart = i;
        } else {
          if (copyStart >= 0) pieces.push(source.slice(copyStart, i));
          copyStart = -1;
          pieces.push(f);
        }
        if (i !== nextSource) {
          runFolded.push(count);
          runSource.push(i);
        }
        count++;
        nextSource = i + 1;
        last = i + 1;
      }
      if (copyStart >= 0) pieces.push(source.slice(copyStart, end));
      copyStart = -1;
    }
    return new MappedText(pieces.join(''), runFolded, runSource, last);
  }

  static empty(): MappedText {
    return new MappedText('', [], [], 0);
  }

  get length(): number {
    return this.text.length;
  }

  /** Source offset of folded index i, 0 <= i < length (NaN outside, as reading past an array). */
  private offsetAt(i: number): number {
    if (!(i >= 0 && i < this.text.length) || !Number.isInteger(i)) return NaN;
    const runs = this.runFolded;
    let lo = 0;
    let hi = runs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runs[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return this.runSource[lo] + (i - runs[lo]);
  }

  /** Source offset of folded index i (i may equal length: the end of the last character). */
  sourceOffset(i: number): number {
    if (i >= this.text.length) return this.endOffset;
    return this.offsetAt(Math.max(0, i));
  }

  /** Source span of the folded range [from, to). */
  sourceSpan(from: number, to: number): Span {
    if (to <= from) {
      const at = this.sourceOffset(from);
      return { start: at, end: at };
    }
    return { start: this.sourceOffset(from), end: this.offsetAt(to - 1) + 1 };
  }
}
