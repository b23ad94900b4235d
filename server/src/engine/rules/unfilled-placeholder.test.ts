import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { buildSnippets } from '../../../../scripts/snippets-from-template';
import { standardTemplate } from '../template/registry';
import { findPlaceholders, touchesPlaceholder } from '../placeholders';
import { check, covered, describe, LETTERS, replaceOnce, seed, withCode } from '../testing';

const code = 'unfilled-placeholder';

test('the real letters have no placeholders', () => {
  for (const name of LETTERS) assert.deepEqual(withCode(check(seed(name)), code), [], name);
});

test('a placeholder left in the title: one error on it, and no council complaint', () => {
  const text = replaceOnce(seed('derby'), "within Derby City Council children's services", "within [council] children's services");
  const all = check(text);
  assert.deepEqual(
    all.filter((d) => d.severity === 'error').map((d) => d.code),
    [code],
    describe(all),
  );
  const d = withCode(all, code)[0];
  assert.equal(covered(text, d), '[council]');
  assert.match(d.message, /^Fill in the council: '\[council\]' is a placeholder/);
});

test('placeholders for the letter date, the salutation and the inspection days each give one error and nothing else', () => {
  let text = replaceOnce(seed('derby'), '1 December 2010', '[letter date]');
  text = replaceOnce(text, 'Dear Ms Davidson', 'Dear [addressee salutation]');
  text = replaceOnce(text, '2 and 3 November 2010', '[inspection dates]');
  const errors = check(text).filter((d) => d.severity === 'error');
  assert.deepEqual(errors.map((d) => `${d.code} ${covered(text, d)}`), [
    `${code} [letter date]`,
    `${code} [addressee salutation]`,
    `${code} [inspection dates]`,
  ], describe(errors));
});

test('the whole-letter snippet, unfilled, gives one error per placeholder and nothing else', () => {
  const body = buildSnippets(standardTemplate())['Whole letter'].body.join('\n');
  // As VS Code inserts it: placeholders as their labels, choices as their first option, mirrors as the council.
  const text = body
    .replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, '$1')
    .replace(/\$\{\d+\|((?:\\.|[^|,\\])*)(?:,(?:\\.|[^|\\])*)?\|\}/g, '$1')
    .replace(/\$\d+/g, '[council]')
    .replace(/\\([,$}\\|])/g, '$1');
  const all = check(text);
  const placeholders = findPlaceholders(text);
  assert.ok(placeholders.length >= 10, `${placeholders.length} placeholders`);
  assert.deepEqual(all.filter((d) => d.code !== code && d.severity === 'error').map((d) => d.message), [], describe(all));
  assert.equal(withCode(all, code).length, placeholders.length);
});

test('editorial marks, brackets that hold no words, and a bracket never closed are not placeholders', () => {
  assert.deepEqual(findPlaceholders("the 'needs' [sic] were met; see [1]; [ ]; [unclosed"), []);
  assert.deepEqual(findPlaceholders('[Council] and [letter date]').map((p) => p.label), ['Council', 'letter date']);
  assert.deepEqual(findPlaceholders('[one two three four five]'), [], 'five words is prose in brackets, not a placeholder');
});

test('a finding touches a placeholder when it overlaps it or is a place at its edge', () => {
  const ps = findPlaceholders('ab [council] cd');
  assert.ok(touchesPlaceholder({ start: 0, end: 4 }, ps));
  assert.ok(touchesPlaceholder({ start: 3, end: 3 }, ps));
  assert.ok(touchesPlaceholder({ start: 12, end: 12 }, ps));
  assert.ok(!touchesPlaceholder({ start: 0, end: 3 }, ps));
  assert.ok(!touchesPlaceholder({ start: 13, end: 15 }, ps));
});

test('hostile input: many brackets are read in linear time', () => {
  const text = '['.repeat(50_000) + 'a b c d e '.repeat(10_000) + ']'.repeat(50_000);
  const started = performance.now();
  findPlaceholders(text);
  assert.ok(performance.now() - started < 500);
});
