import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { parseLetter } from '../parse/letter';
import { replaceOnce, seed } from '../testing';
import { readClaims, splitTopics } from './claims';

const claimsOf = (text: string) => {
  const letter = parseLetter(text);
  return readClaims(letter).claims.map((c) => ({
    kind: c.kind,
    outcome: c.outcome,
    expects: c.expects,
    remaining: c.remaining,
    remainsOpen: c.remainsOpen,
    month: c.month && `${c.month.month + 1}/${c.month.year}`,
    topics: c.topics.map((t) => letter.source.slice(t.span)),
  }));
};

test('Derby (000): development and priority action considered, some remaining', () => {
  assert.deepEqual(claimsOf(seed('derby')), [
    { kind: 'development', outcome: 'considered', expects: 'any', remaining: undefined, remainsOpen: true, month: '1/2010', topics: [] },
    { kind: 'priorityAction', outcome: 'considered', expects: 'any', remaining: undefined, remainsOpen: true, month: '1/2010', topics: [] },
  ]);
});

test('Durham (001): all addressed', () => {
  assert.deepEqual(claimsOf(seed('durham')), [
    { kind: 'development', outcome: 'allAddressed', expects: 'none', remaining: undefined, remainsOpen: false, month: '3/2010', topics: [] },
  ]);
});

test('Staffordshire (002): some addressed, three named topics remain', () => {
  assert.deepEqual(claimsOf(seed('staffordshire')), [
    {
      kind: 'development',
      outcome: 'someRemainNamed',
      expects: 'named',
      remaining: undefined,
      remainsOpen: true,
      month: '8/2010',
      topics: [
        "reflecting children's ethnicity, religion and cultural identity in case records",
        "the inclusion of parents' views in assessments and case planning",
        'the electronic case recording system',
      ],
    },
  ]);
});

test('Doncaster (004): priority action addressed, all but one area of development', () => {
  assert.deepEqual(claimsOf(seed('doncaster')), [
    { kind: 'priorityAction', outcome: 'allAddressed', expects: 'none', remaining: undefined, remainsOpen: false, month: '1/2010', topics: [] },
    { kind: 'development', outcome: 'allButN', expects: 'count', remaining: 1, remainsOpen: true, month: '1/2010', topics: [] },
  ]);
});

test('wordings from the council report (003) and obvious variants', () => {
  const base = seed('durham');
  const variant = (to: string) => claimsOf(replaceOnce(base, 'in March 2010 have been addressed.', to))[0];
  assert.equal(variant('in August 2009 have been addressed in part or fully.').outcome, 'partlyAddressed');
  assert.equal(variant('in March 2010 have not been addressed.').outcome, 'notAddressed');
  assert.equal(variant('in March 2010 have all been fully addressed.').outcome, 'allAddressed');
  assert.equal(variant('in March 2010 have been considered. All of these have been addressed.').expects, 'none');
  assert.equal(variant('in March 2010 were looked at again.').outcome, 'unknown');
  const areasFor = claimsOf(replaceOnce(base, 'The areas of development identified', 'The areas for development identified'))[0];
  assert.equal(areasFor.outcome, 'allAddressed');
  const allButTwo = claimsOf(replaceOnce(base, 'The areas of development identified', 'All but two of the areas for development identified'))[0];
  assert.deepEqual([allButTwo.outcome, allButTwo.remaining], ['allButN', 2]);
});

test('splitTopics keeps a list inside a topic together', () => {
  assert.deepEqual(
    splitTopics('supervision, the timeliness of assessments, and recording ethnicity, religion and culture').map((t) => t.text),
    ['supervision', 'the timeliness of assessments', 'recording ethnicity, religion and culture'],
  );
});
