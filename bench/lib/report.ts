/** Plain-text tables, target verdicts and the comparison with a previous run. */

export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** Markdown form of the same table, for docs/benchmarks.md. */
export function markdownTable(headers: string[], rows: (string | number)[][]): string {
  const line = (r: (string | number)[]) => `| ${r.map(String).join(' | ')} |`;
  return [line(headers), `|${headers.map((_, c) => (c === 0 ? '---' : '---:')).join('|')}|`, ...rows.map(line)].join('\n');
}

export function fmt(n: number | undefined, digits = 2): string {
  if (n === undefined || !Number.isFinite(n)) return '-';
  if (Math.abs(n) >= 1000) return n.toFixed(0);
  if (Math.abs(n) >= 100) return n.toFixed(Math.min(digits, 1));
  return n.toFixed(digits);
}

export interface Verdict {
  target: string;
  measured: string;
  pass: boolean;
}

/** A key figure, flat, for the baseline comparison. */
export interface Metric {
  value: number;
  unit: string;
}

export type Metrics = Record<string, Metric>;

export function compareWithBaseline(current: Metrics, baseline: Metrics | undefined): string[][] {
  const rows: string[][] = [];
  for (const [key, m] of Object.entries(current)) {
    const before = baseline?.[key];
    const change = before && before.value ? ((m.value - before.value) / before.value) * 100 : undefined;
    rows.push([key, `${fmt(m.value, 3)} ${m.unit}`, before ? `${fmt(before.value, 3)} ${before.unit}` : '-', change === undefined ? '-' : `${change >= 0 ? '+' : ''}${change.toFixed(0)}%`]);
  }
  return rows;
}
