import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { LETTERS, replaceOnce, seed } from '../testing';
import { consistency, expectOnly } from './consistency/testing';

const code = 'inspection-days';

test('the real letters were inspected on two consecutive weekdays', () => {
  for (const name of LETTERS) assert.deepEqual(consistency(seed(name)).filter((d) => d.code === code), [], name);
});

test('"2 and 4 November 2010": not consecutive (error on the days)', () => {
  const text = replaceOnce(seed('derby'), '2 and 3 November 2010', '2 and 4 November 2010');
  const d = expectOnly(text, code, 'error', '2 and 4 November 2010');
  assert.match(d.message, /2 November 2010 and 4 November 2010 are 2 days apart, not consecutive days/);
});

test('"6 and 7 November 2010": a weekend (error naming the days)', () => {
  const text = replaceOnce(seed('derby'), '2 and 3 November 2010', '6 and 7 November 2010');
  const d = expectOnly(text, code, 'error', '6 and 7 November 2010');
  assert.match(d.message, /6 November 2010 is a Saturday and 7 November 2010 is a Sunday, and inspections take place on weekdays/);
});

test('days in the wrong order, or a single day, are reported', () => {
  const reversed = replaceOnce(seed('durham'), '8 and 9 February 2011', '9 February 2011 and 8 February 2011');
  assert.match(expectOnly(reversed, code, 'error').message, /comes before the first/);
  const single = replaceOnce(seed('durham'), '8 and 9 February 2011', '9 February 2011');
  assert.match(expectOnly(single, code, 'error', '9 February 2011').message, /names only one day/);
});

test('days across a month end are consecutive: 30 November and 1 December 2010', () => {
  // Letter dated 28 days after, so nothing else fires.
  const text = replaceOnce(replaceOnce(seed('derby'), '2 and 3 November 2010', '30 November and 1 December 2010'), '1 December 2010\n', '29 December 2010\n');
  assert.deepEqual(consistency(text), []);
});
