import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import type { Diagnostic } from '../../analyze';
import { applyFirstFix } from '../../rules/structure/testing';
import { analyseText, corpusNames, hasCorpus, realLetter } from './testing';

/**
 * A wording of another period than the letter's (template.json's from/until on sentence and heading
 * variants) is one hint naming its period (fixed-sentence, heading-wording); real letters get none.
 */

const skip = !hasCorpus() && 'the corpus is not on this machine';

function periodHints(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => (d.code === 'fixed-sentence' || d.code === 'heading-wording') && d.severity === 'hint');
}

function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  assert.ok(at >= 0 && text.indexOf(from, at + 1) < 0, `'${from}' once in the letter`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}


test('no real focused-visit letter gets a wording-period hint (all 151)', { skip }, () => {
  const names = corpusNames();
  assert.equal(names.length, 151);
  const hinted = names.flatMap((name) => periodHints(analyseText(realLetter(name), name).diagnostics).map((d) => `${name}:${d.range.start.line + 1}: ${d.message}`));
  assert.deepEqual(hinted, []);
});

test("'Overview' in a 2024 letter (kent-2024-02-27, line 32) is one hint naming its period, with a fix to 'Headline findings'", { skip }, () => {
  const real = realLetter('kent-2024-02-27');
  const text = replaceOnce(real, '\nHeadline findings\n', '\nOverview\n');
  const all = analyseText(text).diagnostics;
  const hints = periodHints(all);
  assert.equal(hints.length, 1, JSON.stringify(hints));
  const d = hints[0];
  assert.equal(d.code, 'heading-wording');
  assert.equal(d.range.start.line + 1, 32);
  assert.equal(d.message, "'Overview' is the heading of letters up to November 2023; a letter dated 27 February 2024 has 'Headline findings'.");
  assert.equal(d.fixes[0].safe, false);
  assert.equal(applyFirstFix(text, d), real);
  assert.equal(all.filter((x) => x.range.start.line + 1 === 32).length, 1, 'one diagnostic on the heading');
});

test("'Headline findings' in a 2018 letter (derbyshire-2018-03-22, line 29) is one hint with a fix to 'Overview'", { skip }, () => {
  const real = realLetter('derbyshire-2018-03-22');
  const text = replaceOnce(real, '\nOverview\n', '\nHeadline findings\n');
  const hints = periodHints(analyseText(text).diagnostics);
  assert.equal(hints.length, 1, JSON.stringify(hints));
  assert.equal(hints[0].message, "'Headline findings' is the heading of letters from July 2021; a letter dated 22 March 2018 has 'Overview'.");
  assert.equal(applyFirstFix(text, hints[0]), real);
});

test("the closing with 'your next inspection' in a 2024 letter (kent-2024-02-27, line 161) is one hint naming its period", { skip }, () => {
  const text = replaceOnce(realLetter('kent-2024-02-27'), 'when planning the\nnext inspection', 'when planning your\nnext inspection');
  const all = analyseText(text).diagnostics;
  const hints = periodHints(all);
  assert.equal(hints.length, 1, JSON.stringify(hints));
  assert.equal(hints[0].code, 'fixed-sentence');
  assert.equal(hints[0].range.start.line + 1, 161);
  assert.match(hints[0].message, /is in the wording of letters up to December 2023\.$/);
  // Two wordings are in use since 2021 ('Ofsted will take …', 'Ofsted will consider …'): no fix chooses.
  assert.deepEqual(hints[0].fixes, []);
  assert.equal(all.filter((x) => x.code === 'fixed-sentence').length, 1, 'one diagnostic on the sentence');
});
