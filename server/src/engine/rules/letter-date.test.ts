import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { LETTERS, replaceOnce, seed } from '../testing';
import { consistency, expectOnly } from './consistency/testing';

const code = 'letter-date';

test('the real letters are dated 28 days after their inspections, on weekdays', () => {
  for (const name of LETTERS) assert.deepEqual(consistency(seed(name)).filter((d) => d.code === code), [], name);
});

test('a letter dated before the inspection: error on the date, pointing at the inspection days', () => {
  const text = replaceOnce(seed('derby'), '1 December 2010', '1 November 2010');
  const d = expectOnly(text, code, 'error', '1 November 2010');
  assert.match(d.message, /dated 1 November 2010, before the inspection it reports \(3 November 2010 was its last day\)/);
  const related = d.relatedInformation![0];
  assert.equal(text.slice(related.span!.start, related.span!.end), '2 and 3 November 2010');
});

test('a letter dated on the last day of the inspection: error', () => {
  const text = replaceOnce(seed('derby'), '1 December 2010', '3 November 2010');
  assert.match(expectOnly(text, code, 'error', '3 November 2010').message, /the last day of the inspection/);
});

test('a letter dated six weeks after the inspection: a hint about the four-week convention', () => {
  const text = replaceOnce(seed('derby'), '1 December 2010', '15 December 2010');
  const d = expectOnly(text, code, 'hint', '15 December 2010');
  assert.match(d.message, /42 days after the last day of the inspection; by convention it is dated 28 days after \(4 weeks, which would be 1 December 2010\)/);
});

test('within the tolerance is fine: a week early or late', () => {
  assert.deepEqual(consistency(replaceOnce(seed('derby'), '1 December 2010', '24 November 2010')), []);
  assert.deepEqual(consistency(replaceOnce(seed('derby'), '1 December 2010', '8 December 2010')), []);
});

test('a letter dated on a Saturday: information only', () => {
  const text = replaceOnce(seed('derby'), '1 December 2010', '4 December 2010');
  const d = expectOnly(text, code, 'information', '4 December 2010');
  assert.match(d.message, /dated on a Saturday \(4 December 2010\)/);
});

test('a letter date that is not a real date is left to date-valid', () => {
  const diagnostics = consistency(replaceOnce(seed('derby'), '1 December 2010', '31 November 2010'));
  assert.deepEqual(diagnostics.map((d) => d.code), ['date-valid']);
});
