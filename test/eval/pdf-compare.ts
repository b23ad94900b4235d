import { readFileSync } from 'node:fs';

/** Word-sequence similarity of two texts (for comparing the PDF reading with pdftotext's). */

export function words(text: string): string[] {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .split(/\s+/)
    .filter(Boolean);
}

/** 2·LCS / (|a| + |b|) over the word sequences, as Python's difflib ratio; 1 when identical. */
export function wordSimilarity(a: readonly string[], b: readonly string[]): number {
  if (!a.length && !b.length) return 1;
  // Ids for the words, then the LCS length by dynamic programming over two rows.
  const ids = new Map<string, number>();
  const id = (w: string) => {
    let v = ids.get(w);
    if (v === undefined) ids.set(w, (v = ids.size));
    return v;
  };
  const x = Int32Array.from(a, id);
  const y = Int32Array.from(b, id);
  let prev = new Uint32Array(y.length + 1);
  let row = new Uint32Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    const xi = x[i - 1];
    for (let j = 1; j <= y.length; j++) row[j] = xi === y[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
    [prev, row] = [row, prev];
  }
  return (2 * prev[y.length]) / (a.length + b.length);
}

export function textOf(path: string): string {
  return readFileSync(path, 'utf8');
}
