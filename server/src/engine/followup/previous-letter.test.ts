import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { parseLetter } from '../parse/letter';
import { replaceOnce, seed } from '../testing';
import { councilKey, readCouncil } from '../council-name';
import { parsePreviousDirective, previousLink, rememberedSummaries, resolveLinkPath, selectPreviousLetter } from './previous-letter';
import { standardTemplate } from '../template/registry';

/** Derby's real letter (inspected November 2010) and the same council a year earlier and a year later. */
const derby2010 = seed('derby');
const derby2009 = replaceOnce(replaceOnce(derby2010, '2 and 3 November 2010', '12 and 13 January 2010'), '1 December 2010', '10 February 2010');
const derby2011 = replaceOnce(replaceOnce(derby2010, '2 and 3 November 2010', '8 and 9 November 2011'), '1 December 2010', '6 December 2011');
const candidates = [
  { uri: 'file:///w/derby-2009.txt', text: derby2009 },
  { uri: 'file:///w/derby-2010.txt', text: derby2010 },
  { uri: 'file:///w/derby-2011.txt', text: derby2011 },
  { uri: 'file:///w/durham.txt', text: seed('durham') },
  { uri: 'file:///w/notes.txt', text: 'Notes about Derby City Council.' },
];

test('the latest earlier letter for the same council is chosen', () => {
  const chosen = selectPreviousLetter(parseLetter(derby2011), candidates, { draftUri: 'file:///w/derby-2011.txt' });
  assert.equal(chosen?.uri, 'file:///w/derby-2010.txt');
  assert.equal(chosen?.letter.values.inspectionDays?.value.first.day, 2);
  assert.equal(selectPreviousLetter(parseLetter(derby2010), candidates, { draftUri: 'file:///w/derby-2010.txt' })?.uri, 'file:///w/derby-2009.txt');
});

test('no earlier letter for the council: none (never another council, never a later letter)', () => {
  assert.equal(selectPreviousLetter(parseLetter(derby2009), candidates, { draftUri: 'file:///w/derby-2009.txt' }), undefined);
  assert.equal(selectPreviousLetter(parseLetter(seed('doncaster')), candidates), undefined);
});

test("another council of the same place is never the previous letter, and a council's other name is", () => {
  // Derby County Council's letter of 2010 (a council that does not exist, made from Derby City's).
  const county2010 = derby2010.replaceAll('Derby City Council', 'Derby County Council');
  const withCounty = [{ uri: 'file:///w/county-2010.txt', text: county2010 }, candidates[0]];
  const chosen = selectPreviousLetter(parseLetter(derby2011), withCounty, { draftUri: 'file:///w/derby-2011.txt' });
  assert.equal(chosen?.uri, 'file:///w/derby-2009.txt', 'not the later letter of Derby County Council');
  // The same council written without its designation in the previous letter is still the same council.
  const plain2010 = derby2010.replaceAll('Derby City Council', 'Derby Council');
  const withPlain = [{ uri: 'file:///w/plain-2010.txt', text: plain2010 }, candidates[0]];
  assert.equal(selectPreviousLetter(parseLetter(derby2011), withPlain, { draftUri: 'file:///w/derby-2011.txt' })?.uri, 'file:///w/plain-2010.txt');
});

test('an explicit link wins over the automatic choice, resolved against the draft', () => {
  const draft = `<!-- letter-check previous: derby-2009.txt -->\n${derby2011}`;
  assert.equal(selectPreviousLetter(parseLetter(draft), candidates, { draftUri: 'file:///w/derby-2011.txt' })?.uri, 'file:///w/derby-2009.txt');
  const up = `<!-- letter-check previous: ../w/derby-2009.txt -->\n${derby2011}`;
  assert.equal(selectPreviousLetter(parseLetter(up), candidates, { draftUri: 'file:///w/drafts/derby-2011.txt' })?.uri, undefined, 'resolves to /w/w/...: no such candidate');
  const sub = `<!-- letter-check previous: ../derby-2009.txt -->\n${derby2011}`;
  assert.equal(selectPreviousLetter(parseLetter(sub), candidates, { draftUri: 'file:///w/drafts/derby-2011.txt' })?.uri, 'file:///w/derby-2009.txt');
  const missing = `<!-- letter-check previous: nowhere.txt -->\n${derby2011}`;
  assert.equal(selectPreviousLetter(parseLetter(missing), candidates, { draftUri: 'file:///w/derby-2011.txt' }), undefined, 'a broken link is not replaced by a guess');
});

test('the link directive is parsed for the CLI and the server', () => {
  assert.equal(parsePreviousDirective('previous: letters/2010.letter'), 'letters/2010.letter');
  assert.equal(parsePreviousDirective('previous "my letters/2010.txt"'), 'my letters/2010.txt');
  assert.equal(parsePreviousDirective('disable copy-list'), undefined);
  assert.equal(parsePreviousDirective('previous:'), undefined);
  const link = previousLink(parseLetter(`<!-- letter-check previous: a/b.txt -->\n${derby2011}`));
  assert.deepEqual([link?.path, link?.line], ['a/b.txt', 0]);
  assert.equal(resolveLinkPath('file:///w/drafts/x.txt', '../old/y.txt'), 'file:///w/old/y.txt');
  assert.equal(resolveLinkPath('file:///w/x.txt', 'my letters/y.txt'), 'file:///w/my%20letters/y.txt');
  assert.equal(resolveLinkPath('/w/drafts/x.txt', '../y.txt'), '/w/y.txt');
  assert.equal(resolveLinkPath('C:\\w\\x.txt', 'y.txt'), 'C:/w/y.txt');
});

test('council names reduce to what identifies them', () => {
  assert.equal(councilKey(readCouncil('Derby City Council')), 'derby');
  assert.equal(councilKey(readCouncil('Staffordshire County Council')), 'staffordshire');
  assert.equal(councilKey(readCouncil('Council')), undefined);
});

test('hostile candidates do not throw', () => {
  const junk = [{ uri: '', text: '' }, { uri: '%%%', text: '\u0000\uFFFF'.repeat(50) }, { uri: 'x', text: 'Derby '.repeat(1000) }];
  assert.equal(selectPreviousLetter(parseLetter(derby2011), junk), undefined);
  assert.equal(selectPreviousLetter(parseLetter(''), candidates), undefined);
});

test("without the draft's URI a link is matched by the end of a candidate's path", () => {
  const draft = `<!-- letter-check previous: ./derby-2009.txt -->\n${derby2011}`;
  assert.equal(selectPreviousLetter(parseLetter(draft), candidates)?.uri, 'file:///w/derby-2009.txt');
});

test('a draft without its inspection days never takes the letter of its own inspection as the previous one', () => {
  // Derby's 2010 letter with the opening paragraph (and so the inspection days) not yet written: only
  // the letter date, 1 December 2010, says when it is. The 2010 letter itself (inspected four weeks
  // before that date) is the same inspection, not the previous one; the 2009 letter is.
  const opening = derby2010.slice(derby2010.indexOf('This letter summarises'), derby2010.indexOf('The inspection sampled'));
  const draft = parseLetter(replaceOnce(derby2010, opening, ''));
  assert.equal(draft.values.inspectionDays, undefined);
  const chosen = selectPreviousLetter(draft, candidates, { draftUri: 'file:///w/derby-draft.txt' });
  assert.equal(chosen?.uri, 'file:///w/derby-2009.txt');
  const onlySameInspection = candidates.filter((c) => c.uri.endsWith('derby-2010.txt'));
  assert.equal(selectPreviousLetter(draft, onlySameInspection, { draftUri: 'file:///w/derby-draft.txt' }), undefined);
});

test('drafts that share a previous letter share its parse (the same text is parsed once)', () => {
  const a = selectPreviousLetter(parseLetter(derby2011), candidates, { draftUri: 'file:///w/derby-2011.txt' });
  const b = selectPreviousLetter(parseLetter(replaceOnce(derby2011, 'Dear Ms Davidson', 'Dear Ms Davidson,')), candidates, { draftUri: 'file:///w/derby-2011b.txt' });
  assert.equal(a?.uri, 'file:///w/derby-2010.txt');
  assert.equal(b?.letter, a?.letter, 'one parse object for both drafts');
});

test('the summaries remembered for selection stay within their character budget, however many versions are seen', () => {
  // Twenty versions of a 1.5-million-character text: 30 million characters offered, 24 million kept at most.
  const big = 'Derby City Council '.repeat(80_000);
  for (let k = 0; k < 20; k++) selectPreviousLetter(parseLetter(derby2011), [{ uri: `file:///w/v${k}.txt`, text: `${k} ${big}` }]);
  const held = rememberedSummaries(standardTemplate());
  assert.ok(held.chars <= 24_000_000, `${held.chars} characters`);
  assert.ok(held.entries >= 10, `${held.entries} entries: the budget keeps most of them`);
});
