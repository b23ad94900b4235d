import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CompletionItem, TextEdit } from 'vscode-languageserver';
import { parseLetter, standardTemplate } from '../engine';
import { removeLineWith, replaceOnce, seed } from '../engine/testing';
import { followupPhrases } from '../engine/followup';
import { completions, inspectorTitleFor } from './completion';

const newText = (item: CompletionItem | undefined) => (item?.textEdit as TextEdit | undefined)?.newText;
const labels = (items: CompletionItem[]) => items.map((i) => String(i.label)).join(' | ');

/** Completions at the start of the line holding `fragment` (which must occur once), or at an offset. */
function at(text: string, fragment: string, lineDelta = 0): CompletionItem[] {
  const letter = parseLetter(text);
  const index = text.indexOf(fragment);
  assert.ok(index >= 0 && text.indexOf(fragment, index + 1) < 0, `need one ${fragment}`);
  const line = letter.source.lineAt(index).index + lineDelta;
  return completions(letter, letter.source.lines[line].start);
}

test('with priority action, the consequence paragraphs are offered after the closing, in the template words', () => {
  let text = seed('staffordshire');
  text = removeLineWith(text, 'In addition, the findings of this inspection');
  text = removeLineWith(text, 'The identification of an area for priority action is likely');
  text = removeLineWith(text, 'findings and judgement of that inspection will supersede');
  const items = at(text, 'Yours sincerely', -1);
  const template = standardTemplate();
  const rating = items.find((i) => i.label === template.part('consequenceRating').name);
  const further = items.find((i) => i.label === template.part('consequenceFurtherInspection').name);
  assert.ok(rating && further, labels(items));
  // One area for priority action: the singular, filled in.
  const expected = template.part('consequenceRating').sentences.map((s) => s.variants[0].source.replaceAll('[[area|areas]]', 'area')).join(' ');
  assert.equal(newText(rating), expected);
  assert.ok(rating!.sortText! < further!.sortText!, 'template order');
});

test('without priority action, the consequence paragraphs are never offered', () => {
  const text = removeLineWith(seed('derby'), 'Any areas for development identified above');
  const items = at(text, 'Yours sincerely', -1);
  assert.ok(items.some((i) => i.label === 'Closing paragraph'), labels(items));
  const template = standardTemplate();
  for (const id of ['consequenceRating', 'consequenceFurtherInspection', 'priorityActionLeadIn'] as const) {
    assert.ok(!items.some((i) => i.label === template.part(id).name), `${id} offered: ${labels(items)}`);
  }
});

test('the summary sentence offered is the variant for the sections present', () => {
  // Doncaster has a single strength: "an area of strength".
  const text = removeLineWith(seed('doncaster'), 'The inspection identified an area of strength');
  const summary = at(text, 'The area of priority action identified at the previous inspection', -1).find((i) => i.label === 'Summary sentence');
  assert.equal(
    newText(summary),
    'The inspection identified an area of strength and areas of practice that met requirements, with some areas for development.',
  );
});

test('in Areas for development, the carried-forward marker sentence is offered; it replaces only the word being typed', () => {
  const text = replaceOnce(seed('derby'), '\nAny areas for development identified above', '\n- Supervision is irregular. Th\n\nAny areas for development identified above');
  const letter = parseLetter(text);
  const offset = text.indexOf('irregular. Th') + 'irregular. Th'.length;
  const marker = completions(letter, offset).find((i) => i.label === followupPhrases().markerSentence.development);
  assert.ok(marker, labels(completions(letter, offset)));
  const edit = marker.textEdit as TextEdit;
  assert.equal(edit.range.start.character, '- Supervision is irregular. '.length);
  assert.equal(edit.newText, 'This was an area for development at the previous inspection.');
  // Not offered in the Strengths section.
  const inStrengths = completions(letter, text.indexOf('Considerable action has been taken'));
  assert.ok(!inStrengths.some((i) => i.label === marker.label));
});

test('copy list lines name the council when the Chief Executive and the Department for Education are missing', () => {
  let text = seed('derby');
  text = replaceOnce(text, 'Copy: Adam Wilkinson, Chief Executive, Derby City Council\n', 'Copy: \n');
  text = removeLineWith(text, 'Andrew Spencer, Department for Education');
  const letter = parseLetter(text);
  const offset = text.indexOf('Copy: ') + 'Copy: '.length;
  const items = completions(letter, offset);
  const chief = items.find((i) => String(i.label).includes('Chief Executive'));
  assert.ok(chief, labels(items));
  assert.match(newText(chief)!, /\$\{1:\[name\]\}, Chief Executive, Derby City Council$/);
  assert.ok(items.some((i) => newText(i) === '${1:[name]}, Department for Education' || newText(i) === 'Copy: ${1:[name]}, Department for Education'));
});

test("the inspector's title follows the letter date: His Majesty's after 8 September 2022", () => {
  const old = parseLetter(seed('derby'));
  assert.equal(inspectorTitleFor(old), "Her Majesty's Inspector");
  const recent = parseLetter(replaceOnce(seed('derby'), '1 December 2010', '1 December 2022'));
  assert.equal(inspectorTitleFor(recent), "His Majesty's Inspector");
});

test('a letter date four weeks after the inspection is offered on the date line', () => {
  const text = replaceOnce(seed('durham'), '9 March 2011', '9 Mar');
  const items = at(text, '9 Mar\n');
  assert.ok(items.some((i) => i.label === '9 March 2011'), labels(items));
});

test("the inspector's title completes the typed start of it, keeping the name before it on the line", () => {
  const text = replaceOnce(seed('durham'), "Simon Rushall Her Majesty's Inspector", 'Simon Rushall Her Maj');
  const letter = parseLetter(text);
  const offset = text.indexOf('Her Maj') + 'Her Maj'.length;
  const item = completions(letter, offset).find((i) => i.label === "Her Majesty's Inspector");
  assert.ok(item, labels(completions(letter, offset)));
  const edit = item.textEdit as TextEdit;
  assert.equal(edit.range.start.character, 'Simon Rushall '.length);
  assert.equal(edit.newText, "Her Majesty's Inspector");
});

test("the copy-list lines start with 'Copy:' exactly when the letter has no 'Copy:' yet (issue 14, item 16)", () => {
  // Derby's real letter up to its sign-off: no copy list yet.
  const derby = seed('derby');
  const signedOff = derby.slice(0, derby.indexOf('Copy:'));
  const copyItems = (text: string) => {
    const letter = parseLetter(text);
    return completions(letter, text.length).filter((i) => /^Copy list/.test(i.detail ?? ''));
  };
  const fresh = copyItems(signedOff);
  assert.equal(fresh.length, 2, labels(fresh));
  for (const item of fresh) assert.match(newText(item)!, /^Copy: /);

  // 'Copy:' typed on its own line, the names to follow on the next: not a second 'Copy:'.
  const labelled = copyItems(`${signedOff}Copy:\n`);
  assert.equal(labelled.length, 2, labels(labelled));
  for (const item of labelled) assert.doesNotMatch(newText(item)!, /Copy:/);
});

/** Issue 14, item 5: the standard wordings of the previous-inspection paragraph. */
const previousItems = (items: CompletionItem[]) => items.filter((i) => String(i.label).startsWith('Previous inspection:'));

test("after Durham's previous-inspection paragraph (test/fixtures/seeds/001_…), its standard wordings are offered with the month it names, March 2010", () => {
  const text = seed('durham');
  const items = previousItems(at(text, 'From the evidence gathered', -1));
  assert.deepEqual(items.map((i) => i.label), [
    'Previous inspection: areas for development addressed',
    'Previous inspection: all but some areas for development addressed',
    'Previous inspection: areas for development not addressed',
    'Previous inspection: area for priority action addressed',
    'Previous inspection: area for priority action not addressed',
  ]);
  assert.equal(newText(items[0]), 'The areas of development identified at the previous inspection of contact, referral and assessment arrangements in March 2010 have been addressed.');
  assert.equal(newText(items[1]), 'All but ${1|one,two,three|} of the areas of development identified at the previous inspection of contact, referral and assessment arrangements in March 2010 have been addressed.');
  assert.ok(items.every((i) => i.insertTextFormat === 2 && i.sortText), 'snippets, sorted with the paragraph');
});

test("Derby (000_…) without its two previous-inspection paragraphs: the wordings are offered where they were, the month left to fill in and 'All but one' counted from its marked finding", () => {
  let text = removeLineWith(seed('derby'), 'The areas of development identified at the previous');
  text = removeLineWith(text, 'The area of priority action identified at the previous');
  const items = previousItems(at(text, 'From the evidence gathered', -1));
  assert.equal(items.length, 5, labels(items));
  const allBut = newText(items.find((i) => i.label === 'Previous inspection: all but some areas for development addressed'));
  assert.match(allBut!, /^All but one of the areas of development .* in \$\{1:[^}]+\} have been addressed\.$/);
});

test('the previous-inspection wordings are not offered among the findings or in the sign-off', () => {
  const text = seed('durham');
  assert.deepEqual(previousItems(at(text, 'Areas for development\n', 1)), []);
  assert.deepEqual(previousItems(at(text, 'Yours sincerely', 1)), []);
});

test('with the previous letter at hand, its inspection month fills the wording, and kinds it did not have are left out', () => {
  let text = removeLineWith(seed('durham'), 'The areas of development identified at the previous');
  const letter = parseLetter(text);
  const previous = { uri: 'file:///letters/derby.letter', letter: parseLetter(seed('derby')) };
  const line = letter.source.lineAt(text.indexOf('From the evidence gathered')).index - 1;
  const items = previousItems(completions(letter, letter.source.lines[line].start, { previous, accounting: { previousUri: previous.uri, matches: [], unmatched: [], claims: [], markers: [] } }));
  assert.match(newText(items[0])!, / in November 2010 have been addressed\.$/);
  const durhamPrevious = { uri: 'file:///letters/durham.letter', letter: parseLetter(seed('durham')) };
  const withoutPriority = previousItems(completions(letter, letter.source.lines[line].start, { previous: durhamPrevious, accounting: { previousUri: durhamPrevious.uri, matches: [], unmatched: [], claims: [], markers: [] } }));
  assert.deepEqual(withoutPriority.map((i) => i.label).filter((l) => String(l).includes('priority')), [], 'Durham had no area for priority action');
});
