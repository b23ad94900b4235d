/**
 * Lines of text a rule has found nothing in, remembered between analyses: the editor checks a draft at
 * every pause in typing, and all but a line or two are as they were. A rule that reads a line on its own
 * (nothing it decides there depends on the rest of the document or on the document's settings) can pass
 * over a line it has seen before. Bounded: when full it starts again.
 */
export class LineMemo {
  private readonly lines = new Set<string>();

  constructor(private readonly max: number) {}

  has(line: string): boolean {
    return this.lines.has(line);
  }

  add(line: string): void {
    if (this.lines.size >= this.max) this.lines.clear();
    this.lines.add(ownCopy(line));
  }
}

/**
 * A copy of the text that shares no memory with the string it was cut from: V8 keeps a cut (a slice)
 * as a view of the whole, so remembering a line cut from a document would keep the whole document alive.
 */
export function ownCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
