import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { corpusFiles, corpusText } from '../testing';
import { patternWordsOf, plainWordsOf } from './report';

test("a label's words: the plain-text reading gives what folding and the pattern give, or leaves the text to them", () => {
  const cases: [string, string[] | undefined][] = [
    ['The experiences and progress of children in care', ['the', 'experiences', 'and', 'progress', 'of', 'children', 'in', 'care']],
    ["Children's services: good.", ["children's", 'services', 'good']],
    ['  multi-agency\t(MASH) 2025 ', ['multi', 'agency', 'mash', '2025']],
    ['Children’s services', undefined],
    ['`quoted`', undefined],
    ['', []],
  ];
  for (const [text, plain] of cases) {
    assert.deepEqual(plainWordsOf(text), plain, text);
    if (plain) assert.deepEqual(plain, patternWordsOf(text), text);
  }
});

test('the words of every line of the real ILACS and SIF reports: both readings agree', () => {
  let lines = 0;
  for (const kind of ['ilacs-report', 'sif-report']) {
    for (const file of corpusFiles(kind)) {
      for (const line of corpusText(`${kind}/${file}`).split('\n')) {
        const plain = plainWordsOf(line);
        if (plain) assert.deepEqual(plain, patternWordsOf(line), `${kind}/${file}: ${line}`);
        lines++;
      }
    }
  }
  if (corpusFiles('ilacs-report').length) assert.ok(lines > 50_000, `${lines} lines`);
});
