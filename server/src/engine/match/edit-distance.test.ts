import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { boundedEditDistance } from './edit-distance';

/** The whole dynamic-programming table, no band, no early stop: the definition to compare with. */
function reference(a: string, b: string, transpositions: boolean): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (transpositions && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

test('known distances: a change, a missing letter, a swap (one edit only when swaps count)', () => {
  assert.equal(boundedEditDistance('sincerly', 'sincerely', 2), 1);
  assert.equal(boundedEditDistance('summarise', 'summarises', 2), 1);
  assert.equal(boundedEditDistance('strenghts', 'strengths', 2), 2);
  assert.equal(boundedEditDistance('strenghts', 'strengths', 2, true), 1);
  assert.equal(boundedEditDistance('recommendation', 'thresholds', 2), 3, 'over the limit comes back as limit + 1');
  assert.equal(boundedEditDistance('', 'abc', 5), 3);
});

test('equals the full table (capped at limit + 1) for any strings, limits and modes, long ones included', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 90, unit: fc.constantFrom('a', 'b', 'c', 'd') }), fc.string({ maxLength: 90, unit: fc.constantFrom('a', 'b', 'c', 'd') }), fc.integer({ min: 0, max: 20 }), fc.boolean(), (a, b, limit, swaps) => {
      assert.equal(boundedEditDistance(a, b, limit, swaps), Math.min(reference(a, b, swaps), limit + 1));
    }),
    { seed: 20261122, numRuns: 500 },
  );
});
