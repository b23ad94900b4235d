import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { check, covered, describe, LETTERS, replaceOnce, seed, withCode } from '../testing';
import { applyFirstFix, reformattedLetters, structural } from './structure/testing';

const derby = seed('derby');

function onlyWording(text: string) {
  const diagnostics = structural(text);
  assert.equal(diagnostics.length, 1, describe(diagnostics));
  assert.equal(diagnostics[0].code, 'heading-wording');
  assert.equal(diagnostics[0].severity, 'warning');
  return diagnostics[0];
}

test('the real letters\' headings, with # marks and colons too, are in the standard words', () => {
  for (const name of LETTERS) assert.deepEqual(withCode(check(seed(name)), 'heading-wording'), [], name);
  for (const { name, text } of reformattedLetters()) assert.deepEqual(withCode(structural(text), 'heading-wording'), [], name);
  assert.deepEqual(structural(replaceOnce(seed('staffordshire'), 'Area for priority action\n', 'Areas for priority action\n')), [], 'a listed variant');
});

test('a heading in other words (an alias) gets a safe fix to the standard words', () => {
  const text = replaceOnce(derby, 'Areas for development\n', 'Areas of development\n');
  const d = onlyWording(text);
  assert.equal(covered(text, d), 'Areas of development');
  assert.equal(d.message, "The heading 'Areas of development' is not in the standard words: the template has 'Areas for development'.");
  assert.equal(d.fixes[0].safe, true);
  assert.equal(applyFirstFix(text, d), derby);
});

test('misspelt headings are recognised, not lost: one warning each, and the section keeps its findings', () => {
  for (const [wrong, right] of [
    ['Areas for developement', 'Areas for development'],
    ['Strenghts', 'Strengths'],
    ['The service meets the requirements of statutory guidence in the following areas', 'The service meets the requirements of statutory guidance in the following areas'],
  ]) {
    const text = replaceOnce(derby, right + '\n', wrong + '\n');
    const d = onlyWording(text);
    assert.equal(covered(text, d), wrong);
    assert.equal(applyFirstFix(text, d), derby, wrong);
  }
});

test('the fix keeps Markdown marks and a trailing colon', () => {
  const text = replaceOnce(derby, 'Areas for development\n', '## Areas of development:\n');
  const d = onlyWording(text);
  assert.equal(covered(text, d), 'Areas of development');
  assert.match(applyFirstFix(text, d), /\n## Areas for development:\n/);
});

test('a Markdown heading that names no section is flagged without a fix', () => {
  const text = replaceOnce(derby, 'Any areas for development identified', '## Notes for the team\n\n- Check this.\n\nAny areas for development identified');
  const d = onlyWording(text);
  assert.equal(covered(text, d), 'Notes for the team');
  assert.match(d.message, /is not one of the template's section headings/);
  assert.deepEqual(d.fixes, []);
  // A guess at its section (it is closest to 'Area for priority action') does not make this a priority-action letter.
  assert.deepEqual(check(text).filter((x) => x.severity === 'error'), [], describe(check(text)));
});
