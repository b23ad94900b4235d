import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { seed } from '../testing';
import { LineMemo, ownCopy } from './line-memo';
import { SourceText } from './source';

test('a document is taken as checked again once its sample lines were read, and only then (the real letters of Derby and Durham)', () => {
  const memo = new LineMemo(100);
  const derby = new SourceText(seed('derby')).lines;
  const durham = new SourceText(seed('durham')).lines;
  assert.equal(memo.checkedAgain(derby), false, 'read for the first time');
  assert.equal(memo.checkedAgain(derby), true, 'read again');
  assert.equal(memo.checkedAgain(durham), false, 'another letter');
  // A draft edited between checks: a line changed, the rest as they were.
  const edited = new SourceText(seed('derby').replace('Derby', 'Derby City')).lines;
  assert.equal(memo.checkedAgain(edited), true, 'the draft after an edit');
  // Too short to sample: never taken as checked again.
  assert.equal(memo.checkedAgain(new SourceText('Dear Ms Smith\n').lines), false);
  assert.equal(memo.checkedAgain(new SourceText('Dear Ms Smith\n').lines), false);
});

test('remembered lines are bounded, and copies of their own', () => {
  const memo = new LineMemo(2);
  const text = 'one line long enough to be cut as a view\nanother line\na third line';
  const lines = new SourceText(text).lines;
  for (const l of lines) memo.add(l.text);
  assert.equal(memo.has(lines[2].text), true);
  assert.equal(memo.has(lines[0].text), false, 'forgotten when the memo filled');
  assert.equal(ownCopy(lines[0].text), lines[0].text);
});
