import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { parseLetter } from '../parse/letter';
import { check, covered, describe, LETTERS, replaceOnce, seed, withCode } from '../testing';
import { applyFirstFix, lineOf, reformattedLetters, structural } from './structure/testing';

const derby = seed('derby');

function onlyDuplicate(text: string) {
  const diagnostics = structural(text);
  assert.equal(diagnostics.length, 1, describe(diagnostics));
  assert.equal(diagnostics[0].code, 'duplicate-part');
  assert.equal(diagnostics[0].severity, 'error');
  return diagnostics[0];
}

test('the real letters and their reformatted copies have each part once', () => {
  for (const name of LETTERS) assert.deepEqual(withCode(check(seed(name)), 'duplicate-part'), [], name);
  for (const { name, text } of reformattedLetters()) assert.deepEqual(withCode(structural(text), 'duplicate-part'), [], name);
});

test('a heading repeated inside its own section: the second is reported, pointing at the first; the safe fix merges them', () => {
  const text = replaceOnce(derby, '- Thresholds are not clearly', 'Areas for development\n\n- Thresholds are not clearly');
  const d = onlyDuplicate(text);
  assert.equal(covered(text, d), 'Areas for development');
  assert.equal(lineOf(text, d.span.start), lineOf(text, text.indexOf('Areas for development\n\n- Thresholds')));
  assert.match(d.message, /^The heading 'Areas for development' appears a second time \(the first is on line 54\)/);
  assert.equal(d.relatedInformation?.length, 1);
  assert.equal(d.relatedInformation![0].span!.start, derby.indexOf('Areas for development\n'));
  assert.equal(d.fixes[0].safe, true);
  const fixed = applyFirstFix(text, d);
  assert.equal(fixed, derby);
  assert.equal(parseLetter(fixed).section('areasForDevelopment')?.findings.length, 8);
});

test('a heading repeated further down is reported once (not also out of order), without a fix', () => {
  const text = replaceOnce(derby, 'Any areas for development identified', 'Strengths\n\n- One more strength.\n\nAny areas for development identified');
  const d = onlyDuplicate(text);
  assert.equal(covered(text, d), 'Strengths');
  assert.deepEqual(d.fixes, []);
});

test('a heading written twice in a row is one duplicate, not also an empty section', () => {
  const text = replaceOnce(derby, 'Strengths\n\n', 'Strengths\n\nStrengths\n\n');
  const d = onlyDuplicate(text);
  assert.equal(d.fixes[0].safe, true);
  assert.equal(applyFirstFix(text, d), derby);
});

test('a fixed paragraph pasted twice: the safe fix deletes the copy', () => {
  const opening = derby.slice(derby.indexOf('This letter summarises'), derby.indexOf('The inspection sampled'));
  const text = replaceOnce(derby, 'The inspection sampled', opening + 'The inspection sampled');
  const d = onlyDuplicate(text);
  assert.match(d.message, /^The opening paragraph appears a second time/);
  assert.equal(d.fixes[0].safe, true);
  assert.equal(applyFirstFix(text, d), derby);
});

test('a second, different sign-off is reported without a fix', () => {
  const text = replaceOnce(derby, 'Copy: Adam', 'Yours faithfully\n\nCopy: Adam');
  const diagnostics = withCode(structural(text), 'duplicate-part');
  assert.equal(diagnostics.length, 1, describe(diagnostics));
  assert.match(diagnostics[0].message, /^The sign-off appears a second time/);
  assert.deepEqual(diagnostics[0].fixes, []);
});
