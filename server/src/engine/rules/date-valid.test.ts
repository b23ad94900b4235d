import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { LETTERS, replaceOnce, seed, withCode } from '../testing';
import { applyFirstFix, consistency, expectFixClears, expectOnly } from './consistency/testing';
import { analyseText, hasCorpus, realLetter } from '../templates/focused-visit/testing';

const code = 'date-valid';

test('the real letters have real dates in the standard form', () => {
  for (const name of LETTERS) assert.deepEqual(consistency(seed(name)).filter((d) => d.code === code), [], name);
});

test('a letter dated 31 February 2011: error on the date, saying why', () => {
  const text = replaceOnce(seed('durham'), '9 March 2011', '31 February 2011');
  const d = expectOnly(text, code, 'error', '31 February 2011');
  assert.match(d.message, /The letter date '31 February 2011' is not a real date: February 2011 has only 28 days/);
  assert.equal(d.fixes.length, 0, 'no guess at the intended date');
});

test('29 February is real in a leap year', () => {
  // 2012 is a leap year: doncaster dated 29 February 2012 is 41 days after its inspection (a hint, not date-valid).
  const diagnostics = consistency(replaceOnce(seed('doncaster'), '16 February 2012', '29 February 2012'));
  assert.deepEqual(diagnostics.filter((d) => d.code === code), []);
});

test('"1st Dec 2010": warning with a safe fix to "1 December 2010"', () => {
  const text = replaceOnce(seed('derby'), '1 December 2010', '1st Dec 2010');
  const d = expectOnly(text, code, 'warning', '1st Dec 2010');
  assert.match(d.message, /should be written as day, full month name and year: '1 December 2010'/);
  assert.ok(d.fixes[0].safe);
  assert.equal(expectFixClears(text, d), seed('derby'));
});

test('inspection days in a non-standard form: warning with a safe fix', () => {
  for (const written of ['2nd and 3rd November 2010', '2 and 3 Nov 2010', '02 and 03 November 2010', '2 November and 3 November 2010']) {
    const text = replaceOnce(seed('derby'), '2 and 3 November 2010', written);
    const d = expectOnly(text, code, 'warning', written);
    assert.match(d.message, /'2 and 3 November 2010'/);
    assert.equal(expectFixClears(text, d), seed('derby'), written);
  }
});

test('other non-standard letter dates: a comma, a leading zero, a lower-case month', () => {
  for (const written of ['1 December, 2010', '01 December 2010', '1 december 2010']) {
    const text = replaceOnce(seed('derby'), '1 December 2010', written);
    const d = expectOnly(text, code, 'warning', written);
    assert.equal(expectFixClears(text, d), seed('derby'), written);
  }
});

test('inspection days across a month end are written with both months', () => {
  const text = replaceOnce(seed('derby'), '2 and 3 November 2010', '30 and 1 December 2010');
  const d = consistency(text).find((x) => x.code === code);
  assert.ok(d, 'reported');
  assert.equal(d.severity, 'warning');
  assert.ok(applyFirstFix(text, d).includes('conducted on 30 November and 1 December 2010.'));
});

test('inspection days that do not exist: error naming the problem', () => {
  const text = replaceOnce(seed('derby'), '2 and 3 November 2010', '30 and 31 November 2010');
  const d = expectOnly(text, code, 'error', '30 and 31 November 2010');
  assert.match(d.message, /are not real dates: November 2010 has only 30 days/);
});

test('hostile values (month Smarch, day 99, year 0) give a clear message, never a throw', () => {
  const derby = seed('derby');
  const letterDates: [string, RegExp][] = [
    ['1 Smarch 2010', /"Smarch" is not the name of a month/],
    ['99 December 2010', /no month has a day 99/],
    ['1 December 0000', /0 is not a year a letter can be dated/],
    ['1 December 0', /0 is not a year a letter can be dated/],
    ['0 December 2010', /no month has a day 0/],
  ];
  for (const [written, why] of letterDates) {
    const text = replaceOnce(derby, '1 December 2010', written);
    const d = expectOnly(text, code, 'error', written);
    assert.match(d.message, /^The letter date '.*' is not a real date/, written);
    assert.match(d.message, why, written);
  }
  const days: [string, RegExp][] = [
    ['2 and 3 Smarch 2010', /"Smarch" is not the name of a month/],
    ['98 and 99 November 2010', /no month has a day 98; no month has a day 99/],
    ['2 and 3 November 0', /0 is not a year a letter can be dated/],
    ['2 and 3 November 0000', /0 is not a year a letter can be dated/],
    ['second and third November 2010', /cannot be read as dates\. Write the two days/],
  ];
  for (const [written, why] of days) {
    const text = replaceOnce(derby, '2 and 3 November 2010', written);
    const d = expectOnly(text, code, 'error', written);
    assert.match(d.message, why, written);
  }
});

// Focused-visit letters: real letters join the visit's days in several ways, and a visit may have three days.
test('focused visit: every form the real letters use for the visit days is accepted', { skip: !hasCorpus() && 'the corpus is not on this machine' }, () => {
  for (const [file, written] of [
    ['ealing-2022-11-22', '18 to 19 October 2022'], // 'on 18 to 19 October 2022'
    ['oldham-2020-11-27', '13 October and 15 October 2020'], // 'between 13 October and 15 October 2020'
    ['kingston-upon-hull-2025-08-28', '15, 16 and 21 July 2025'], // a three-day visit
  ]) {
    const text = realLetter(file);
    assert.ok(text.replace(/\s+/g, ' ').includes(written), `${file} writes '${written}'`);
    assert.deepEqual(withCode(analyseText(text).diagnostics, code), [], file);
  }
});

test('focused visit: a three-day visit in another form is flagged without a fix that would drop a day', { skip: !hasCorpus() && 'the corpus is not on this machine' }, () => {
  // kingston-upon-hull-2025-08-28 (line 25) with the month abbreviated
  const text = replaceOnce(realLetter('kingston-upon-hull-2025-08-28'), '15, 16 and 21 July 2025', '15, 16 and 21 Jul 2025');
  const found = withCode(analyseText(text).diagnostics, code);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'warning');
  assert.match(found[0].message, /not '15, 16 and 21 Jul 2025'/);
  assert.deepEqual(found[0].fixes, []);
});

test('focused visit: an abbreviated month in a two-day visit gets the safe fix', { skip: !hasCorpus() && 'the corpus is not on this machine' }, () => {
  // ealing-2022-11-22 (line 24)
  const text = replaceOnce(realLetter('ealing-2022-11-22'), '18 to 19 October 2022', '18 to 19 Oct 2022');
  const [d] = withCode(analyseText(text).diagnostics, code);
  assert.equal(d.fixes[0].edits[0].newText, '18 and 19 October 2022');
  assert.equal(d.fixes[0].safe, true);
});
