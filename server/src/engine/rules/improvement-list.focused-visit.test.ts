import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyseText, hasCorpus, realLetter } from '../templates/focused-visit/testing';

/**
 * The focused-visit letter's `What needs to improve in this area of social work practice?`, on real
 * letters of ../shared/corpus/focused-visit (as they are, and broken as each check is for).
 */
const code = 'improvement-list';
const skip = !hasCorpus() && 'the shared corpus is not on this machine';

function of(text: string) {
  const { template, diagnostics } = analyseText(text);
  assert.equal(template, 'focused-visit');
  return diagnostics.filter((d) => d.code === code);
}

test('blackpool-2025-11-06: tags on every bullet and the footnote: clean', { skip }, () => {
  assert.deepEqual(of(realLetter('blackpool-2025-11-06')), []);
});

test('blackpool-2025-11-06 with the tag taken off its first bullet: a warning on that bullet only', { skip }, () => {
  const text = realLetter('blackpool-2025-11-06');
  const tag = ' (Outcome 3, national framework)';
  const at = text.indexOf(tag);
  const ds = of(text.slice(0, at) + text.slice(at + tag.length));
  assert.deepEqual(
    ds.map((d) => [d.severity, d.range.start.line + 1]),
    [['warning', 47]],
  );
  assert.match(ds[0].message, /2 of the 3 bullets .* tag every bullet or none/);
});

test('st-helens-2024-07-12 has no list (a strong visit): one information at the main findings', { skip }, () => {
  const text = realLetter('st-helens-2024-07-12');
  const ds = of(text);
  assert.deepEqual(
    ds.map((d) => d.severity),
    ['information'],
  );
  assert.equal(text.split('\n')[ds[0].range.start.line], 'Main findings');
  assert.equal(analyseText(text).diagnostics.filter((d) => d.code === 'missing-part').length, 0);
});

test('a bullet of two sentences is a hint (blackburn-with-darwen-2024-05-24 clean, then a sentence added to a bullet)', { skip }, () => {
  const text = realLetter('blackburn-with-darwen-2024-05-24');
  assert.deepEqual(of(text), []);
  const end = 'aware of their entitlements.';
  const broken = text.replace(end, `${end} Leaders know this.`);
  const ds = of(broken);
  assert.deepEqual(
    ds.map((d) => [d.severity, d.range.start.line + 1]),
    [['hint', 58]],
  );
  assert.match(ds[0].message, /more than one sentence/);
});

test('tagged bullets without the footnote are not flagged: it sits at a page foot (plymouth-2025-07-31, real)', { skip }, () => {
  assert.deepEqual(of(realLetter('plymouth-2025-07-31')), []);
});

test("the early 'Areas for improvement' heading heads findings, not a list (nottinghamshire-2018-02-22): nothing said", { skip }, () => {
  assert.deepEqual(of(realLetter('nottinghamshire-2018-02-22')), []);
});
