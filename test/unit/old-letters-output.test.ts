import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { run } from './cli-helpers';

/**
 * The command line's JSON on the old 2009–2012 letters (the examples and the seeds), byte for byte as it
 * was before the engine learnt to read the modern documents' pasted-PDF text: reading those must not
 * change a single diagnostic on the old letters. The fixture was saved from
 * `node bin/letter-check.js --format json examples test/fixtures/seeds` at commit 9554f2e; when a change
 * is meant to alter it, regenerate it the same way and say why in the commit.
 */
const ROOT = join(__dirname, '..', '..');
const EXPECTED = join(ROOT, 'test', 'fixtures', 'old-letters-output.json');

test('the JSON output on the old example letters and seeds is unchanged', () => {
  const { stdout } = run(['--format', 'json', join(ROOT, 'examples'), join(ROOT, 'test', 'fixtures', 'seeds')]);
  const files = JSON.parse(stdout) as { file: string }[];
  for (const f of files) f.file = relative(ROOT, f.file).split('\\').join('/');
  const actual = JSON.stringify(files, null, 2) + '\n';
  assert.equal(actual, readFileSync(EXPECTED, 'utf8'));
});
