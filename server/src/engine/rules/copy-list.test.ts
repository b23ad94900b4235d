import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { LETTERS, removeLineWith, replaceOnce, seed } from '../testing';
import { consistency, expectFixClears, expectOnly } from './consistency/testing';

const code = 'copy-list';

test("the real letters copy their own council's Chief Executive and the Department for Education", () => {
  for (const name of LETTERS) assert.deepEqual(consistency(seed(name)).filter((d) => d.code === code), [], name);
});

test("derby copying another council's Chief Executive: error on that council's name, fixed", () => {
  const text = replaceOnce(seed('derby'), 'Chief Executive, Derby City Council', 'Chief Executive, Derby County Council');
  const d = expectOnly(text, code, 'error', 'Derby County Council');
  assert.match(d.message, /The Chief Executive copied is of 'Derby County Council', but the letter is to 'Derby City Council'/);
  assert.equal(d.fixes[0].safe, false);
  assert.equal(expectFixClears(text, d), seed('derby'));
});

test("durham's one-line copy list with another council's Chief Executive", () => {
  const text = replaceOnce(seed('durham'), 'Chief Executive, Durham County Council', 'Chief Executive, Derby City Council');
  const d = expectOnly(text, code, 'error', 'Derby City Council');
  assert.equal(expectFixClears(text, d), seed('durham'));
});

test('copy lists without the Department for Education: error on the copy list (with and without the Copy: label)', () => {
  for (const name of ['derby', 'staffordshire', 'doncaster'] as const) {
    const text = removeLineWith(seed(name), 'Department for Education').trimEnd();
    const d = expectOnly(text, code, 'error');
    assert.match(d.message, /should include the Department for Education/);
    assert.match(text.slice(d.span.start, d.span.end), /Chief Executive/, name);
  }
});

test('a Chief Executive of "the Derby City Council" or "Derby Council" is the same council', () => {
  assert.deepEqual(consistency(replaceOnce(seed('derby'), 'Chief Executive, Derby City Council', 'Chief Executive, Derby Council')), []);
});
