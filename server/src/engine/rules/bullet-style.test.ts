import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { applyFixes } from '../edits';
import { check, covered, describe, replaceOnce, seed, withCode } from '../testing';
import bulletStyle from './bullet-style';

const only = { rules: [bulletStyle] };
const fixAll = (text: string) => applyFixes(text, check(text, only).flatMap((d) => d.fixes.filter((f) => f.safe))).text;

test('the real letters get one hint per section that strays from "- ", never per bullet', () => {
  const lines = (name: Parameters<typeof seed>[0]) => withCode(check(seed(name)), 'bullet-style').map((d) => [d.range.start.line + 1, d.severity]);
  assert.deepEqual(lines('derby'), [[56, 'hint']], 'the unbulleted first area for development');
  assert.deepEqual(lines('durham'), [[27, 'hint'], [55, 'hint']], 'the strength with a leading space, the unbulleted area for development');
  assert.deepEqual(lines('doncaster'), [[28, 'hint']], 'the ▪ strength');
  assert.deepEqual(lines('staffordshire'), [], 'its ▪ bullets are run together: left to run-together-bullets');
});

test('the message counts and names the styles; the fix gives every finding "- "', () => {
  const text = seed('durham');
  const [strength, development] = check(text, only);
  assert.match(strength.message, /^Under 'Strengths', the finding starts with a leading space instead of '- '/);
  assert.match(development.message, /^Under 'Areas for development', 1 of the 3 findings starts with no bullet/);
  const fixed = fixAll(text);
  assert.ok(fixed.includes('\n- Social workers in the children with disability team'));
  assert.ok(fixed.includes('\n- The quality of assessments is too variable.'));
  assert.deepEqual(check(fixed, only), []);
});

test('mixed marks in one section: one hint on the first, the others as related places, one fix for all', () => {
  const derby = seed('derby');
  let text = replaceOnce(derby, '- Safeguarding responsibilities', '• Safeguarding responsibilities');
  text = replaceOnce(text, '- Plans reflect', '* Plans reflect');
  text = replaceOnce(text, '- An appropriate out-of-hours', '  - An appropriate out-of-hours');
  const found = check(text, only);
  const meets = found.filter((d) => d.message.includes('statutory guidance'));
  assert.equal(meets.length, 1, describe(found));
  assert.equal(meets[0].range.start.line + 1, 45);
  assert.equal(covered(text, meets[0]), '• Safeguarding');
  assert.match(meets[0].message, /3 of the 9 findings start with '•', '\*', '-' after a leading space instead of '- '/);
  assert.equal(meets[0].relatedInformation?.length, 2);
  assert.equal(meets[0].fixes[0].edits.length, 3);
  assert.equal(fixAll(text), replaceOnce(derby, '\nThe quality of initial', '\n- The quality of initial'), 'the other section\'s hint is fixed too');
});

test('numbered findings are left alone', () => {
  const text = replaceOnce(seed('derby'), '- Safeguarding responsibilities', '2. Safeguarding responsibilities');
  assert.deepEqual(check(text, only).map((d) => d.range.start.line + 1), [56]);
});
