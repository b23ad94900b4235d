import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { parseLetter } from '../parse/letter';
import { check, covered, describe, LETTERS, replaceOnce, seed, withCode } from '../testing';
import { applyFirstFix, lineOf, reformattedLetters, structural } from './structure/testing';

const derby = seed('derby');
const SUMMARY = 'The inspection identified areas of strength and areas of practice that met requirements, with some areas for development.\n\n';
const withoutSummary = replaceOnce(derby, SUMMARY, '');

function onlyOrder(text: string) {
  const diagnostics = structural(text);
  assert.equal(diagnostics.length, 1, describe(diagnostics));
  assert.equal(diagnostics[0].code, 'part-order');
  assert.equal(diagnostics[0].severity, 'error');
  return diagnostics[0];
}

test('the real letters and their reformatted copies are in order', () => {
  for (const name of LETTERS) assert.deepEqual(withCode(check(seed(name)), 'part-order'), [], name);
  for (const { name, text } of reformattedLetters()) assert.deepEqual(withCode(structural(text), 'part-order'), [], name);
});

test('a summary sentence moved below the lead-in is one diagnostic, and the fix moves it back', () => {
  const text = replaceOnce(withoutSummary, 'Strengths\n\n- Considerable', SUMMARY + 'Strengths\n\n- Considerable');
  const d = onlyOrder(text);
  assert.match(covered(text, d), /^The inspection identified areas of strength/);
  assert.equal(d.message, 'The summary sentence is out of place: it should come after the evidence paragraph and before the previous inspection paragraph.');
  assert.equal(d.fixes[0].safe, false);
  const fixed = applyFirstFix(text, d);
  assert.equal(fixed, derby, 'moved back exactly where it was');
});

test('a paragraph moved into the middle of a section is one diagnostic: the findings after it stay in the section', () => {
  const text = replaceOnce(withoutSummary, '- Safeguarding responsibilities are', '\n' + SUMMARY + '- Safeguarding responsibilities are');
  const d = onlyOrder(text);
  assert.equal(lineOf(text, d.span.start), lineOf(text, text.indexOf('The inspection identified')));
  assert.equal(parseLetter(text).section('meetsRequirements')?.findings.length, 9);
  assert.deepEqual(structural(applyFirstFix(text, d)), []);
});

test('a whole section moved is one diagnostic on its heading, and moves back with its findings', () => {
  const start = derby.indexOf('Strengths\n');
  const end = derby.indexOf('The service meets the requirements');
  const section = derby.slice(start, end);
  const text = replaceOnce(derby.slice(0, start) + derby.slice(end), 'Any areas for development identified', section + 'Any areas for development identified');
  const d = onlyOrder(text);
  assert.equal(covered(text, d), 'Strengths');
  assert.equal(d.message, 'The Strengths section is out of place: it should come after the lead-in to the findings and before the Areas that meet requirements section.');
  const fixed = applyFirstFix(text, d);
  assert.equal(fixed, derby);
});

test('the closing paragraph put before the lead-in is reported, not every part after it', () => {
  const closing = 'Any areas for development identified above will be specifically considered in any future inspection of services to safeguard children within your area.\n\n';
  const text = replaceOnce(replaceOnce(derby, closing, ''), 'From the evidence gathered', closing + 'From the evidence gathered');
  const d = onlyOrder(text);
  assert.match(covered(text, d), /^Any areas for development identified above/);
  assert.match(d.message, /should come after the Areas for development section and before the sign-off/);
  assert.deepEqual(structural(applyFirstFix(text, d)), []);
});

test('a salutation moved down into the body is one diagnostic: the parts above it are not taken for the address', () => {
  const text = replaceOnce(replaceOnce(derby, 'Dear Ms Davidson\n\n', ''), 'The inspection sampled', 'Dear Ms Davidson\n\nThe inspection sampled');
  const d = onlyOrder(text);
  assert.equal(covered(text, d), 'Dear Ms Davidson');
  assert.equal(d.message, 'The salutation is out of place: it should come after the addressee block and before the title.');
  assert.equal(applyFirstFix(text, d), derby);
});

test('a salutation moved above the date is one diagnostic', () => {
  const text = replaceOnce(replaceOnce(derby, 'Dear Ms Davidson\n\n', ''), '1 December 2010', 'Dear Ms Davidson\n\n1 December 2010');
  const d = onlyOrder(text);
  assert.equal(covered(text, d), 'Dear Ms Davidson');
  assert.deepEqual(structural(applyFirstFix(text, d)), []);
});

test('the date moved below the addressee block is one diagnostic on the date, not a missing addressee', () => {
  const text = replaceOnce(replaceOnce(derby, '1 December 2010\n\n', ''), 'DE1 3NN\n\n', 'DE1 3NN\n\n1 December 2010\n\n');
  const d = onlyOrder(text);
  assert.equal(covered(text, d), '1 December 2010');
  assert.equal(d.message, 'The letter date is out of place: it should come after the letterhead and before the addressee block.');
  assert.equal(parseLetter(text).values.addressee?.fullName.value, 'Ms Jo Davidson');
  assert.deepEqual(structural(applyFirstFix(text, d)), []);
});

test('the addressee block moved into the body is one diagnostic on it, not a missing addressee and a paragraph not known', () => {
  const address = derby.slice(derby.indexOf('Ms Jo Davidson'), derby.indexOf('Dear Ms Davidson'));
  const text = replaceOnce(replaceOnce(derby, address, ''), 'The inspection sampled', address + 'The inspection sampled');
  const d = onlyOrder(text);
  assert.equal(covered(text, d), 'Ms Jo Davidson');
  assert.equal(d.message, 'The addressee block is out of place: it should come after the letter date and before the salutation.');
  assert.equal(parseLetter(text).values.addressee?.surname?.value, 'Davidson');
  assert.deepEqual(structural(applyFirstFix(text, d)), []);
});

test('a body paragraph moved up among the address lines is one diagnostic', () => {
  const text = replaceOnce(withoutSummary, 'Ms Jo Davidson', SUMMARY + 'Ms Jo Davidson');
  const d = onlyOrder(text);
  assert.match(covered(text, d), /^The inspection identified/);
  assert.equal(applyFirstFix(text, d), derby);
});

test('a lead-in moved above the summary is one diagnostic: the previous-inspection paragraphs stay what they are', () => {
  const leadIn = 'From the evidence gathered, the following features of the service were identified:\n\n';
  const text = replaceOnce(replaceOnce(derby, leadIn, ''), SUMMARY, leadIn + SUMMARY);
  const d = onlyOrder(text);
  assert.match(covered(text, d), /^From the evidence gathered/);
  assert.equal(parseLetter(text).partsById('previousInspection').length, 2);
  assert.deepEqual(structural(applyFirstFix(text, d)), []);
});

test('the closing moved between a heading and its findings is one diagnostic: the findings stay in the section', () => {
  const closing = 'Any areas for development identified above will be specifically considered in any future inspection of services to safeguard children within your area.\n\n';
  const text = replaceOnce(replaceOnce(derby, closing, ''), 'Strengths\n\n', 'Strengths\n\n' + closing);
  const d = onlyOrder(text);
  assert.match(covered(text, d), /^Any areas for development identified above/);
  assert.equal(parseLetter(text).section('strengths')?.findings.length, 2);
  assert.deepEqual(structural(applyFirstFix(text, d)), []);
});

test('"Yours sincerely" moved up is one diagnostic: the name it left behind is not reported as stray text', () => {
  const text = replaceOnce(replaceOnce(derby, 'Yours sincerely\n\n', ''), 'Strengths\n\n', 'Yours sincerely\n\nStrengths\n\n');
  const d = onlyOrder(text);
  assert.equal(covered(text, d), 'Yours sincerely');
  assert.equal(d.message, 'The sign-off is out of place: it should come after the closing paragraph and before the copy list.');
  assert.equal(applyFirstFix(text, d), derby);
});
