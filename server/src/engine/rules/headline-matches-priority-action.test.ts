import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { replaceOnce } from '../testing';
import { findingsOf, hasCorpus, lettersFlagged, realLetter } from '../templates/focused-visit/testing';

const skip = !hasCorpus() && 'the focused-visit corpus is not on this machine';
const code = 'headline-matches-priority-action';
const of = (text: string) => findingsOf(code, text);

test('no real focused-visit letter is flagged: the earlier visits’ priority actions of halton-2023-01-13 and north-east-lincolnshire-2021-06-18 are left alone', { skip }, () => {
  assert.deepEqual(lettersFlagged(code), []);
});

test('halton-2023-01-13 without the sentence naming the previous visit (line 38): its priority actions read as this visit’s, with no section: a warning', { skip }, () => {
  const text = replaceOnce(realLetter('halton-2023-01-13'), 'Halton children’s services’ previous focused visit took place in March 2021. Inspectors\nmade', 'Inspectors\nmade');
  const [d, more] = of(text);
  assert.equal(more, undefined);
  assert.equal(d.severity, 'warning');
  assert.equal(text.slice(d.span.start, d.span.end), 'areas for priority action');
  assert.match(d.message, /The headline findings speak of 'areas for priority action', but the letter has no section 'Areas for priority action'/);
  assert.deepEqual(d.fixes, []);
});

test("slough-2026-01-12 (with Areas for priority action) whose headline says 'There are no priority actions.' (the words of warrington-2018-02-23): a warning pointing at the section", { skip }, () => {
  const text = replaceOnce(realLetter('slough-2026-01-12'), 'remain significantly\ninconsistent.\n', 'remain significantly\ninconsistent. There are no priority actions.\n');
  const [d, more] = of(text);
  assert.equal(more, undefined);
  assert.equal(text.slice(d.span.start, d.span.end), 'no priority actions');
  assert.match(d.message, /say 'no priority actions', but the letter has the section 'Areas for priority action'/);
  assert.equal(d.relatedInformation?.length, 1);
});
