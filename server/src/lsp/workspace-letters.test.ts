import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { seed } from '../engine/testing';
import { WorkspaceLetters } from './workspace-letters';

test('open text wins over the file on disk, and the disk copy comes back on close', () => {
  const dir = mkdtempSync(join(tmpdir(), 'letters-'));
  try {
    writeFileSync(join(dir, 'derby.letter'), seed('derby'));
    const uri = pathToFileURL(join(dir, 'derby.letter')).toString();
    const letters = new WorkspaceLetters();
    assert.equal(letters.scan([dir], 512), 1);
    const edited = seed('durham');
    letters.setOpen(uri, edited);
    assert.equal(letters.text(uri), edited);
    assert.equal(letters.letter(uri)?.values.council.title?.value, 'Durham County Council');
    letters.closeOpen(uri);
    assert.equal(letters.text(uri), seed('derby'));
    assert.equal(letters.letter(uri)?.values.council.title?.value, 'Derby City Council');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the index holds texts, not a parse per letter: only a few recent parses are remembered', () => {
  const letters = new WorkspaceLetters();
  const uris = Array.from({ length: 50 }, (_, i) => `file:///w/${i}.letter`);
  for (const uri of uris) letters.setOpen(uri, seed('durham') + `\n${uri}\n`);
  for (const uri of uris) assert.ok(letters.letter(uri)?.looksLikeLetter);
  assert.ok(letters.parsedCount <= 8, `holds ${letters.parsedCount} parses`);
  // A recent parse is reused while its text is unchanged, and parsed again once the text changes.
  const last = uris[uris.length - 1];
  const parse = letters.letter(last);
  assert.equal(letters.letter(last), parse);
  letters.setOpen(last, seed('derby'));
  const again = letters.letter(last);
  assert.notEqual(again, parse);
  assert.equal(again?.values.council.title?.value, 'Derby City Council');
});
