import { strict as assert } from 'node:assert';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { findDictionary } from './dictionary';

const ROOT = join(__dirname, '..', '..', '..');

test('the dictionary is found in node_modules from the sources, and beside a bundle', () => {
  assert.equal(findDictionary(__dirname), join(ROOT, 'node_modules', 'dictionary-en-gb'));
  const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
  try {
    cpSync(join(ROOT, 'node_modules', 'dictionary-en-gb'), join(dir, 'dist', 'dictionary-en-gb'), { recursive: true });
    assert.equal(findDictionary(join(dir, 'dist')), join(dir, 'dist', 'dictionary-en-gb'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('no dictionary anywhere above: undefined (the spelling rule is then silent), never a throw', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nowhere-'));
  try {
    mkdirSync(join(dir, 'dictionary-en-gb'));
    // A folder of that name without the files is not a dictionary.
    const found = findDictionary(dir);
    assert.ok(found === undefined || !found.startsWith(dir), String(found));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
