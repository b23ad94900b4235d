import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseLetter, type PreviousLetter } from '../engine';
import { seed } from '../engine/testing';
import { previousWaiting, type PdfsBeingRead } from './previous-link';

/** Derby's letter (test/fixtures/seeds) with a link to its previous document, as an inspector writes it. */
const linked = (path: string) => parseLetter(`<!-- letter-check previous: ${path} -->\n${seed('derby')}`);
const reading = (...uris: string[]): PdfsBeingRead => ({ isPending: (uri) => uris.includes(uri), anyPending: () => uris[0] });
const draftUri = 'file:///letters/derby-2011.letter';

test('a link to a PDF still being read: reading it, not "not found"; once read and still unreadable: not found', () => {
  const letter = linked('derby-2010.pdf');
  assert.deepEqual(previousWaiting({ uri: draftUri, letter }, undefined, reading('file:///letters/derby-2010.pdf'), []), { reading: 'file:///letters/derby-2010.pdf' });
  assert.deepEqual(previousWaiting({ uri: draftUri, letter }, undefined, reading(), []), { notFound: 'derby-2010.pdf' });
});

test('no link and no setting: any PDF being read may be the previous document; with one in use, nothing waits', () => {
  const letter = parseLetter(seed('derby'));
  assert.deepEqual(previousWaiting({ uri: draftUri, letter }, undefined, reading('file:///letters/other.pdf'), []), { reading: 'file:///letters/other.pdf' });
  assert.deepEqual(previousWaiting({ uri: draftUri, letter }, undefined, reading(), []), {});
  const previous: PreviousLetter = { uri: 'file:///letters/derby-2010.letter', letter: parseLetter(seed('derby')) };
  assert.deepEqual(previousWaiting({ uri: draftUri, letter }, previous, reading('file:///letters/other.pdf'), []), {});
});

test('the setting names a PDF still being read: reading it (the link, if any, is not what is used)', () => {
  const letter = linked('nowhere.letter');
  const waiting = previousWaiting({ uri: draftUri, letter, setting: '/letters/derby-2010.pdf' }, undefined, reading('file:///letters/derby-2010.pdf'), []);
  assert.deepEqual(waiting, { reading: 'file:///letters/derby-2010.pdf' });
});
