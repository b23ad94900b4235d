import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { applyFixes } from '../edits';
import { analyseText, findingsOf, hasCorpus, realLetter } from '../templates/focused-visit/testing';

const skip = !hasCorpus() && 'the focused-visit corpus is not on this machine';
const code = 'valediction';
const of = (text: string) => findingsOf(code, text);

test('real letters signed Yours sincerely (with and without a comma) give nothing', { skip }, () => {
  for (const name of ['slough-2026-01-12', 'central-bedfordshire-2024-03-26', 'nottinghamshire-2018-02-22']) assert.deepEqual(of(realLetter(name)), [], name);
});

test("'Your sincerely' in the real leicestershire-2022-03-02 (line 177): one error, its safe fix restores the letter", { skip }, () => {
  const text = realLetter('leicestershire-2022-03-02');
  const [d] = of(text);
  assert.equal(d.severity, 'error');
  assert.equal(d.range.start.line + 1, 177);
  assert.equal(text.slice(d.span.start, d.span.end), 'Your sincerely');
  const fixed = applyFixes(text, [d.fixes[0]]).text;
  assert.deepEqual(of(fixed), []);
});

test("slough-2026-01-12 broken: 'Yours sincerly' is an error, 'Yours sincerely,' is not", { skip }, () => {
  const text = realLetter('slough-2026-01-12');
  const [d] = of(text.replace('Yours sincerely', 'Yours sincerly'));
  assert.match(d.message, /The valediction is 'Yours sincerely': this letter has 'Yours sincerly'/);
  assert.deepEqual(of(text.replace('Yours sincerely', 'Yours sincerely,')), []);
});

test("slough-2026-01-12 without the inspector's title under the name: nothing here, inspector-signature reports it", { skip }, () => {
  const text = realLetter('slough-2026-01-12').replace('His Majesty’s Inspector\n', '');
  assert.deepEqual(of(text), []);
  const [d, more] = analyseText(text).diagnostics.filter((x) => x.code === 'inspector-signature');
  assert.equal(more, undefined);
  assert.equal(d.severity, 'error');
  assert.match(d.message, /no title under the inspector's name: add 'His Majesty's Inspector'/);
  assert.equal(d.fixes[0].safe, false);
});
