import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { corpusFiles, corpusText } from '../testing';
import { leadKey, patternLeadKey, plainLeadKey } from './classify';

test('the first three words: the plain-text reading gives what the word pattern gives, or leaves the line to it', () => {
  const cases: [string, string | undefined][] = [
    ['This letter summarises the findings', 'this letter summarises'],
    ["It's a multi-agency team", "it's a multi-agency"],
    ['10 Many children are seen', 'many children are'],
    ['a--b c d', 'a b c'],
    ["x-'y z w", 'x y z'],
    ['10th of May', '10th of may'],
    ['`Tick` it', undefined],
    ['Children’s services are', undefined],
    ['abc-é d e', undefined],
    ['{council} is good', undefined],
    ['', ''],
  ];
  for (const [text, plain] of cases) {
    assert.equal(plainLeadKey(text), plain, text);
    assert.equal(leadKey(text), patternLeadKey(text), text);
  }
});

test('the first three words of every line of the real focused-visit letters and ILACS reports: both readings agree', () => {
  let lines = 0;
  for (const kind of ['focused-visit', 'ilacs-report']) {
    for (const file of corpusFiles(kind)) {
      for (const line of corpusText(`${kind}/${file}`).split('\n')) {
        const head = line.slice(0, 80);
        const plain = plainLeadKey(head);
        if (plain !== undefined) assert.equal(plain, patternLeadKey(head), `${kind}/${file}: ${head}`);
        lines++;
      }
    }
  }
  if (corpusFiles('focused-visit').length) assert.ok(lines > 50_000, `${lines} lines`);
});
