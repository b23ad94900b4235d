/**
 * Edit distance between two short strings (words, headings), computed only as far as `limit`: a
 * distance over it comes back as limit + 1, and only the band of cells within `limit` of the diagonal
 * is computed. With `transpositions`, swapping two neighbouring letters counts as one edit (optimal
 * string alignment); without, it is plain Levenshtein distance. It runs inside the word aligner's inner
 * loop, so its rows are typed arrays reused from call to call (grown when a longer string comes).
 */

let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

export function boundedEditDistance(a: string, b: string, limit: number, transpositions = false): number {
  const n = a.length;
  const m = b.length;
  const over = limit + 1;
  if (Math.abs(n - m) > limit) return over;
  if (m + 1 > rows[0].length) rows = rows.map(() => new Int32Array(2 * (m + 1)));
  let [before, previous, current] = rows;
  for (let j = 0; j <= m; j++) previous[j] = j <= limit ? j : over;
  for (let i = 1; i <= n; i++) {
    current.fill(over, 0, m + 1);
    if (i <= limit) current[0] = i;
    let rowBest = current[0];
    const ca = a.charCodeAt(i - 1);
    for (let j = Math.max(1, i - limit); j <= Math.min(m, i + limit); j++) {
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      if (transpositions && i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        d = Math.min(d, before[j - 2] + 1);
      }
      current[j] = Math.min(d, over);
      if (d < rowBest) rowBest = d;
    }
    if (rowBest > limit) return over;
    [before, previous, current] = [previous, current, before];
  }
  return previous[m];
}
