import { strict as assert } from 'node:assert';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import nspell from 'nspell';
import { readCompactDictionary } from '../engine/spelling/compact-dictionary';
import { COMPACT_FILE, compactDictionaryKey, compactDictionaryOf, findDictionary, readSpeller } from './dictionary';

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

test("the build's expansion of the dictionary gives nspell the very tables it builds from index.dic, and the same answers", () => {
  const folder = join(ROOT, 'node_modules', 'dictionary-en-gb');
  const aff = readFileSync(join(folder, 'index.aff'));
  const dic = readFileSync(join(folder, 'index.dic'));
  const own = nspell({ aff, dic });
  const fast = nspell(aff);
  assert.ok(readCompactDictionary(fast, compactDictionaryOf(folder), compactDictionaryKey(aff, dic)));
  type Tables = { data: Record<string, string[]>; compoundRuleCodes: Record<string, string[]>; compoundRules: RegExp[] };
  const a = own as unknown as Tables;
  const b = fast as unknown as Tables;
  const words = Object.keys(a.data);
  assert.equal(words.length, 123_405);
  assert.deepEqual(Object.keys(b.data).sort(), [...words].sort());
  for (const word of words) assert.deepEqual(b.data[word], a.data[word], word);
  assert.equal(Object.getPrototypeOf(b.data), null);
  assert.deepEqual(b.compoundRuleCodes, a.compoundRuleCodes);
  assert.deepEqual(b.compoundRules.map(String), a.compoundRules.map(String));
  // The same answers: every word as listed, capitalised and in capitals, a slip in every 20th, ordinals (compound rules), words it lacks.
  const asked = ['1st', '11th', '21st', '1th', '123rd', '22th', 'organisation', 'organization', 'judgement', 'childrens', 'constructor', '__proto__', 'hasOwnProperty', 'MASH'];
  words.forEach((w, i) => {
    asked.push(w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1));
    if (i % 20 === 0) asked.push(w.slice(1), `${w}x`);
  });
  const disagree = asked.filter((w) => own.correct(w) !== fast.correct(w));
  assert.deepEqual(disagree, []);
});

test('an expansion made from another dictionary or nspell, or cut short, is not used: the speller expands index.dic itself', () => {
  const source = join(ROOT, 'node_modules', 'dictionary-en-gb');
  const dir = mkdtempSync(join(tmpdir(), 'compact-'));
  try {
    cpSync(source, dir, { recursive: true });
    const written = compactDictionaryOf(source);
    const aff = readFileSync(join(source, 'index.aff'));
    const dic = readFileSync(join(source, 'index.dic'));
    // Made from another .dic (its key differs): nothing read.
    assert.equal(readCompactDictionary(nspell(aff), written, compactDictionaryKey(aff, Buffer.concat([dic, Buffer.from('extra\n')]))), false);
    // Cut short: nothing read.
    assert.equal(readCompactDictionary(nspell(aff), written.slice(0, written.length / 2), compactDictionaryKey(aff, dic)), false);
    // An expansion that would accept a misspelling, under another key: the speller does not read it.
    writeFileSync(join(dir, COMPACT_FILE), written.replace(/\n\n/, '\nrecieve\n\n').replace(/^(.*\n)nspell [^\n]*/, '$1nspell 0.0.0 0'));
    const speller = readSpeller(dir);
    assert.equal(speller.correct('recieve'), false);
    assert.equal(speller.correct('organisation'), true);
    // The same file under the right key is read (the misspelling is then accepted), which shows the file is what is read.
    writeFileSync(join(dir, COMPACT_FILE), written.replace(/\n\n/, '\nrecieve\n\n'));
    assert.equal(readSpeller(dir).correct('recieve'), true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
