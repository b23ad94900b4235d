import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { LETTERS, replaceOnce, seed } from '../testing';
import { consistency, expectFixClears, expectOnly } from './consistency/testing';

const code = 'salutation-names-addressee';

test('the real letters greet their addressees (including 001, whose address is on one line)', () => {
  for (const name of LETTERS) assert.deepEqual(consistency(seed(name)).filter((d) => d.code === code), [], name);
});

test('"Dear Ms Davidon" in derby: error on the name, pointing at the addressee; the fix restores the surname', () => {
  const text = replaceOnce(seed('derby'), 'Dear Ms Davidson', 'Dear Ms Davidon');
  const d = expectOnly(text, code, 'error', 'Ms Davidon');
  assert.match(d.message, /greet the addressee, Ms Jo Davidson, by title and surname \('Dear Ms Davidson'\); its surname differs/);
  assert.equal(d.fixes[0].safe, false, 'which of the two names is right needs a person');
  assert.equal(text.slice(d.relatedInformation![0].span!.start, d.relatedInformation![0].span!.end), 'Ms Jo Davidson');
  assert.equal(expectFixClears(text, d), seed('derby'));
});

test('a wrong courtesy title is reported too', () => {
  const text = replaceOnce(seed('doncaster'), 'Dear Mr Pratt', 'Dear Mrs Pratt');
  const d = expectOnly(text, code, 'error', 'Mrs Pratt');
  assert.match(d.message, /its title differs/);
  expectFixClears(text, d);
});

test('durham (one-line address block) greeting someone else', () => {
  const text = replaceOnce(seed('durham'), 'Dear Mr Williams', 'Dear Mr Wilkinson');
  const d = expectOnly(text, code, 'error', 'Mr Wilkinson');
  assert.equal(expectFixClears(text, d), seed('durham'));
});

test('accepted: a comma after the name, a title with a full stop, case, and the title Dr', () => {
  const derby = seed('derby');
  assert.deepEqual(consistency(replaceOnce(derby, 'Dear Ms Davidson', 'Dear Ms Davidson,')), []);
  assert.deepEqual(consistency(replaceOnce(derby, 'Dear Ms Davidson', 'Dear Ms. DAVIDSON')), []);
  const dr = replaceOnce(replaceOnce(derby, 'Ms Jo Davidson\n', 'Dr Jane Smith\n'), 'Dear Ms Davidson', 'Dear Dr Smith,');
  assert.deepEqual(consistency(dr), []);
});

test('a salutation without the surname says so', () => {
  for (const greeting of ['Dear Sir', 'Dear Ms']) {
    const text = replaceOnce(seed('derby'), 'Dear Ms Davidson', greeting);
    const d = expectOnly(text, code, 'error', greeting.slice(5));
    assert.match(d.message, /it names no surname/);
    expectFixClears(text, d);
  }
});

test('hostile salutations never throw', () => {
  for (const greeting of ['Dear', 'Dear ,', 'Dear  .', 'Dear ' + 'x'.repeat(70), 'Dear Ms Davidson Davidson Davidson']) {
    const text = replaceOnce(seed('derby'), 'Dear Ms Davidson', greeting);
    assert.doesNotThrow(() => consistency(text), greeting);
  }
});
