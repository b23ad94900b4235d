import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { replaceOnce } from '../testing';
import { findingsOf, hasCorpus, lettersFlagged, realLetter } from '../templates/focused-visit/testing';

const skip = !hasCorpus() && 'the focused-visit corpus is not on this machine';
const code = 'letter-date';
const of = (text: string) => findingsOf(code, text);

test('every real focused-visit letter is dated as the template allows: no letter-date finding on the 151', { skip }, () => {
  assert.deepEqual(lettersFlagged(code), []);
});

test('st-helens-2024-07-12 (dated 78 days after its visit, the latest real letter) is quiet; a date a month later gets the twelve-week hint', { skip }, () => {
  const text = realLetter('st-helens-2024-07-12');
  assert.deepEqual(of(text), []);
  const late = replaceOnce(text, '12 July 2024\n', '12 August 2024\n');
  const [d, more] = of(late);
  assert.equal(more, undefined);
  assert.equal(d.severity, 'hint');
  assert.equal(late.slice(d.span.start, d.span.end), '12 August 2024');
  assert.match(d.message, /dated 109 days after the last day of the inspection; these letters are dated within 84 days \(12 weeks, usually about 34, which would be 29 May 2024\)/);
});

test('slough-2026-01-12 dated before its visit: an error', { skip }, () => {
  const text = replaceOnce(realLetter('slough-2026-01-12'), '12 January 2026\n', '12 October 2025\n');
  const [d] = of(text);
  assert.equal(d.severity, 'error');
  assert.match(d.message, /before the inspection it reports/);
});
