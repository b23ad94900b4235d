import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { check, covered, describe, LETTERS, removeLineWith, replaceOnce, seed, withCode } from '../testing';
import { analyseText, hasCorpus, realLetter } from '../templates/focused-visit/testing';
import { applyFirstFix, reformattedLetters, structural } from './structure/testing';

const derby = seed('derby');
const STATUTE = 'The inspection was carried out under section 138 of the Education and Inspections Act 2006.';

function onlyFixed(text: string) {
  const diagnostics = structural(text);
  assert.equal(diagnostics.length, 1, describe(diagnostics));
  assert.equal(diagnostics[0].code, 'fixed-sentence');
  return diagnostics[0];
}

test('the real letters\' fixed sentences, reformatted or not, are in the standard wording', () => {
  for (const name of LETTERS) assert.deepEqual(withCode(check(seed(name)), 'fixed-sentence'), [], name);
  for (const { name, text } of reformattedLetters()) assert.deepEqual(withCode(structural(text), 'fixed-sentence'), [], name);
});

test('a changed word is a warning on that word, naming what differs; the safe fix restores the sentence', () => {
  const text = replaceOnce(derby, 'This letter summarises', 'This letter summarise');
  const d = onlyFixed(text);
  assert.equal(d.severity, 'warning');
  assert.equal(covered(text, d), 'summarise');
  assert.equal(
    d.message,
    "The sentence 'This letter summarises the findings…' of the opening paragraph differs from the standard wording: 'summarise' where the standard wording has 'summarises'.",
  );
  assert.equal(d.fixes[0].safe, true);
  assert.equal(applyFirstFix(text, d), derby, 'the council and the dates kept');
});

test('words of one variant mixed into another are named; the fix gives the closest variant', () => {
  const text = replaceOnce(derby, 'It will contribute to the annual review', "It will contribute to next year's annual review");
  const d = onlyFixed(text);
  assert.equal(d.severity, 'warning');
  assert.equal(covered(text, d), "next year's");
  assert.match(d.message, /'next year's' where the standard wording has 'the'/);
  assert.equal(applyFirstFix(text, d), derby);
});

test('the fix keeps the alternatives the draft chose', () => {
  const staffordshire = seed('staffordshire');
  const text = replaceOnce(staffordshire, 'Inspectors considered a range of evidence', 'Inspectors examined a range of evidence');
  const d = onlyFixed(text);
  assert.match(d.message, /'examined' where the standard wording has 'considered'/);
  assert.equal(applyFirstFix(text, d), staffordshire, 'electronic and paper case records, social workers and senior practitioners');
});

test('a missing word in the title is a warning, with the council kept', () => {
  const text = replaceOnce(derby, 'within Derby City Council children', 'in Derby City Council children');
  const d = onlyFixed(text);
  assert.equal(d.severity, 'warning');
  assert.match(d.message, /^The title differs from the standard wording: 'within' is missing\.$/);
  assert.equal(applyFirstFix(text, d), derby);
});

test('a sentence in other words is an error saying so, with a fix only for review', () => {
  const text = replaceOnce(derby, STATUTE, 'We visited the council over two days and looked at many things.');
  const d = onlyFixed(text);
  assert.equal(d.severity, 'error');
  assert.equal(covered(text, d), 'We visited the council over two days and looked at many things.');
  assert.match(d.message, /^This is not the standard wording of the sentence 'The inspection was carried out…' of the opening paragraph: the template has 'The inspection was carried out under section 138/);
  assert.equal(d.fixes[0].safe, false);
  assert.equal(applyFirstFix(text, d), derby);
});

test('a missing sentence is an error where it belongs, with a fix inserting it', () => {
  const text = replaceOnce(derby, STATUTE + ' ', '');
  const d = onlyFixed(text);
  assert.equal(d.severity, 'error');
  assert.equal(d.span.start, text.indexOf('It will contribute'));
  assert.equal(d.span.end, d.span.start);
  assert.match(d.message, /^The sentence 'The inspection was carried out…' of the opening paragraph is missing/);
  assert.equal(applyFirstFix(text, d), derby);

  const noThanks = replaceOnce(derby, ' I would like to thank all of the staff we met for their assistance in undertaking this inspection.', '');
  const t = onlyFixed(noThanks);
  assert.equal(applyFirstFix(noThanks, t), derby, 'appended at the end of the paragraph');
});

test('the lead-in reworded slightly is a near miss, with a safe fix', () => {
  const text = replaceOnce(derby, 'From the evidence gathered, the following features', 'From the evidence gathered the following features');
  const d = onlyFixed(text);
  assert.equal(d.severity, 'warning');
  assert.match(d.message, /^The lead-in to the findings differs from the standard wording: ',' is missing\.$/);
  assert.equal(applyFirstFix(text, d), derby);
});

test('which variant of the summary fits the sections is not this rule\'s business', () => {
  const text = replaceOnce(
    derby,
    'The inspection identified areas of strength and areas of practice that met requirements, with some areas for development.',
    'The inspection identified an area for priority action alongside areas of strength, areas of practice that met requirements and areas for development.',
  );
  assert.deepEqual(withCode(check(text), 'fixed-sentence'), []);
});

test('a part missing altogether is left to missing-part', () => {
  assert.deepEqual(structural(removeLineWith(derby, 'This letter summarises')).map((d) => d.code), ['missing-part']);
});

test('a misspelt sign-off is still the sign-off: a near miss on the word, fixed back to the letter as it was', () => {
  const text = replaceOnce(derby, 'Yours sincerely', 'Yours sincerly');
  const d = onlyFixed(text);
  assert.equal(d.severity, 'warning');
  assert.equal(covered(text, d), 'sincerly');
  assert.match(d.message, /'sincerly' where the standard wording has 'sincerely'/);
  assert.equal(applyFirstFix(text, d), derby);
});

test("focused visit: a part named with an abbreviation keeps its capitals in the message (thurrock-2021-08-09, line 24, really omits '(coronavirus)')", { skip: !hasCorpus() && 'the corpus is not on this machine' }, () => {
  const found = withCode(analyseText(realLetter('thurrock-2021-08-09')).diagnostics, 'fixed-sentence');
  assert.equal(found.length, 1);
  assert.equal(found[0].range.start.line + 1, 24);
  assert.match(found[0].message, /^The COVID-19 preamble differs from the standard wording: '\(coronavirus\)' is missing\./);
});
