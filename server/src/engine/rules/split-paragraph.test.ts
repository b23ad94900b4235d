import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { applyFixes } from '../edits';
import { check, covered, describe, replaceOnce, seed, withCode } from '../testing';
import { analyseText, hasCorpus, realLetter } from '../templates/focused-visit/testing';
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
  assert.match(first.message, /finding under 'Strengths' is split by blank lines between 'in' and 'effective'/);
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

test('focused visits: the message says what the reader sees split the paragraph: blank lines (a page break with its form feed is joined by the page reading)', { skip: !hasCorpus() && 'the corpus is not on this machine' }, () => {
  // slough-2020-11-27, lines 86 and 94: bullets of the improvement list cut by blank lines of the text layer
  const slough = withCode(analyseText(realLetter('slough-2020-11-27')).diagnostics, 'split-paragraph');
  assert.deepEqual(slough.map((d) => d.range.start.line + 1), [86, 94]);
  assert.match(slough[1].message, /split by blank lines between 'audits' and 'the'/);
  // oldham-2018-04-11: the text layer has a blank line after the first line of each bullet, no page break
  const oldham = withCode(analyseText(realLetter('oldham-2018-04-11')).diagnostics, 'split-paragraph');
  assert.equal(oldham.length, 12);
  assert.ok(oldham.every((d) => /split by blank lines between/.test(d.message)), oldham.map((d) => d.message).join('\n'));
});
