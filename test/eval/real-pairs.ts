import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The labelled real pairs (test/eval/real-pairs/*.json) and the corpus texts they name
 * (test/fixtures/corpus, a byte-for-byte copy of the documents used from ../shared/corpus).
 */

export type Status = 'addressed' | 'still-an-issue' | 'not-mentioned';
export const STATUSES: readonly Status[] = ['addressed', 'still-an-issue', 'not-mentioned'];

export interface LabelledItem {
  text: string;
  /** 1-based inclusive line range in the previous document. */
  lines: [number, number];
  status: Status;
  evidence: { lines: [number, number]; quote: string }[];
  note: string;
}

export interface RealPair {
  id: string;
  kind: string;
  previous: string;
  current: string;
  set: 'tuning' | 'held-out';
  scope: string;
  items: LabelledItem[];
}

export const PAIRS_DIR = join(import.meta.dirname, 'real-pairs');
export const CORPUS_DIR = join(import.meta.dirname, '..', 'fixtures', 'corpus');

export function loadRealPairs(): RealPair[] {
  return readdirSync(PAIRS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ id: f.slice(0, -5), ...(JSON.parse(readFileSync(join(PAIRS_DIR, f), 'utf8')) as Omit<RealPair, 'id'>) }));
}

const texts = new Map<string, string>();

export function corpusText(path: string): string {
  let text = texts.get(path);
  if (text === undefined) texts.set(path, (text = readFileSync(join(CORPUS_DIR, path), 'utf8')));
  return text;
}

/** Whitespace and form feeds folded to one space: a quote may run across line breaks. */
export function fold(text: string): string {
  return text.replace(/[\s\f]+/g, ' ').trim();
}

/** The folded text of lines [from, to] (1-based, inclusive). */
export function linesText(text: string, [from, to]: [number, number]): string {
  return fold(text.split('\n').slice(from - 1, to).join(' '));
}

/** Offsets [start, end) of lines [from, to] in the text (for spans). */
export function lineOffsets(text: string, [from, to]: [number, number]): { start: number; end: number } {
  let start = 0;
  let line = 1;
  while (line < from) {
    start = text.indexOf('\n', start) + 1;
    line++;
  }
  let end = start;
  while (line <= to) {
    const nl = text.indexOf('\n', end);
    end = nl < 0 ? text.length : nl + (line < to ? 1 : 0);
    if (nl < 0) break;
    line++;
  }
  return { start, end };
}
