import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { applyFixes } from '../edits';
import { standardTemplate } from '../template/registry';
import { check, covered, describe, LETTERS, replaceOnce, seed, withCode } from '../testing';
import confusedWord from './confused-word';

const only = { rules: [confusedWord] };
const fixAll = (text: string) => applyFixes(text, check(text, only).flatMap((d) => d.fixes.filter((f) => f.safe))).text;

test('seed 004: "Child protection enquires" on line 28, the only confused word in the real letters', () => {
  const text = seed('doncaster');
  const found = withCode(check(text), 'confused-word');
  assert.deepEqual(found.map((d) => [d.range.start.line + 1, d.range.start.character + 1, d.severity, covered(text, d)]), [[28, 54, 'warning', 'enquires']], describe(found));
  assert.match(found[0].message, /'enquires' should probably be 'enquiries'.*noun is enquiries/);
  for (const name of LETTERS.filter((n) => n !== 'doncaster')) assert.deepEqual(withCode(check(seed(name)), 'confused-word'), [], name);
});

test('the fix replaces only the wrong word', () => {
  const text = seed('doncaster');
  assert.equal(fixAll(text), replaceOnce(text, 'Child protection enquires are', 'Child protection enquiries are'));
});

test('matches whole words, whatever the case, across a line break', () => {
  const derby = seed('derby');
  const broken = replaceOnce(derby, 'Practice guidance and procedures are in place', 'SECTION 47 ENQUIRES\nand procedures are in place');
  const found = check(broken, only);
  assert.deepEqual(found.map((d) => covered(broken, d)), ['ENQUIRES'], describe(found));
  assert.equal(fixAll(broken), replaceOnce(derby, 'Practice guidance and procedures are in place', 'SECTION 47 ENQUIRIES\nand procedures are in place'));
  const split = replaceOnce(derby, 'Practice guidance and procedures are in place', 'Child protection\nenquires and procedures are in place');
  assert.equal(check(split, only).length, 1);
  assert.equal(fixAll(split), replaceOnce(derby, 'Practice guidance and procedures are in place', 'Child protection\nenquiries and procedures are in place'));
  const partOfWord = replaceOnce(derby, 'Practice guidance and procedures are in place', 'Child protection enquiresx and procedures are in place');
  assert.deepEqual(check(partOfWord, only), []);
});

test('the verb on its own is not flagged', () => {
  const text = replaceOnce(seed('derby'), 'Practice guidance and procedures are in place', 'The council enquires whether procedures are in place');
  assert.deepEqual(check(text, only), []);
});

test('one slip matched by two entries is reported once', () => {
  const text = replaceOnce(seed('derby'), 'Practice guidance and procedures are in place', 'Child protection enquires are in place');
  assert.equal(check(text, only).length, 1);
});

test('the confusables list is honest: every entry is whole words, differs from its correction, and no real letter trips a wrong one', () => {
  const template = standardTemplate();
  assert.ok(template.confusables.length > 0);
  for (const c of template.confusables) {
    assert.notEqual(c.wrong.toLowerCase(), c.right.toLowerCase(), c.wrong);
    assert.match(c.wrong, /^[\p{L}\p{N}' -]+$/u, c.wrong);
    assert.ok(c.why.length > 0, c.wrong);
  }
  const reports = LETTERS.flatMap((name) => check(seed(name), only));
  assert.equal(reports.length, 1, describe(reports));
});

test('the fast pre-scan never hides a phrase: capitals, a long s and the Kelvin sign are still found', () => {
  const derby = seed('derby');
  for (const written of ['SAFEGUARDING ENQUIRES', 'Safeguarding Enquires', '\u017Fafeguarding enquires', 'Child protection enquire\u017F are']) {
    const text = replaceOnce(derby, 'Practice guidance and procedures are in place', `${written} and procedures are in place`);
    assert.equal(check(text, only).length, 1, written);
  }
  const kelvin = replaceOnce(derby, 'Practice guidance and procedures are in place', 'Social wor\u212A practise is in place');
  assert.equal(check(kelvin, only).length, 1, 'Kelvin sign for k');
});
