import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { parseLetter } from '../parse/letter';
import { replaceOnce, seed } from '../testing';
import { findMarkers } from './markers';

const markersOf = (text: string) => {
  const letter = parseLetter(text);
  return findMarkers(letter).map((m) => ({ kind: m.kind, aspect: m.aspect, section: m.section, text: letter.source.slice(m.span).replace(/\s+/g, ' ') }));
};

test('the markers of the real letters, with their sections', () => {
  assert.deepEqual(markersOf(seed('durham')), []);
  assert.deepEqual(markersOf(seed('derby')), [
    { kind: 'priorityAction', aspect: false, section: 'areasForDevelopment', text: 'This was an area for priority action at the previous inspection.' },
    { kind: 'development', aspect: false, section: 'areasForDevelopment', text: 'This was an area for development at the previous inspection.' },
  ]);
  assert.deepEqual(markersOf(seed('staffordshire')), [
    { kind: 'development', aspect: false, section: 'areasForDevelopment', text: 'this was an area for development at the last inspection.' },
    { kind: 'development', aspect: false, section: 'areasForDevelopment', text: 'This was an area for development at the last inspection.' },
    { kind: 'development', aspect: false, section: 'areasForDevelopment', text: 'The electronic case recording system was an area for development at the last inspection.' },
  ]);
  assert.deepEqual(markersOf(seed('doncaster')), [
    { kind: 'development', aspect: false, section: 'areasForDevelopment', text: 'This was an area for development at the previous inspection.' },
  ]);
});

test("the council report's wording (003) and obvious variants", () => {
  const at = 'and agreed\n\n\n\nby a manager.';
  const with_ = (sentence: string) => markersOf(replaceOnce(seed('durham'), at, `${at} ${sentence}`));
  assert.deepEqual(with_('This was one aspect of an area for development at the previous unannounced inspection.'), [
    { kind: 'development', aspect: true, section: 'areasForDevelopment', text: 'This was one aspect of an area for development at the previous unannounced inspection.' },
  ]);
  for (const s of [
    'This was also an area for development at the last inspection.',
    'This was identified as an area for development at the previous inspection.',
    'It was an area for development at the earlier inspection.',
    'This remains an area for development since the last inspection.',
  ])
    assert.equal(with_(s).length, 1, s);
  assert.equal(with_('This was an area for priority action at the last inspection.')[0].kind, 'priorityAction');
});

test('progress since the last inspection is not a marker', () => {
  const text = seed('derby');
  assert.ok(text.includes('Considerable action has been taken since the last inspection'));
  assert.ok(markersOf(text).every((m) => m.section !== 'strengths'));
});
