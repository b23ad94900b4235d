import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, parseLetter } from '../../server/src/engine';
import { seed } from '../../server/src/engine/testing';
import { assertWellFormed, speller } from './support';

/**
 * Pathological sizes through the engine (CI sizes; scripts/soak.ts runs 10 MB and 1 MB lines): bounded time, no crash, findings inside the document. The
 * bounds are generous (the CI machine is shared); docs/reliability.md records the times measured.
 * The regressions at the end are inputs that were quadratic or exponential before issue 6's fixes.
 */

function timed(text: string, boundMs: number): number {
  const started = performance.now();
  const analysis = analyze(text, { speller });
  const ms = performance.now() - started;
  assert.ok(ms < boundMs, `took ${ms.toFixed(0)} ms on ${text.length} characters (bound ${boundMs} ms)`);
  assertWellFormed(text, analysis);
  return ms;
}

function binary(length: number): string {
  let out = '';
  let x = 12345;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out += String.fromCharCode(x >>> 24);
  }
  return out;
}

describe('pathological sizes', () => {
  it('a 500 KB file of real letters back to back', () => {
    const derby = seed('derby');
    timed(derby.repeat(Math.ceil(5e5 / derby.length)), 10_000);
  });

  it('a 300 KB single line of words', () => void timed('word '.repeat(60_000), 10_000));
  it('a 300 KB single line without spaces', () => void timed('x'.repeat(3e5), 10_000));
  it('a 300 KB single line of sentences', () => void timed('The inspection. '.repeat(20_000), 10_000));
  it('300 KB of binary noise (bytes read as Latin-1)', () => void timed(binary(3e5), 10_000));
  it('300 KB of line breaks', () => void timed('\n'.repeat(3e5), 10_000));
  it('300 KB of NUL characters', () => void timed('\0'.repeat(3e5), 10_000));
  it('30,000 short bullets', () => void timed('- a\n'.repeat(30_000), 10_000));
});

describe('regressions: inputs that made the engine backtrack or loop over a block per line', () => {
  it('a long line of capital letters (the council search in the address backtracked: 17 s at 40 KB)', () => {
    timed('A'.repeat(100_000), 5_000);
  });

  it('a long line of capitalised words (the line-end council pattern backtracked)', () => {
    timed('Aa '.repeat(30_000), 5_000);
  });

  it('a long block of short lines (each line re-read the whole block: 33 s at 120 KB)', () => {
    timed('Aa bb\n'.repeat(20_000), 5_000);
  });

  it('a copy line with a long run of spaces before a name', () => {
    const letter = seed('derby').replace(/Copy:/, `Copy: Ann Smith, Chief Executive, Derby${' '.repeat(50_000)}Bob Jones, Lead`);
    timed(letter, 5_000);
  });

  it('a CRLF letter ending in many blank lines and missing its last parts (the trailing-break pattern was exponential)', () => {
    const derby = seed('derby').replace(/\r?\n/g, '\r\n');
    const cut = derby.slice(0, derby.indexOf('Yours sincerely'));
    timed(cut + '\r\n'.repeat(40) + 'x', 5_000);
    timed(cut + '\r\n'.repeat(5_000), 5_000);
  });
});

it('many page-break splits and many HTML tags parse in linear time', () => {
  // Each continuation used to copy the block built so far, and each tag searched every item of the
  // document for its owner: 5,000 splits took 31 s and 50,000 tags about 85 s. The bounds catch that,
  // not a slow machine: linear parsing takes about a second idle and up to 6 s on the 2-core machine at
  // a load average of 17.
  const BOUND_MS = 15000;
  const splits = Array.from({ length: 5000 }, (_, i) => `word${i} and more\n\nthen continues.`).join('\n\n');
  let started = performance.now();
  const letter = parseLetter(splits);
  assert.equal(letter.residue.filter((r) => r.kind === 'split').length, 5000);
  assert.ok(performance.now() - started < BOUND_MS, `5,000 splits took ${Math.round(performance.now() - started)} ms`);
  const tags = Array.from({ length: 20000 }, (_, i) => `text <b>bold</b> more ${i}`).join('\n');
  started = performance.now();
  assert.equal(parseLetter(tags).residue.filter((r) => r.kind === 'html').length, 40000);
  assert.ok(performance.now() - started < BOUND_MS, `20,000 tagged lines took ${Math.round(performance.now() - started)} ms`);
});
