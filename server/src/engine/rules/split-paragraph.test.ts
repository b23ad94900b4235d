import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { applyFixes } from '../edits';
import { check, covered, describe, replaceOnce, seed, withCode } from '../testing';
import splitParagraph from './split-paragraph';

const only = { rules: [splitParagraph] };
const fixAll = (text: string) => applyFixes(text, check(text, only).flatMap((d) => d.fixes.filter((f) => f.safe))).text;
const where = (text: string) => withCode(check(text), 'split-paragraph').map((d) => [d.range.start.line + 1, d.severity, covered(text, d).replace(/\s+/g, ' ')]);

test('seed 001: two findings split by page breaks (lines 27 and 49)', () => {
  const text = seed('durham');
  assert.deepEqual(where(text), [
    [27, 'warning', 'in effective'],
    [49, 'warning', 'agreed by'],
  ]);
  const [first, second] = withCode(check(text), 'split-paragraph');
  assert.match(first.message, /finding under 'Strengths' is split by a page break between 'in' and 'effective'/);
  assert.match(second.message, /'Areas for development'/);
});

test('seed 002: a finding (line 48) and a consequence paragraph (line 67)', () => {
  assert.deepEqual(where(seed('staffordshire')), [
    [48, 'warning', 'for development'],
    [67, 'warning', 'the findings'],
  ]);
});

test('seed 004: three findings split (lines 28, 44, 59); seed 000 has none', () => {
  assert.deepEqual(
    where(seed('doncaster')).map((w) => w[0]),
    [28, 44, 59],
  );
  assert.deepEqual(where(seed('derby')), []);
});

test('the fix joins the halves with one space', () => {
  const fixed = fixAll(seed('durham'));
  assert.ok(fixed.includes('are seen and agreed by a manager.\n'));
  assert.ok(fixed.includes('family members, and result in effective services.'));
  assert.deepEqual(check(fixed, only), []);
});

test('a bullet split in a real letter: exactly one diagnostic, fixed back to the original', () => {
  const derby = seed('derby');
  const text = replaceOnce(derby, 'used by staff. They are in the process', 'used by staff. They are in the\n\n\nprocess');
  const found = check(text, only);
  assert.equal(found.length, 1, describe(found));
  assert.equal(found[0].range.start.line + 1, 46);
  assert.equal(covered(text, found[0]), 'the\n\n\nprocess');
  assert.equal(fixAll(text), derby);
});

test('a gap holding something other than blank lines gets no fix', () => {
  const text = replaceOnce(seed('derby'), 'used by staff. They are in the process', 'used by staff. They are in the\n\n<p>\n\nprocess');
  const found = check(text, only);
  assert.equal(found.length, 1, describe(found));
  assert.deepEqual(found[0].fixes, []);
});

test('a new paragraph that starts in upper case is not a split', () => {
  const text = replaceOnce(seed('derby'), 'used by staff. They are in the process', 'used by staff.\n\nThey are in the process');
  assert.deepEqual(check(text, only), []);
});
