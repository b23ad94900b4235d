import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { applyFixes } from '../edits';
import { check, covered, describe, LETTERS, removeLineWith, replaceOnce, seed, withCode } from '../testing';
import { analyseText, hasCorpus, realLetter } from '../templates/focused-visit/testing';

const code = 'inspector-signature';

/** Issue 14, item 2: a sign-off without the inspector's name or title passed silently. */

test('the real letters are signed with a name and a title (one line in derby and durham, two in the others)', () => {
  for (const name of LETTERS) assert.deepEqual(withCode(check(seed(name)), code), [], name);
});

test("a deleted title line (doncaster, staffordshire) is an error on the name, and the fix adds Her Majesty's Inspector for 2011-2012", () => {
  for (const name of ['doncaster', 'staffordshire'] as const) {
    const text = removeLineWith(seed(name), "Her Majesty's Inspector");
    const [d, ...rest] = withCode(check(text), code);
    assert.equal(rest.length, 0, describe(rest));
    assert.equal(d.severity, 'error');
    assert.equal(covered(text, d), name === 'doncaster' ? 'Sheena Doyle' : "Dick O'Brien");
    assert.match(d.message, /no title under the inspector's name: add 'Her Majesty's Inspector'/);
    assert.equal(d.fixes[0].safe, false, 'adding to the letter is reviewed, not applied by fix-all');
    const fixed = applyFixes(text, [d.fixes[0]]).text;
    assert.equal(fixed, seed(name));
  }
});

test("a title deleted from a one-line sign-off (derby: 'Pauline Turner Her Majesty's Inspector') is reported; in a 2023 letter the fix says His", () => {
  const text = replaceOnce(seed('derby'), "Pauline Turner Her Majesty's Inspector", 'Pauline Turner');
  const [d] = withCode(check(text), code);
  assert.equal(covered(text, d), 'Pauline Turner');
  assert.match(applyFixes(text, [d.fixes[0]]).text, /\nPauline Turner\nHer Majesty's Inspector\n/);
  const in2023 = replaceOnce(replaceOnce(text, '1 December 2010', '1 December 2023'), '2 and 3 November 2010', '2 and 3 November 2023');
  const [later] = withCode(check(in2023), code);
  assert.match(later.message, /add 'His Majesty's Inspector'/);
  assert.match(applyFixes(in2023, [later.fixes[0]]).text, /\nPauline Turner\nHis Majesty's Inspector\n/);
});

test('a deleted name (doncaster) is an error on the title, with no fix (a name cannot be guessed)', () => {
  const text = removeLineWith(seed('doncaster'), 'Sheena Doyle');
  const [d, ...rest] = withCode(check(text), code);
  assert.equal(rest.length, 0, describe(rest));
  assert.equal(covered(text, d), "Her Majesty's Inspector");
  assert.match(d.message, /no inspector's name/);
  assert.deepEqual(d.fixes, []);
});

test('name and title both deleted (staffordshire): one error on Yours sincerely', () => {
  const text = removeLineWith(removeLineWith(seed('staffordshire'), "Dick O'Brien"), "Her Majesty's Inspector");
  const diagnostics = withCode(check(text), code);
  assert.equal(diagnostics.length, 1, describe(diagnostics));
  assert.equal(covered(text, diagnostics[0]), 'Yours sincerely');
  assert.match(diagnostics[0].message, /no inspector's name or title/);
});

test("focused-visit letters: london-corporation-2018-11-16 (line 159) has its title broken in the text layer ('Her' / '= Majesty’s Inspector'): an error on the name, with no fix (the broken lines are read as part of the name)", { skip: !hasCorpus() && 'the focused-visit corpus is not on this machine' }, () => {
  const text = realLetter('london-corporation-2018-11-16');
  const [d, more] = analyseText(text).diagnostics.filter((x) => x.code === code);
  assert.equal(more, undefined);
  assert.equal(d.range.start.line + 1, 159);
  assert.ok(covered(text, d).startsWith('Andy Whippey\nHer\n'));
  assert.match(d.message, /add 'Her Majesty's Inspector'/);
  assert.deepEqual(d.fixes, []);
});

test('focused-visit letters signed with a name and title give nothing (slough-2026-01-12, whose title is followed by the page number; derbyshire-2018-03-22, straight apostrophe)', { skip: !hasCorpus() && 'the focused-visit corpus is not on this machine' }, () => {
  for (const name of ['slough-2026-01-12', 'derbyshire-2018-03-22', 'tower-hamlets-2022-08-31']) {
    assert.deepEqual(analyseText(realLetter(name)).diagnostics.filter((x) => x.code === code), [], name);
  }
});
