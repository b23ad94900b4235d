import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { applyFixes } from '../edits';
import { parseLetter } from '../parse/letter';
import { LETTERS, replaceOnce, seed } from '../testing';
import { between, consistency, expectFixClears, expectOnly } from './consistency/testing';

const code = 'closing-matches-priority-action';
const CLOSING = 'Any areas for development identified above will be specifically considered in any future inspection of services to safeguard children within your area.';
const CLOSING_PA = 'Any areas for development and priority action identified above will be specifically considered in any future inspection of services to safeguard children within your area.';

/** Staffordshire's two consequence paragraphs, as printed (the second split by a page break). */
function consequences(text: string): { rating: string; further: string } {
  return {
    rating: between(text, '\n\nIn addition, the findings', '\n\nThe identification'),
    further: between(text, '\n\nThe identification of an area', '\n\nYours sincerely'),
  };
}

test('the real letters agree: closing and consequence paragraphs fit their priority action (002) or its absence', () => {
  for (const name of LETTERS) assert.deepEqual(consistency(seed(name)).filter((d) => d.code === code), [], name);
});

test('staffordshire with the no-priority-action closing: error on the closing, a reviewed fix to the right variant', () => {
  const text = replaceOnce(seed('staffordshire'), CLOSING_PA, CLOSING);
  const d = expectOnly(text, code, 'error', CLOSING);
  assert.match(d.message, /should say 'areas for development and priority action' because this letter has an Area for priority action/);
  assert.equal(d.fixes[0].safe, false, 'it changes what the letter claims (issue 14, item 4)');
  assert.ok(d.relatedInformation?.[0].message.includes('priority action'));
  assert.ok(expectFixClears(text, d).includes(CLOSING_PA));
});

test('derby with the priority-action closing: error, fixed to the plain closing', () => {
  const text = replaceOnce(seed('derby'), CLOSING, CLOSING_PA);
  const d = expectOnly(text, code, 'error', CLOSING_PA);
  assert.match(d.message, /should say only 'areas for development' because this letter has no Area for priority action/);
  expectFixClears(text, d);
});

test('staffordshire without the paragraph on the annual assessment: error, and the insert fix puts it back after the closing', () => {
  const letter = seed('staffordshire');
  const text = replaceOnce(letter, consequences(letter).rating, '');
  const d = expectOnly(text, code, 'error', CLOSING_PA);
  assert.match(d.message, /has an Area for priority action, so the paragraph 'In addition, the findings/);
  assert.match(d.message, /should follow the closing paragraph/);
  const fixed = expectFixClears(text, d);
  const parsed = parseLetter(fixed);
  const rating = parsed.partsById('consequenceRating');
  assert.equal(rating.length, 1, 'the inserted paragraph reads as the consequence paragraph');
  assert.ok(rating[0].sentences.every((s) => s.status === 'exact'), 'in the template words');
  assert.ok(rating[0].span.start < parsed.partsById('consequenceFurtherInspection')[0].span.start, 'in template order');
});

test('staffordshire without the paragraph on further inspection: error, the fix inserts it after the other consequence paragraph', () => {
  const letter = seed('staffordshire');
  const text = replaceOnce(letter, consequences(letter).further, '');
  const d = expectOnly(text, code, 'error');
  assert.match(d.message, /'The identification of an area for priority action/);
  assert.match(d.message, /should follow the consequence for the annual assessment/);
  const fixed = expectFixClears(text, d);
  assert.equal(parseLetter(fixed).partsById('consequenceFurtherInspection').length, 1);
});

test('staffordshire without both consequence paragraphs: one error, one fix inserting both in order', () => {
  const letter = seed('staffordshire');
  const { rating, further } = consequences(letter);
  const text = replaceOnce(letter, rating + further, '');
  const d = expectOnly(text, code, 'error', CLOSING_PA);
  assert.match(d.message, /the two paragraphs .In addition, the findings.*and .The identification/);
  const fixed = expectFixClears(text, d);
  const parsed = parseLetter(fixed);
  assert.equal(parsed.partsById('consequenceRating').length, 1);
  assert.equal(parsed.partsById('consequenceFurtherInspection').length, 1);
});

test('consequence paragraphs in a letter without priority action: one error each, removal fixes need review', () => {
  const { rating, further } = consequences(seed('staffordshire'));
  const text = replaceOnce(seed('derby'), CLOSING, CLOSING + rating + further.replace('the\n\nfindings', 'the findings'));
  const diagnostics = consistency(text);
  assert.deepEqual(
    diagnostics.map((d) => [d.code, d.severity]),
    [
      [code, 'error'],
      [code, 'error'],
    ],
  );
  assert.match(text.slice(diagnostics[0].span.start, diagnostics[0].span.end), /^In addition, the findings.*'performing poorly'\.$/s);
  assert.match(diagnostics[1].message, /belongs only in a letter with an Area for priority action/);
  for (const d of diagnostics) assert.equal(d.fixes[0].safe, false, 'removing paragraphs needs review');
  const fixed = applyFixes(text, diagnostics.map((d) => d.fixes[0]));
  assert.equal(fixed.applied.length, 2);
  assert.equal(fixed.text, seed('derby'), 'removing both gives back the real letter');
});

test('staffordshire that lost only its priority action heading still has priority action (the heading is a structure problem)', () => {
  const text = replaceOnce(seed('staffordshire'), '\nArea for priority action\n', '\n');
  assert.deepEqual(consistency(text), []);
});

test('staffordshire with its whole priority action removed: summary, closing and both consequence paragraphs contradict it', () => {
  const letter = seed('staffordshire');
  const text = replaceOnce(letter, between(letter, 'This visit has identified', 'Any areas for development and'), '');
  const diagnostics = consistency(text);
  assert.deepEqual(
    diagnostics.map((d) => `${d.code} ${d.severity}`),
    ['summary-matches-sections error', `${code} error`, `${code} error`, `${code} error`],
  );
  assert.match(diagnostics[0].message, /names an area for priority action but the letter has no Area for priority action/);
});
