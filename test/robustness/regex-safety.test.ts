import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { engineRegexLiterals, spyOnRegExpConstructor, type FoundRegex } from './regex-collect';

/**
 * Every regular expression the engine uses is safe against catastrophic backtracking. The literals are
 * found by scanning the engine's source files; the patterns built at run time (the template's compiled
 * sentence variants and slot patterns, bullet and month patterns) are recorded by a spy on the RegExp
 * constructor while the engine loads and checks the real letters. Each runs against long adversarial
 * inputs (runs of the characters it repeats, near-matches that fail at the very end) under a time bound:
 * linear matching takes well under a millisecond on these inputs; backtracking takes seconds.
 */

/**
 * Two sizes of each adversarial input. At the small size linear matching takes microseconds and
 * quadratic matching about a millisecond; only the inputs over SUSPECT_MS are tried at the large size,
 * where linear matching still takes well under LARGE_BOUND_MS and quadratic matching takes seconds.
 * Timings are the best of three, so a busy machine's pauses do not fail the test.
 */
const SMALL = 1_000;
const LARGE = 16_000;
const SUSPECT_MS = 0.5;
const LARGE_BOUND_MS = 60;
/** Over this on a short input (LADDER sizes) or at the small size, the pattern is exponential. */
const HOPELESS_MS = 40;
const LADDER = [12, 24, 36, 48, 64, 96];

/**
 * Patterns that backtrack on long input but are only ever run on input of bounded length, with where
 * the bound is. Each must still exist (a stale entry fails), and must be fast at the bound.
 */
const BOUNDED: { source: string; bound: number; why: string }[] = [
  {
    source: "([A-Z][\\w'’.-]*(?:\\s+(?:of|upon|on|and|with|&|the|[A-Z][\\w'’.-]*))*\\s+Council)\\s*$",
    bound: 300,
    why: 'parse/values.ts runs it on the last COUNCIL_WINDOW (300) characters of an address line',
  },
];

const UNITS = [
  'a', 'A', ' ', '\t', '\n', '\r\n', '1', '.', ',', "'", '’', '-', ':', ';', '<', '>', '#', '/', '\\', '{', '[', '"',
  'Aa ', 'A ', 'a ', 'A.', '1 ', 'a.', 'a-', "a'", '- ', '▪ ', ' ▪', '<a ', '<!--', '-->', '{a}', '[[', 'and ', 'of ', ', ', ': ',
];
const ENDINGS = ['', '!', '\0', '\n', '.', ' ', ','];

function literalWords(source: string): string[] {
  return [...new Set(source.replace(/\\[a-zA-Z]/g, ' ').match(/[A-Za-z][A-Za-z' ]{1,30}/g) ?? [])].slice(0, 6);
}

/** Adversarial inputs of about `n` characters. */
function attacks(r: FoundRegex, n: number): string[] {
  const N = n;
  const out: string[] = [];
  for (const unit of UNITS) {
    const body = unit.repeat(Math.ceil(N / unit.length));
    for (const end of ENDINGS) out.push(body + end);
  }
  for (const word of literalWords(r.source)) {
    for (const unit of [' ', 'a', 'A', 'Aa ', '1 ', '.']) {
      out.push(word + unit.repeat(Math.ceil(N / unit.length)) + '!');
      out.push((word + ' ').repeat(Math.ceil(N / (word.length + 1))) + '!');
      out.push((unit + word).repeat(Math.ceil(N / (word.length + unit.length))) + '\0');
    }
  }
  return out;
}

function run(re: RegExp, input: string): void {
  if (re.global) {
    re.lastIndex = 0;
    let count = 0;
    for (const m of input.matchAll(re)) if (++count > input.length * 2 || m[0].length < 0) break;
  } else if (re.sticky) {
    for (const at of [0, 1, Math.floor(input.length / 2)]) {
      re.lastIndex = at;
      re.exec(input);
    }
  } else {
    re.exec(input);
  }
}

function bestOfThree(re: RegExp, input: string): number {
  let best = Infinity;
  for (let k = 0; k < 3 && best > SUSPECT_MS / 4; k++) {
    const started = performance.now();
    run(re, input);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** The slow inputs for one pattern: '' when it is linear on all of them, else a description. */
function slowness(r: FoundRegex, extra: string[] = []): string {
  const re = new OriginalRegExp(r.source, r.flags);
  const ladder = LADDER.map((n) => attacks(r, n));
  const small = attacks(r, SMALL);
  const large = attacks(r, LARGE);
  for (let i = 0; i < small.length; i++) {
    // Short inputs first: exponential backtracking shows within a few dozen characters, and would
    // never finish at the small size.
    for (const inputs of ladder) {
      const ms = bestOfThree(re, inputs[i]);
      if (ms > HOPELESS_MS) return `${ms.toFixed(0)} ms on ${describeInput(inputs[i])}: exponential`;
    }
    const ms = bestOfThree(re, small[i]);
    if (ms <= SUSPECT_MS) continue;
    if (ms > HOPELESS_MS) return `${ms.toFixed(0)} ms on ${describeInput(small[i])}`;
    const big = bestOfThree(re, large[i]);
    if (big > LARGE_BOUND_MS) return `${big.toFixed(0)} ms on ${describeInput(large[i])} (${ms.toFixed(1)} ms at ${small[i].length})`;
  }
  for (const input of extra) {
    const ms = bestOfThree(re, input);
    if (ms > LARGE_BOUND_MS) return `${ms.toFixed(0)} ms on ${describeInput(input)}`;
  }
  return '';
}

const OriginalRegExp = RegExp;
let runtime: FoundRegex[] = [];
let seedTexts: string[] = [];

before(async () => {
  const seen = spyOnRegExpConstructor();
  // Load the engine and run it over the real letters, so every pattern built at run time is made.
  const engine = await import('../../server/src/engine');
  const testing = await import('../../server/src/engine/testing');
  const names = ['derby', 'durham', 'staffordshire', 'leicesterReport', 'doncaster'] as const;
  seedTexts = names.map((n) => testing.seed(n));
  for (const text of seedTexts) engine.analyze(text);
  runtime = [...seen];
  (globalThis as { RegExp: RegExpConstructor }).RegExp = OriginalRegExp;
});

function unique(list: FoundRegex[]): FoundRegex[] {
  const seen = new Map<string, FoundRegex>();
  for (const r of list) if (!seen.has(`/${r.source}/${r.flags}`)) seen.set(`/${r.source}/${r.flags}`, r);
  return [...seen.values()];
}

function describeInput(input: string): string {
  return JSON.stringify(input.slice(0, 40)) + (input.length > 40 ? `… (${input.length} chars)` : '');
}

describe('regular expressions are safe against catastrophic backtracking', () => {
  it('finds the engine\'s regex literals and run-time patterns (the collectors work)', () => {
    const literals = engineRegexLiterals();
    assert.ok(literals.length >= 60, `only ${literals.length} regex literals found`);
    assert.ok(literals.some((r) => r.origin.endsWith('parse/lines.ts') && r.source.includes('letter-check')), 'the directive pattern was not found');
    assert.ok(runtime.length >= 20, `only ${runtime.length} run-time patterns recorded`);
    assert.ok(runtime.some((r) => r.source.includes('This letter summarises')), 'the compiled opening sentence was not recorded');
  });

  it('the detector flags patterns known to backtrack, and passes linear ones (sanity check)', () => {
    const bad = ['(?:\\r\\n|\\r|\\n)*$', '(a+)+$', '\\s*:$', "([A-Z][\\w'.-]*(?:\\s+[A-Z][\\w'.-]*)*\\s+Council)\\s*$"];
    for (const source of bad) assert.ok(slowness({ source, flags: '', origin: 'sample' }), `/${source}/ was not flagged`);
    for (const source of ['\\s+', '(?<![\\r\\n])[\\r\\n]*$', '(?<!\\s)\\s*:$']) {
      assert.equal(slowness({ source, flags: 'g', origin: 'sample' }), '', `/${source}/ was flagged`);
    }
  });

  it('every regex literal in the engine runs in linear time on adversarial input', () => {
    const slow: string[] = [];
    for (const r of unique(engineRegexLiterals())) {
      if (BOUNDED.some((b) => b.source === r.source)) continue;
      const slow1 = slowness(r);
      if (slow1) slow.push(`${r.origin} /${r.source}/${r.flags}: ${slow1}`);
    }
    assert.deepEqual(slow, []);
  });

  it('the patterns that backtrack are only run on bounded input, and are fast at that bound', () => {
    const literals = engineRegexLiterals();
    for (const b of BOUNDED) {
      const found = literals.find((r) => r.source === b.source);
      assert.ok(found, `stale entry: /${b.source}/ is no longer in the engine (${b.why})`);
      const re = new OriginalRegExp(found.source, found.flags);
      for (const input of attacks(found, b.bound).map((t) => t.slice(-b.bound))) {
        const ms = bestOfThree(re, input);
        assert.ok(ms < LARGE_BOUND_MS, `/${b.source}/ takes ${ms.toFixed(0)} ms on ${describeInput(input)} at its bound`);
      }
    }
  });

  it('every pattern built at run time (template sentences, slots, bullets, months) runs in linear time', () => {
    const slow: string[] = [];
    for (const r of unique(runtime)) {
      const slow1 = slowness(r, [...seedTexts, ...seedTexts.map((t) => t.replace(/\s+/g, ' ').repeat(3))]);
      if (slow1) slow.push(`/${r.source.slice(0, 120)}/${r.flags}: ${slow1}`);
    }
    assert.deepEqual(slow, []);
  });
});
