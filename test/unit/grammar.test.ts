import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { builtinRegistry } from '../../server/src/engine';
import { grammarFileText } from '../../scripts/grammar-from-template';

const ROOT = join(__dirname, '..', '..');

test('the grammar file is generated from every template\'s data (run npm run generate:grammar after editing a template.json)', () => {
  assert.equal(readFileSync(join(ROOT, 'syntaxes', 'inspection-letter.tmLanguage.json'), 'utf8'), grammarFileText(builtinRegistry().templates));
});

test('the grammar colours the real letters and reports as test/grammar/*.letter assert (vscode-tmgrammar-test)', () => {
  const bin = join(ROOT, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');
  const run = spawnSync(process.execPath, [bin, '-c', '-g', 'syntaxes/inspection-letter.tmLanguage.json', 'test/grammar/*.letter'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  for (const name of ['derby', 'durham', 'staffordshire', 'doncaster', 'north-somerset-2019-05-08', 'slough-2026-01-12', 'tameside-2019-07-01', 'leeds-2025-08-12']) assert.match(run.stdout, new RegExp(`✓ test/grammar/${name}\\.letter`));
});
