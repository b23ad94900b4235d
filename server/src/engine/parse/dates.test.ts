import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { isDateLine, parseDate, parseInspectionDays } from './dates';
import { parseLetter } from './letter';
import { replaceOnce, seed } from '../testing';

test('a date line is read as a date however wrong its numbers or its month, and says what is wrong', () => {
  assert.equal(parseDate('1 December 2010')?.problem, undefined);
  assert.equal(parseDate('1st Dec. 2010')?.problem, 'not in the standard form');
  assert.equal(parseDate('1 December 0')?.problem, '0 is not a year a letter can be dated');
  assert.equal(parseDate('1 December 20100')?.problem, '20100 is not a year a letter can be dated');
  assert.equal(parseDate('99 December 2010')?.problem, 'no month has a day 99');
  assert.equal(parseDate('31 February 2011')?.problem, 'February 2011 has only 28 days');
  assert.equal(parseDate('29 February 2012')?.problem, undefined);
  assert.equal(parseDate('1 Smarch 2010')?.problem, '"Smarch" is not the name of a month');
  for (const wrong of ['1 December 0', '31 February 2011', '1 Smarch 2010']) assert.equal(parseDate(wrong)?.date, undefined, wrong);
});

test('what is a date line: a day, a month word and a year; an address line is not', () => {
  for (const line of ['1 December 2010', '  1 December 0 ', '1st Dec, 2010', '2 Smarch 2010', '1000 December 2010']) assert.ok(isDateLine(line), line);
  for (const line of ['12 Smith 5', '10 Downing Street', 'DE1 2FS', 'Council House', '1 December', 'December 2010', '12345 December 2010']) assert.ok(!isDateLine(line), line);
});

test('inspection days are read loosely too: wrong years and days are read, then judged', () => {
  const days = parseInspectionDays('2 and 3 November 0');
  assert.equal(days?.first.problem, '0 is not a year a letter can be dated');
  assert.equal(parseInspectionDays('98 and 99 November 2010')?.last.problem, 'no month has a day 99');
  assert.equal(parseInspectionDays('second and third November 2010'), undefined);
});

test('"1 December 0" in a real letter is its letter date, not part of the address', () => {
  const letter = parseLetter(replaceOnce(seed('derby'), '1 December 2010', '1 December 0'));
  assert.equal(letter.values.letterDate?.value.problem, '0 is not a year a letter can be dated');
  assert.equal(letter.partsById('letterDate').length, 1);
  assert.ok(!letter.partsById('addressee')[0].blocks.some((b) => b.text.text.includes('December')));
});

test('any text: reading a date never throws', () => {
  fc.assert(fc.property(fc.string(), (s) => void (isDateLine(s), parseDate(s), parseInspectionDays(s))));
});
