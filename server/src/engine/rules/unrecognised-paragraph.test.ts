import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { check, covered, describe, LETTERS, removeLineWith, replaceOnce, seed, withCode } from '../testing';
import { reformattedLetters, structural } from './structure/testing';

const derby = seed('derby');

test('every paragraph of the real letters, reformatted or not, is placed', () => {
  for (const name of LETTERS) assert.deepEqual(withCode(check(seed(name)), 'unrecognised-paragraph'), [], name);
  for (const { name, text } of reformattedLetters()) assert.deepEqual(withCode(structural(text), 'unrecognised-paragraph'), [], name);
});

test('a paragraph between the closing and the sign-off is one warning', () => {
  const text = replaceOnce(derby, 'Yours sincerely', 'Please call me if you have any questions.\n\nYours sincerely');
  const diagnostics = structural(text);
  assert.equal(diagnostics.length, 1, describe(diagnostics));
  assert.equal(diagnostics[0].code, 'unrecognised-paragraph');
  assert.equal(diagnostics[0].severity, 'warning');
  assert.equal(covered(text, diagnostics[0]), 'Please call me if you have any questions.');
});

test('paragraphs next to each other are one diagnostic', () => {
  const text = replaceOnce(derby, 'Yours sincerely', 'Please call me.\n\nMy number is on the letterhead.\n\nYours sincerely');
  const diagnostics = structural(text);
  assert.equal(diagnostics.length, 1, describe(diagnostics));
  assert.match(diagnostics[0].message, /^These 2 paragraphs are not part of the template here/);
  assert.equal(covered(text, diagnostics[0]), 'Please call me.\n\nMy number is on the letterhead.');
});

test('text that a missing part would take in is not reported again', () => {
  assert.deepEqual(structural(removeLineWith(derby, 'Yours sincerely')).map((d) => d.code), ['missing-part']);
  assert.deepEqual(structural(removeLineWith(seed('staffordshire'), 'Area for priority action\n')).map((d) => d.code), ['missing-part']);
});
