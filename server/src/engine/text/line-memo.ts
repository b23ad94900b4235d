import type { Line } from './source';

/**
 * Lines of text a rule has found nothing in, remembered between analyses: the editor checks a draft at
 * every pause in typing, and all but a line or two are as they were. A rule that reads a line on its own
 * (nothing it decides there depends on the rest of the document or on the document's settings) can pass
 * over a line it has seen before. Bounded: when full it starts again.
 *
 * Remembering costs more than it saves for a document read once (the command line reads each file
 * once), so the memo is used only for a document that is being checked again: one whose sample lines
 * (a few, spread over it) were read before (see checkedAgain).
 */
export class LineMemo {
  private readonly lines = new Set<string>();
  private readonly samples = new Set<string>();

  constructor(private readonly max: number) {}

  has(line: string): boolean {
    return this.lines.has(line);
  }

  add(line: string): void {
    if (this.lines.size >= this.max) this.lines.clear();
    this.lines.add(ownCopy(line));
  }

  /**
   * Whether the document of these lines was read lately (half of its sample lines were), so that
   * remembering its lines pays; its sample lines are remembered for next time when it was not.
   */
  checkedAgain(lines: readonly Line[]): boolean {
    const sample = sampleLines(lines);
    if (!sample.length) return false;
    let seen = 0;
    for (const line of sample) if (this.samples.has(line)) seen++;
    if (2 * seen >= sample.length) return true;
    if (this.samples.size + sample.length > MAX_SAMPLES) this.samples.clear();
    for (const line of sample) this.samples.add(ownCopy(line));
    return false;
  }
}

/** Sample lines a document: this many, of this length at least (a short line says little about which document it is). */
const SAMPLES = 8;
const SAMPLE_LENGTH = 40;
/** The sample lines of some hundreds of documents. */
const MAX_SAMPLES = 4096;

/** Up to SAMPLES long lines, spread evenly over the document. */
function sampleLines(lines: readonly Line[]): string[] {
  const sample: string[] = [];
  const step = Math.max(1, Math.floor(lines.length / SAMPLES));
  for (let i = 0; i < lines.length && sample.length < SAMPLES; i += step) {
    // The first long line at or after each step.
    let k = i;
    while (k < lines.length && k < i + step && lines[k].text.length < SAMPLE_LENGTH) k++;
    if (k < lines.length && k < i + step) sample.push(lines[k].text);
  }
  return sample;
}

/**
 * A copy of the text that shares no memory with the string it was cut from: V8 keeps a cut (a slice)
 * as a view of the whole, so remembering a line cut from a document would keep the whole document alive.
 * Joined to a space, the text is copied into a string of its own, which the cut after the space views
 * (a seventh of the time of a copy through JSON).
 */
export function ownCopy(text: string): string {
  return (' ' + text).slice(1);
}
