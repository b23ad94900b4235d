import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadSpeller } from '../../host/dictionary';
import { applyFixes } from '../edits';
import { parseLetter } from '../parse/letter';
import { standardTemplate } from '../template/registry';
import { LETTERS, check, seed, withCode } from '../testing';
import droppedHyphen from './dropped-hyphen';
import type { Report } from './rule';
import spelling from './spelling';

import { CORPUS } from '../testing';
const BLACKPOOL = 'focused-visit/blackpool-2025-11-06.txt';
const corpus = (path: string) => readFileSync(join(CORPUS, path), 'utf8');

function run(rule: typeof droppedHyphen, text: string): Report[] {
  const out: Report[] = [];
  rule.check({ letter: parseLetter(text), template: standardTemplate(), speller: loadSpeller().speller, report: (r) => out.push(r) });
  return out;
}
const words = (text: string, reports: Report[]) => reports.map((r) => text.slice(r.span.start, r.span.end));

test(`${BLACKPOOL}: the words pdftotext joined at a dropped line-end hyphen, each with a safe fix; wellbeing-like words left alone`, () => {
  const text = corpus(BLACKPOOL);
  const found = run(droppedHyphen, text);
  assert.deepEqual(words(text, found), ['highquality', 'informationsharing', 'preproceedings']);
  const after = applyFixes(text, found.flatMap((r) => r.fixes ?? [])).text;
  assert.match(after, /provide high-quality training/);
  assert.match(after, /effective information-sharing ensure/);
  assert.deepEqual(run(droppedHyphen, after), []);
  // Written so on purpose in this letter (mid-line): not a join.
  assert.match(text, /coproduction approach/);
});

test('the joined words it reports are not reported again by the spelling rule', () => {
  const text = corpus(BLACKPOOL);
  const spelt = words(text, run(spelling, text));
  for (const w of ['highquality', 'informationsharing', 'preproceedings']) assert.ok(!spelt.includes(w), w);
});

test('16and 17-year-olds: the number lost its hyphen', () => {
  const text = 'Services for 16and 17-year-olds are good.';
  const found = run(droppedHyphen, text);
  assert.equal(found.length, 1);
  assert.equal(applyFixes(text, found[0].fixes!).text, 'Services for 16- and 17-year-olds are good.');
});

test('real words and hyphenated compounds are left alone; a word the letter accepts too', () => {
  assert.deepEqual(run(droppedHyphen, 'Their wellbeing and multi-agency decision-making are good; 16 and 17-year-olds.'), []);
  assert.equal(run(droppedHyphen, 'The multiagency decisionmaking.').length, 2);
  assert.deepEqual(run(droppedHyphen, '<!-- letter-check words: multiagency -->\nThe multiagency team.'), []);
});

for (const name of LETTERS) {
  test(`${name}: quiet on an old letter`, () => {
    assert.deepEqual(withCode(check(seed(name)), 'dropped-hyphen'), []);
  });
}

test(`${BLACKPOOL}, checked again: the same findings; a word accepted in one letter is reported in the next that does not accept it`, () => {
  const text = corpus(BLACKPOOL);
  const first = words(text, run(droppedHyphen, text));
  assert.deepEqual(words(text, run(droppedHyphen, text)), first);
  const accepting = `<!-- letter-check words: highquality -->\n${text}`;
  assert.deepEqual(words(accepting, run(droppedHyphen, accepting)), ['informationsharing', 'preproceedings']);
  assert.deepEqual(words(text, run(droppedHyphen, text)), first);
});
