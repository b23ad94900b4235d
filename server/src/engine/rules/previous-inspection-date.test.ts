import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { LETTERS, replaceOnce, seed } from '../testing';
import { consistency, expectOnly } from './consistency/testing';

const code = 'previous-inspection-date';

test('the real letters name previous inspections 10 to 24 months earlier', () => {
  for (const name of LETTERS) assert.deepEqual(consistency(seed(name)).filter((d) => d.code === code), [], name);
});

test('derby naming "January 2011" as its previous inspection, after a November 2010 inspection: error on the month', () => {
  const text = replaceOnce(seed('derby'), 'arrangements in January 2010 have been considered', 'arrangements in January 2011 have been considered');
  const d = expectOnly(text, code, 'error', 'January 2011');
  assert.match(d.message, /previous inspection is said to be in January 2011, but this inspection began on 2 November 2010: the previous inspection must be earlier/);
  const related = d.relatedInformation![0];
  assert.equal(text.slice(related.span!.start, related.span!.end), '2 and 3 November 2010');
});

test('a previous inspection in the same month as this one is not before it', () => {
  const text = replaceOnce(seed('durham'), 'in March 2010 have', 'in February 2011 have');
  expectOnly(text, code, 'error', 'February 2011');
});

test('a previous inspection three years earlier: a hint', () => {
  const text = replaceOnce(seed('durham'), 'in March 2010 have', 'in March 2008 have');
  const d = expectOnly(text, code, 'hint', 'March 2008');
  assert.match(d.message, /35 months before this one; inspections are usually 6 to 30 months apart/);
});

test('a previous inspection only three months earlier: a hint', () => {
  const text = replaceOnce(seed('durham'), 'in March 2010 have', 'in November 2010 have');
  expectOnly(text, code, 'hint', 'November 2010');
});
