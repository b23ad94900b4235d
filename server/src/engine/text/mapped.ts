import { foldChar } from './fold';
import type { Span } from './source';

/**
 * Folded text that remembers, for every character, the source offset it came from, so a match found
 * in the folded text (across hard wraps, page breaks and curly quotes) maps back to an exact range.
 */
export class MappedText {
  readonly text: string;
  /** Source offset of each folded character: a typed array (4 bytes each, against 8 or more in a number[]), as open letters are kept in memory. */
  private readonly offsets: Int32Array;
  private readonly endOffset: number;

  private constructor(text: string, offsets: Int32Array, endOffset: number) {
    this.text = text;
    this.offsets = offsets;
    this.endOffset = endOffset;
  }

  /** Builds folded text from source spans, joined by single spaces, white space collapsed. */
  static fromSpans(source: string, spans: readonly Span[]): MappedText {
    // The text is joined from pieces: runs of source characters that fold to themselves are sliced
    // whole (adding a character at a time built a long chain of strings to flatten later).
    const pieces: string[] = [];
    let runStart = -1;
    const endRun = (at: number) => {
      if (runStart >= 0) pieces.push(source.slice(runStart, at));
      runStart = -1;
    };
    // At most one folded character per source character, plus one space between spans.
    let capacity = spans.length;
    for (const span of spans) capacity += Math.max(0, span.end - span.start);
    const offsets = new Int32Array(capacity);
    let count = 0;
    let pendingSpace = -1;
    let last = spans.length ? spans[0].start : 0;
    for (const span of spans) {
      if (count > 0 && pendingSpace < 0) pendingSpace = span.start;
      const end = Math.min(span.end, source.length);
      for (let i = span.start; i < end; i++) {
        // Fast path: printable ASCII other than the backtick folds to itself.
        const code = source.charCodeAt(i);
        if (code > 32 && code < 127 && code !== 96 && pendingSpace < 0) {
          if (runStart < 0) runStart = i;
          offsets[count++] = i;
          last = i + 1;
          continue;
        }
        const ch = source[i];
        const f = foldChar(ch);
        if (f === ' ' || f === '\n' || f === '\r') {
          endRun(i);
          if (count > 0 && pendingSpace < 0) pendingSpace = i;
          continue;
        }
        if (pendingSpace >= 0) {
          endRun(i);
          pieces.push(' ');
          offsets[count++] = pendingSpace;
          pendingSpace = -1;
        }
        // A surrogate pair folds to itself; both halves keep their own offsets.
        if (f === ch) {
          if (runStart < 0) runStart = i;
        } else {
          endRun(i);
          pieces.push(f);
        }
        offsets[count++] = i;
        last = i + 1;
      }
      endRun(end);
    }
    const text = pieces.join('');
    return new MappedText(text, count === capacity ? offsets : offsets.slice(0, count), last);
  }

  static empty(): MappedText {
    return new MappedText('', new Int32Array(0), 0);
  }

  get length(): number {
    return this.text.length;
  }

  /** Source offset of folded index i (i may equal length: the end of the last character). */
  sourceOffset(i: number): number {
    if (i >= this.offsets.length) return this.endOffset;
    return this.offsets[Math.max(0, i)];
  }

  /** Source span of the folded range [from, to). */
  sourceSpan(from: number, to: number): Span {
    if (to <= from) {
      const at = this.sourceOffset(from);
      return { start: at, end: at };
    }
    return { start: this.sourceOffset(from), end: this.offsets[to - 1] + 1 };
  }
}
