import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { check, describe, LETTERS, replaceOnce, seed } from '../testing';
import { applyFirstFix, between, consistency, expectFixClears, expectOnly } from './consistency/testing';

const PLURAL = 'The inspection identified areas of strength and areas of practice that met requirements, with some areas for development.';
const SINGULAR = 'The inspection identified an area of strength and areas of practice that met requirements, with some areas for development.';
const NONE = 'The inspection identified areas of practice that met requirements, with some areas for development.';
const PRIORITY = 'The inspection identified an area for priority action alongside areas of practice that met requirements and areas for development.';

const code = 'summary-matches-sections';

test('the real letters agree with their summary sentences (001 says areas of strength over one strength)', () => {
  for (const name of LETTERS) assert.deepEqual(consistency(seed(name)).filter((d) => d.code === code), [], name);
});

test('derby without its Strengths section: the summary still names strengths (error), fixed to the no-strengths variant', () => {
  const derby = seed('derby');
  const text = replaceOnce(derby, between(derby, 'Strengths\n', 'The service meets'), '');
  const d = expectOnly(text, code, 'error', PLURAL);
  assert.match(d.message, /names 'areas of strength' but the letter has no Strengths section/);
  assert.equal(d.fixes[0].safe, false, 'switching the variant changes what the letter claims: reviewed, not fix-all (issue 14, item 4)');
  assert.match(expectFixClears(text, d), new RegExp(NONE.replace(/[.]/g, '\\.')));
});

test("derby saying 'an area of strength' over two strengths is a warning, fixed to the plural", () => {
  const text = replaceOnce(seed('derby'), PLURAL, SINGULAR);
  const d = expectOnly(text, code, 'warning', SINGULAR);
  assert.match(d.message, /'an area of strength' but the Strengths section has 2 findings/);
  assert.ok(expectFixClears(text, d).includes(PLURAL));
});

test("durham's single strength goes with either 'an area of strength' or 'areas of strength'", () => {
  assert.deepEqual(consistency(replaceOnce(seed('durham'), PLURAL, SINGULAR)), []);
});

test('doncaster saying no strengths while it has a Strengths section: error, fixed to the singular variant', () => {
  const text = replaceOnce(seed('doncaster'), SINGULAR, NONE);
  const d = expectOnly(text, code, 'error', NONE);
  assert.match(d.message, /names no strengths but the letter has a Strengths section/);
  assert.ok(d.relatedInformation?.some((r) => r.message.includes('Strengths')), 'points at the Strengths section');
  assert.ok(expectFixClears(text, d).includes(SINGULAR));
});

test('derby summary naming priority action without the section: error, fixed', () => {
  const text = replaceOnce(seed('derby'), PLURAL, PRIORITY);
  const d = expectOnly(text, code, 'error', PRIORITY);
  // Both facts are wrong here: it names no strengths (derby has them) and names priority action.
  assert.match(d.message, /names no strengths.*priority action/);
  assert.ok(expectFixClears(text, d).includes(PLURAL));
});

test('staffordshire summary without its priority action: one error naming both mismatches, fixed', () => {
  const text = replaceOnce(seed('staffordshire'), PRIORITY, PLURAL);
  const d = expectOnly(text, code, 'error', PLURAL);
  assert.match(d.message, /no Strengths section/);
  assert.match(d.message, /does not name the area for priority action/);
  assert.ok(expectFixClears(text, d).includes(PRIORITY));
});

test('a reworded summary (near miss) is still checked, but its fix needs review', () => {
  const reworded = 'The inspection identified areas of strength and areas of practice that met the requirements, with some areas for development.';
  const derby = seed('derby');
  const text = replaceOnce(replaceOnce(derby, between(derby, 'Strengths\n', 'The service meets'), ''), PLURAL, reworded);
  const d = consistency(text).find((x) => x.code === code);
  assert.ok(d, 'reported');
  assert.equal(d.fixes[0].safe, false);
  assert.ok(applyFirstFix(text, d).includes(NONE));
});

/**
 * Issue 14, item 3: a real 2010 letter's summary, in the earlier (2009-10) wording, was read as the
 * variant naming no strengths: an error "names no strengths" and a second diagnostic on the sentence.
 */
const EARLIER = 'The inspection identified areas of strength and satisfactory practice, with some areas for development.';
const summaryLine = (text: string, sentence: string) => check(text).filter((d) => d.range.start.line === text.slice(0, text.indexOf(sentence)).split('\n').length - 1);

test('the 2009-10 wording of the summary in derby (dated 1 December 2010, in its period) is accepted: nothing on the sentence', () => {
  const text = replaceOnce(seed('derby'), PLURAL, EARLIER);
  assert.deepEqual(describe(summaryLine(text, EARLIER)), '');
});

test('the 2009-10 wording in derby dated December 2011 is out of its period: one warning, offering the current wording', () => {
  let text = replaceOnce(seed('derby'), PLURAL, EARLIER);
  text = replaceOnce(replaceOnce(text, '1 December 2010', '1 December 2011'), '2 and 3 November 2010', '2 and 3 November 2011');
  const ds = summaryLine(text, EARLIER);
  assert.equal(ds.length, 1, describe(ds));
  assert.equal(ds[0].code, 'fixed-sentence');
  assert.match(ds[0].message, /earlier wording, used in letters up to 31 December 2010/);
  assert.equal(ds[0].fixes[0].edits[0].newText, PLURAL);
});

test('the 2009-10 wording in derby without its Strengths section: one error, that it names strengths', () => {
  const derby = seed('derby');
  const text = replaceOnce(replaceOnce(derby, between(derby, 'Strengths\n', 'The service meets'), ''), PLURAL, EARLIER);
  const ds = summaryLine(text, EARLIER);
  assert.equal(ds.length, 1, describe(ds));
  assert.equal(ds[0].code, code);
  assert.match(ds[0].message, /names 'areas of strength' but the letter has no Strengths section/);
});

test('a summary in a wording of its own is read for what its words say, and gets at most one diagnostic', () => {
  const derby = seed('derby');
  // Says strengths, in words no variant has: no contradiction with derby's Strengths section, one note on the wording.
  const own = 'The inspection identified strengths and satisfactory practice, as well as some areas for development.';
  const ds = summaryLine(replaceOnce(derby, PLURAL, own), own);
  assert.equal(ds.length, 1, describe(ds));
  assert.equal(ds[0].code, 'fixed-sentence');
  // Says priority action, which derby has none of: one error, and no second diagnostic on the wording.
  const pa = 'The inspection identified an area for priority action and areas of strength, with some areas for development.';
  const dpa = summaryLine(replaceOnce(derby, PLURAL, pa), pa);
  assert.equal(dpa.length, 1, describe(dpa));
  assert.match(dpa[0].message, /names an area for priority action but the letter has no Area for priority action section/);
  // A near miss of the no-strengths variant that drops words: one error (no strengths named, derby has them).
  const near = 'The inspection identified practice that met requirements, with some areas for development.';
  const dn = summaryLine(replaceOnce(derby, PLURAL, near), near);
  assert.equal(dn.length, 1, describe(dn));
  assert.equal(dn[0].code, code);
  assert.equal(dn[0].fixes[0].edits[0].newText, PLURAL);
});
