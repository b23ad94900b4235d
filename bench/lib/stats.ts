/** Timing helpers: a monotonic clock in milliseconds and order statistics over samples. */

export function now(): number {
  return performance.now();
}

export function quantile(samples: readonly number[], q: number): number {
  if (!samples.length) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[at];
}

export function median(samples: readonly number[]): number {
  return quantile(samples, 0.5);
}

export interface Summary {
  n: number;
  median: number;
  p95: number;
  p99: number;
  max: number;
}

export function summarise(samples: readonly number[]): Summary {
  return {
    n: samples.length,
    median: median(samples),
    p95: quantile(samples, 0.95),
    p99: quantile(samples, 0.99),
    max: samples.length ? Math.max(...samples) : NaN,
  };
}

/**
 * Times `fn` once per sample after `warmup` untimed calls; keeps going until both `minSamples` and
 * `minTotalMs` are reached (or `maxSamples`), so fast and slow work both get a usable distribution.
 */
export function sample(
  fn: () => unknown,
  opts: { warmup: number; minSamples: number; maxSamples?: number; minTotalMs?: number },
): number[] {
  for (let i = 0; i < opts.warmup; i++) fn();
  const samples: number[] = [];
  let total = 0;
  const max = opts.maxSamples ?? Infinity;
  while (samples.length < max && (samples.length < opts.minSamples || total < (opts.minTotalMs ?? 0))) {
    const t0 = now();
    fn();
    const t = now() - t0;
    samples.push(t);
    total += t;
  }
  return samples;
}

/** Collects garbage between measurements when node runs with --expose-gc. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export function round(n: number, digits = 3): number {
  if (!Number.isFinite(n)) return n;
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
