/** Where the output goes and how it looks: colour by the conventions, progress only at a terminal. */

export interface Stream {
  write(s: string): unknown;
  isTTY?: boolean;
}

/**
 * Colour on a terminal; NO_COLOR (any value) switches it off and FORCE_COLOR on (FORCE_COLOR=0 or
 * false off), as https://no-color.org and https://force-color.org have it, FORCE_COLOR winning.
 */
export function useColour(stream: Stream, env: Record<string, string | undefined>): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force.toLowerCase() === 'false');
  if (env.NO_COLOR) return false;
  return Boolean(stream.isTTY);
}

/** Files checked so far, on one line of standard error redrawn in place, at most ten times a second. */
export class Progress {
  private last = 0;
  private shown = false;

  constructor(
    private readonly stream: Stream,
    private readonly total: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  update(done: number): void {
    const t = this.now();
    if (done < this.total && t - this.last < 100) return;
    this.last = t;
    this.shown = true;
    this.stream.write(`\r\x1b[Kletter-check: ${done} of ${this.total} files checked`);
  }

  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}

/** Below this many files, progress is not worth a line. */
export const PROGRESS_FROM = 50;
