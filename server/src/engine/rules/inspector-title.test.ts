import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { LETTERS, replaceOnce, seed } from '../testing';
import { consistency, expectFixClears, expectOnly } from './consistency/testing';

const code = 'inspector-title';

/** Durham moved to 2023, every date shifted together so nothing else changes. */
function durham2023(): string {
  let text = seed('durham');
  text = replaceOnce(text, '9 March 2011', '9 March 2023');
  text = replaceOnce(text, '8 and 9 February 2011', '8 and 9 February 2023');
  return replaceOnce(text, 'March 2010', 'March 2022');
}

test("the real letters (2010 to 2012) sign as Her Majesty's Inspector", () => {
  for (const name of LETTERS) assert.deepEqual(consistency(seed(name)).filter((d) => d.code === code), [], name);
});

test("\"His Majesty's Inspector\" in a 2010 letter: warning with a safe fix", () => {
  const text = replaceOnce(seed('derby'), "Her Majesty's Inspector", "His Majesty's Inspector");
  const d = expectOnly(text, code, 'warning', "His Majesty's Inspector");
  assert.match(d.message, /dated 1 December 2010, so the inspector signs as 'Her Majesty's Inspector'/);
  assert.ok(d.fixes[0].safe);
  assert.equal(expectFixClears(text, d), seed('derby'));
});

test("a 2023 letter signs as His Majesty's Inspector (one-line sign-off of durham)", () => {
  const text = durham2023();
  const d = expectOnly(text, code, 'warning', "Her Majesty's Inspector");
  assert.match(d.message, /so the inspector signs as 'His Majesty's Inspector'/);
  expectFixClears(text, d);
  assert.deepEqual(consistency(replaceOnce(text, "Her Majesty's Inspector", "His Majesty's Inspector")), []);
});

test('on the day of the change either title is accepted; a curly apostrophe is fine', () => {
  const text = replaceOnce(replaceOnce(seed('derby'), '1 December 2010', '8 September 2022'), '2 and 3 November 2010', '10 and 11 August 2022');
  const onTheDay = consistency(text).filter((d) => d.code === code);
  assert.deepEqual(onTheDay, []);
  assert.deepEqual(consistency(replaceOnce(text, "Her Majesty's", "His Majesty's")).filter((d) => d.code === code), []);
  assert.deepEqual(consistency(replaceOnce(seed('derby'), "Her Majesty's", 'Her Majesty\u2019s')), []);
});

test('a misspelt title is read as the title and reported as a misspelling, not as the wrong monarch', () => {
  const text = replaceOnce(seed('doncaster'), "Her Majesty's Inspector", "Her Majesty's Inspecter");
  const d = expectOnly(text, code, 'warning', "Her Majesty's Inspecter");
  assert.equal(d.message, "The inspector's title should read 'Her Majesty's Inspector', not 'Her Majesty's Inspecter'.");
  assert.equal(expectFixClears(text, d), seed('doncaster'));
});
