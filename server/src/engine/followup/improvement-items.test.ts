import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fold, loadRealPairs } from '../../../../test/eval/real-pairs';
import { improvementItems } from './improvement-items';

const CORPUS = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'corpus');
const read = (path: string) => readFileSync(join(CORPUS, path), 'utf8');

test('the items of every previous document of the real pairs are read as labelled (ILACS, focused visit and SIF lists)', () => {
  for (const pair of loadRealPairs()) {
    const text = read(pair.previous);
    const items = improvementItems(text);
    assert.deepEqual(
      items.map((i) => i.text),
      pair.items.map((i) => i.text),
      pair.previous,
    );
    // The span covers the labelled lines (from the bullet, or the number on its own line above).
    const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
    items.forEach((item, n) => {
      const [from, to] = pair.items[n].lines;
      assert.ok(lineOf(item.span.start) <= from && from - lineOf(item.span.start) <= 2, `${pair.previous} item ${n + 1} starts at ${lineOf(item.span.start)}, labelled ${from}`);
      assert.equal(lineOf(item.span.end), to, `${pair.previous} item ${n + 1} ends`);
    });
  }
});

test('a focused visit list ends at the next heading even without a blank line (enfield-2018-10-18: U+F06E bullets, a page number, then Findings)', () => {
  const items = improvementItems(read('focused-visit/enfield-2018-10-18.txt'));
  assert.equal(items.length, 6);
  assert.equal(items[5].text, 'The range and accuracy of performance data and audits.');
});

test('a SIF report gives its numbered recommendations, numbers 10 and up sharing the line (suffolk-2016-02-11)', () => {
  const items = improvementItems(read('sif-report/suffolk-2016-02-11.txt'));
  assert.equal(items.length, 10);
  assert.match(items[9].text, /^Develop a multi-agency strategy to tackle neglect/);
});

test('a document without a list has no items; a list read from a PDF with blank lines between bullets keeps every bullet', () => {
  assert.deepEqual(improvementItems('Dear Ms Smith\n\nThis letter has no list.\n'), []);
  const text = 'What needs to improve?\n\n\u25fc The first item.\n\n\u25fc The second item runs\nonto a second line.\n\nThe experiences and progress of children\n';
  assert.deepEqual(
    improvementItems(text).map((i) => fold(i.text)),
    ['The first item.', 'The second item runs onto a second line.'],
  );
});
