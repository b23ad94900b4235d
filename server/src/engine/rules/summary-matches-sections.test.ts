import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { LETTERS, replaceOnce, seed } from '../testing';
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
  assert.ok(d.fixes[0].safe, 'an exact template sentence is replaced safely');
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
