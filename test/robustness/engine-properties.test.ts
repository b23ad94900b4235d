import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyze, parseLetter } from '../../server/src/engine';
import {
  announceSeed,
  anyCodeUnit,
  assertFixesConverge,
  checkedAnalyze,
  controlChar,
  fcParams,
  letterishText,
  mutatedLetter,
  naivePosition,
  REAL_LETTERS,
  speller,
} from './support';

/**
 * Property-based tests of the engine's promises on any text: it never throws, finishes in bounded
 * time, locates every finding and fix inside the document, and its safe fixes converge (no fix loops).
 * The CI runs use a fixed seed; FC_SEED and FC_RUNS replay or lengthen them.
 */

announceSeed();

describe('engine on arbitrary text', () => {
  it('holds its invariants on arbitrary Unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => void checkedAnalyze(text)),
      fcParams(150),
    );
  });

  it('holds its invariants on arbitrary UTF-16 code units (lone surrogates, NUL, controls)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(anyCodeUnit, controlChar), maxLength: 400 }), (text) => void checkedAnalyze(text)),
      fcParams(150),
    );
  });

  it('holds its invariants on text assembled from letter pieces and quirks', () => {
    fc.assert(
      fc.property(letterishText, (text) => {
        checkedAnalyze(text);
      }),
      fcParams(200),
    );
  });

  it('holds its invariants on very long lines', () => {
    fc.assert(
      fc.property(fc.constantFrom('a', ' ', 'ab ', '. ', '▪ ', '<b>', '-', '\t', "'", 'Council '), fc.integer({ min: 2000, max: 40000 }), (unit, n) => {
        checkedAnalyze(unit.repeat(Math.ceil(n / unit.length)));
      }),
      fcParams(12),
    );
  });

  it('gives the same answer twice (no state leaks between analyses)', () => {
    fc.assert(
      fc.property(letterishText, (text) => {
        const a = analyze(text, { speller }).diagnostics.map((d) => [d.code, d.message, d.span.start, d.span.end]);
        const b = analyze(text, { speller }).diagnostics.map((d) => [d.code, d.message, d.span.start, d.span.end]);
        assert.deepEqual(b, a);
      }),
      fcParams(40),
    );
  });
});

describe('engine on mutated real letters', () => {
  it('the naive position helper agrees with itself on CRLF (sanity check of the oracle)', () => {
    assert.deepEqual(naivePosition('ab\r\ncd', 5), { line: 1, character: 1 });
    assert.deepEqual(naivePosition('ab\r\ncd', 3), { line: 0, character: 2 });
    assert.deepEqual(naivePosition('a\rb\nc', 4), { line: 2, character: 0 });
  });

  it('holds its invariants on real letters with lines deleted, duplicated, swapped, split, joined and characters inserted', () => {
    fc.assert(
      fc.property(mutatedLetter, ({ text }) => {
        checkedAnalyze(text);
      }),
      fcParams(120),
    );
  });

  it('safe fixes on mutated letters converge: applying them all leaves nothing to fix after a few rounds', () => {
    fc.assert(
      fc.property(mutatedLetter, ({ text }) => {
        assertFixesConverge(text);
      }),
      fcParams(40),
    );
  });

  it('safe fixes on the real letters themselves converge', () => {
    for (const { name, text } of REAL_LETTERS) {
      assert.doesNotThrow(() => assertFixesConverge(text), `fixes on ${name} do not converge`);
    }
  });

  it('holds its invariants when the previous letter is itself a mutated letter', () => {
    fc.assert(
      fc.property(mutatedLetter, mutatedLetter, (draft, previous) => {
        checkedAnalyze(draft.text, { previous: { uri: 'file:///previous.txt', letter: parseLetter(previous.text) } });
      }),
      fcParams(30),
    );
  });
});
