/** A document's text with its line table: converts between offsets and 0-based LSP positions. */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A half-open span of UTF-16 offsets into the source text. */
export interface Span {
  start: number;
  end: number;
}

export interface Line {
  index: number;
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character, excluding the line break. */
  end: number;
  text: string;
}

export class SourceText {
  readonly text: string;
  readonly lines: Line[];
  /** The line break the document uses most, so edits can keep it. */
  readonly eol: '\n' | '\r\n' | '\r';

  constructor(text: string) {
    this.text = text;
    this.lines = [];
    let crlf = 0;
    let lf = 0;
    let cr = 0;
    let start = 0;
    // Line breaks found with indexOf, which is far faster than reading every character.
    let nextLf = text.indexOf('\n');
    let nextCr = text.indexOf('\r');
    for (;;) {
      const i = nextCr < 0 ? nextLf : nextLf < 0 ? nextCr : Math.min(nextLf, nextCr);
      if (i < 0) break;
      this.lines.push({ index: this.lines.length, start, end: i, text: text.slice(start, i) });
      if (i === nextCr && i + 1 === nextLf) {
        crlf++;
        start = i + 2;
      } else {
        if (i === nextCr) cr++;
        else lf++;
        start = i + 1;
      }
      if (nextLf >= 0 && nextLf < start) nextLf = text.indexOf('\n', start);
      if (nextCr >= 0 && nextCr < start) nextCr = text.indexOf('\r', start);
    }
    this.lines.push({ index: this.lines.length, start, end: text.length, text: text.slice(start) });
    this.eol = crlf > lf && crlf >= cr ? '\r\n' : cr > lf ? '\r' : '\n';
  }

  /** The line containing an offset (binary search). */
  lineAt(offset: number): Line {
    const lines = this.lines;
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lines[lo];
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    return { line: line.index, character: Math.min(clamped, line.end) - line.start };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lines.length) return this.text.length;
    const line = this.lines[position.line];
    return Math.min(line.start + Math.max(0, position.character), line.end);
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }
}
