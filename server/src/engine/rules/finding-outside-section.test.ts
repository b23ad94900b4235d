import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { check, covered, describe, LETTERS, removeLineWith, replaceOnce, seed, withCode } from '../testing';
import { applyFirstFix, reformattedLetters, structural } from './structure/testing';

const derby = seed('derby');

test('the real letters and their reformatted copies have no finding outside a section', () => {
  for (const name of LETTERS) assert.deepEqual(withCode(check(seed(name)), 'finding-outside-section'), [], name);
  for (const { name, text } of reformattedLetters()) assert.deepEqual(withCode(structural(text), 'finding-outside-section'), [], name);
});

test('a bullet before the first heading is one error covering it', () => {
  const text = replaceOnce(derby, 'Strengths\n\n- Considerable', '- Managers review every referral within a day.\n\nStrengths\n\n- Considerable');
  const diagnostics = structural(text);
  assert.equal(diagnostics.length, 1, describe(diagnostics));
  const [d] = diagnostics;
  assert.equal(d.code, 'finding-outside-section');
  assert.equal(d.severity, 'error');
  assert.equal(covered(text, d), '- Managers review every referral within a day.');
  assert.match(d.message, /^This finding comes after the lead-in but before any section heading/);
  assert.deepEqual(d.fixes, [], 'no section could go before Strengths');
});

test('findings left without their Strengths heading are one diagnostic; the fix (for review) restores the heading', () => {
  const text = removeLineWith(derby, 'Strengths\n');
  const diagnostics = structural(text);
  assert.equal(diagnostics.length, 1, describe(diagnostics));
  const [d] = diagnostics;
  assert.equal(d.code, 'finding-outside-section');
  assert.match(covered(text, d), /^- Considerable action[\s\S]*morale is good\.$/);
  assert.match(d.message, /^These 2 findings come/);
  assert.equal(d.fixes[0].safe, false);
  const fixed = applyFirstFix(text, d);
  assert.deepEqual(structural(fixed), []);
  assert.match(fixed, /identified:\n\nStrengths\n\n- Considerable/);
});

test('findings under a missing required heading are left to missing-part', () => {
  const text = removeLineWith(seed('staffordshire'), 'The service meets the requirements of statutory guidance');
  assert.deepEqual(structural(text).map((d) => d.code), ['missing-part']);
});

test('the Strengths heading put below its findings is one diagnostic (not also an empty section), and the fix moves it back', () => {
  const lines = derby.split('\n');
  const heading = lines.indexOf('Strengths');
  const next = lines.findIndex((l, k) => k > heading && l.startsWith('The service meets'));
  // The heading and its blank line taken from above the findings and put below them.
  const text = [...lines.slice(0, heading), ...lines.slice(heading + 2, next), 'Strengths', '', ...lines.slice(next)].join('\n');
  const found = structural(text);
  assert.equal(found.length, 1, describe(found));
  const d = found[0];
  assert.equal(d.code, 'finding-outside-section');
  assert.match(covered(text, d), /^- Considerable action/);
  assert.equal(d.message, "These 2 findings come just above the heading 'Strengths', which has no findings below it: move the heading above them.");
  assert.equal(d.fixes[0].safe, false);
  assert.equal(applyFirstFix(text, d), derby);
});
