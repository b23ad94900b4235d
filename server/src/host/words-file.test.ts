import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readWordList } from '../engine/spelling/word-list';
import { WordsFiles } from './words-file';

test('a words file: words by spaces, commas or lines, # comments, lower case, straight apostrophes', () => {
  assert.deepEqual([...readWordList('Mosaic signposting\n# our systems\nLiquidLogic, eCAF  # not prose\r\nteam’s\n\n')], [
    'mosaic',
    'signposting',
    'liquidlogic',
    'ecaf',
    "team's",
  ]);
  assert.deepEqual([...readWordList('')], []);
});

test('the nearest words file above a letter serves it; a folder without one uses its parent; none at all is empty', () => {
  const root = mkdtempSync(join(tmpdir(), 'words-'));
  try {
    mkdirSync(join(root, 'derby', '2011'), { recursive: true });
    mkdirSync(join(root, 'durham'), { recursive: true });
    writeFileSync(join(root, '.letter-words'), 'signposting\n');
    writeFileSync(join(root, 'derby', '.letter-words'), 'mosaic\n');
    const files = new WordsFiles();
    assert.deepEqual([...files.wordsFor(join(root, 'derby', '2011', 'draft.letter'))], ['mosaic']);
    assert.equal(files.fileFor(join(root, 'derby', '2011', 'draft.letter')), join(root, 'derby', '.letter-words'));
    assert.deepEqual([...files.wordsFor(join(root, 'durham', 'draft.letter'))], ['signposting']);
    // Remembered until forgotten: a change is seen after forget().
    writeFileSync(join(root, 'durham', '.letter-words'), 'liquidlogic\n');
    assert.deepEqual([...files.wordsFor(join(root, 'durham', 'draft.letter'))], ['signposting']);
    files.forget();
    assert.deepEqual([...files.wordsFor(join(root, 'durham', 'draft.letter'))], ['liquidlogic']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a words file that is a folder, or far too large, is not read as words, and nothing throws', () => {
  const root = mkdtempSync(join(tmpdir(), 'words-'));
  try {
    mkdirSync(join(root, 'a', '.letter-words'), { recursive: true });
    mkdirSync(join(root, 'b'), { recursive: true });
    writeFileSync(join(root, 'b', '.letter-words'), 'x '.repeat(600_000));
    const files = new WordsFiles();
    assert.doesNotThrow(() => files.wordsFor(join(root, 'a', 'draft.letter')));
    assert.equal(files.wordsFor(join(root, 'b', 'draft.letter')).size, 0);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
