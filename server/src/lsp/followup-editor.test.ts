import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MarkupContent, TextEdit } from 'vscode-languageserver';
import { analyzeLetter, parseLetter, type PreviousLetter } from '../engine';
import { accountingOf } from '../engine/followup/account';
import { replaceOnce, seed } from '../engine/testing';
import { buildDraft, loadCases } from '../../../test/eval/build';
import { codeLenses } from './code-lens';
import { completions } from './completion';
import { letterName } from './followup-text';
import { hover } from './hover';

/** The follow-up editor features as pure functions (the protocol tests drive them through the server). */

const MARKER = 'This was an area for development at the previous inspection.';
const previous: PreviousLetter = { uri: 'file:///letters/derby%202010.letter', letter: parseLetter(seed('derby')) };

function draft(id = 'derby-2011-not-addressed') {
  const text = buildDraft(loadCases().find((c) => c.id === id)!);
  const letter = parseLetter(text);
  return { text, letter, analysis: analyzeLetter(letter, { previous }), accounting: accountingOf(letter, previous) };
}

const value = (h: ReturnType<typeof hover>) => (h?.contents as MarkupContent | undefined)?.value ?? '';

test('letter names are decoded from the URI', () => {
  assert.equal(letterName(previous.uri), 'derby 2010.letter');
  assert.equal(letterName('file:///a/b/derby.txt?x#y'), 'derby.txt');
});

test('the lens names the previous letter with its inspection days; without one it says how to name one', () => {
  const { analysis } = draft();
  assert.deepEqual(codeLenses(analysis, previous).map((l) => l.command?.title), ['Previous letter: derby 2010.letter (inspection 2 and 3 November 2010)']);
  const [none] = codeLenses(analysis, undefined);
  assert.match(none.command!.title, /^No previous letter found/);
});

// Quiet until there is something to say (issue 14, item 9): no paragraph, no link and no previous letter, no lens;
// a previous letter found gets its lens on line 0 even before the paragraph is written.
test('a letter without a previous-inspection paragraph, link or previous letter gets no lens', () => {
  const text = seed('derby').replace(/\nThe areas? (?:of|for) (?:development|priority action) identified at the previous inspection[^\n]*\n/g, '\n');
  const letter = parseLetter(text);
  assert.equal(letter.partsById('previousInspection').length, 0, 'both paragraphs removed');
  assert.deepEqual(codeLenses(analyzeLetter(letter), undefined), []);
  const lenses = codeLenses(analyzeLetter(letter, { previous }), previous);
  assert.equal(lenses.length, 1);
  assert.equal(lenses[0].range.start.line, 0);
});

test('a marker hover without a previous letter says how to name one', () => {
  const { text, analysis } = draft();
  const offset = text.indexOf(MARKER) + 5;
  assert.match(value(hover(analysis, offset)), /\*\*Carried forward\*\*[\s\S]*No previous letter found/);
});

test('a marker on a finding no previous area matches says so, not a guess', () => {
  const { text } = draft();
  const marked = replaceOnce(text, 'Out-of-hours contacts are not always passed to the day teams by the next morning.', `Out-of-hours contacts are not always passed to the day teams by the next morning. ${MARKER}`);
  const letter = parseLetter(marked);
  const analysis = analyzeLetter(letter, { previous });
  const offset = marked.indexOf(MARKER, marked.indexOf('Out-of-hours contacts')) + 5;
  const h = value(hover(analysis, offset, { previous, accounting: accountingOf(letter, previous) }));
  assert.match(h, /No area for development of the previous letter, derby 2010\.letter \(inspection 2 and 3 November 2010\), matches this finding's topic\./);
  assert.ok(!h.includes('> '), 'no previous finding quoted');
});

test('previous areas are offered only in the areas sections and only with a previous letter', () => {
  const { text, letter, accounting } = draft();
  const inAreas = letter.source.offsetAt({ line: letter.source.lineAt(text.indexOf('Out-of-hours contacts')).index, character: 2 });
  const offered = (items: ReturnType<typeof completions>) => items.filter((i) => i.labelDetails?.description?.startsWith("previous letter's"));
  assert.equal(offered(completions(letter, inAreas, { previous, accounting })).length, 4);
  assert.deepEqual(offered(completions(letter, inAreas)), []);
  const inStrengths = text.indexOf('Considerable action has been taken') + 2;
  assert.deepEqual(offered(completions(letter, inStrengths, { previous, accounting })), []);
});

test('a draft that accounts for every previous area is offered none', () => {
  const { text, letter, accounting } = draft('derby-2011-carried');
  const at = text.indexOf('The wishes and feelings of younger children') + 2;
  const items = completions(letter, at, { previous, accounting }).filter((i) => i.labelDetails?.description?.startsWith("previous letter's"));
  assert.deepEqual(items.map((i) => (i.textEdit as TextEdit).newText), []);
});
