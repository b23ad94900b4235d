import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { check, describe, LETTERS, seed, withCode } from '../testing';

test('the council report (seed 003) gets exactly one diagnostic, saying it is not a letter', () => {
  const diagnostics = check(seed('leicesterReport'));
  assert.equal(diagnostics.length, 1, describe(diagnostics));
  assert.equal(diagnostics[0].code, 'not-a-letter');
  assert.equal(diagnostics[0].severity, 'warning');
  assert.equal(diagnostics[0].range.start.line, 2, 'placed on the first line of text');
});

test('an empty document gets one information diagnostic inviting the template', () => {
  for (const text of ['', '\n\n  \n', '\uFEFF']) {
    const diagnostics = check(text);
    assert.equal(diagnostics.length, 1, describe(diagnostics));
    assert.equal(diagnostics[0].severity, 'information');
    assert.match(diagnostics[0].message, /empty/);
  }
});

test('the real letters read as letters', () => {
  for (const name of LETTERS) assert.deepEqual(withCode(check(seed(name)), 'not-a-letter'), [], name);
});

test('a letter cut down to its title and closing no longer reads as one', () => {
  const text = 'Annual unannounced inspection of contact, referral and assessment arrangements within Derby City Council children\'s services\n\nSome notes.\n';
  const diagnostics = check(text);
  assert.deepEqual(diagnostics.map((d) => d.code), ['not-a-letter']);
});
