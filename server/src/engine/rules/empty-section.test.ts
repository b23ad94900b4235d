import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { check, covered, describe, LETTERS, seed, withCode } from '../testing';
import { applyFirstFix, reformattedLetters, structural } from './structure/testing';

const derby = seed('derby');

test('the real letters and their reformatted copies have no empty section', () => {
  for (const name of LETTERS) assert.deepEqual(withCode(check(seed(name)), 'empty-section'), [], name);
  for (const { name, text } of reformattedLetters()) assert.deepEqual(withCode(structural(text), 'empty-section'), [], name);
});

test('an emptied Strengths section is one error on its heading; the fix (for review) removes the heading', () => {
  const text = derby.slice(0, derby.indexOf('Strengths\n') + 'Strengths\n\n'.length) + derby.slice(derby.indexOf('The service meets the req'));
  const diagnostics = structural(text);
  assert.equal(diagnostics.length, 1, describe(diagnostics));
  const [d] = diagnostics;
  assert.equal(d.code, 'empty-section');
  assert.equal(d.severity, 'error');
  assert.equal(covered(text, d), 'Strengths');
  assert.match(d.message, /^The 'Strengths' section has no findings: add its findings under the heading, or remove the heading if there are none\.$/);
  assert.equal(d.fixes[0].safe, false);
  assert.deepEqual(structural(applyFirstFix(text, d)), []);
});

test('an emptied required section is reported without a removal fix', () => {
  const start = derby.indexOf('Areas for development\n') + 'Areas for development\n\n'.length;
  const text = derby.slice(0, start) + derby.slice(derby.indexOf('Any areas for development identified'));
  const diagnostics = structural(text);
  assert.equal(diagnostics.length, 1, describe(diagnostics));
  assert.equal(diagnostics[0].code, 'empty-section');
  assert.equal(covered(text, diagnostics[0]), 'Areas for development');
  assert.doesNotMatch(diagnostics[0].message, /remove/);
  assert.deepEqual(diagnostics[0].fixes, []);
});

test('findings left to a missing heading above an empty section do not hide that it is empty', () => {
  // Strengths and "meets requirements" headings gone (missing-part holds all 19 findings for the
  // required one), and the Areas for development heading put below its findings: it is empty.
  const lines = seed('derby').split('\n');
  for (const h of ['Strengths', 'The service meets the requirements of statutory guidance in the following areas']) lines.splice(lines.indexOf(h), 2);
  const i = lines.indexOf('Areas for development');
  const end = lines.findIndex((l, k) => k > i + 1 && l.startsWith('Any areas for development identified'));
  const text = [...lines.slice(0, i), ...lines.slice(i + 2, end), 'Areas for development', '', ...lines.slice(end)].join('\n');
  const empty = withCode(check(text), 'empty-section');
  assert.equal(empty.length, 1, describe(check(text)));
  assert.match(empty[0].message, /^The 'Areas for development' section has no findings/);
  assert.equal(withCode(check(text), 'finding-outside-section').length, 0, 'the findings are missing-part’s to report');
});
