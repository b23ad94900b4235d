import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { allRules } from '../../server/src/engine';

const ROOT = join(__dirname, '..', '..');

test('the .vsix holds the bundles, the dictionary, manifest, grammar, snippets, schema, icon, licence, changelog and docs, and no sources, tests, maps or node_modules', () => {
  const bin = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  const run = spawnSync(process.execPath, [bin, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const files = run.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
  for (const needed of [
    'package.json',
    'README.md',
    'language-configuration.json',
    'syntaxes/inspection-letter.tmLanguage.json',
    'snippets/inspection-letter.code-snippets',
    'docs/editor.md',
    'docs/configuration.md',
    'docs/cli.md',
    'docs/rules/README.md',
    'LICENSE',
    'CHANGELOG.md',
    'images/icon.png',
    'schemas/letter-check.schema.json',
    // The rule pages diagnostics link to travel with the extension.
    ...allRules.map((r) => `docs/rules/${r.id}.md`),
  ]) {
    assert.ok(files.includes(needed), `${needed} missing from:\n${files.join('\n')}`);
  }
  // The spelling dictionary the server reads, and its licence.
  for (const bundle of ['dist/client.js', 'dist/server.js', 'dist/browser.js', 'dist/browser-server.js', 'dist/cli.js', 'dist/unpdf.js', 'dist/dictionary-en-gb/index.aff', 'dist/dictionary-en-gb/index.dic', 'dist/dictionary-en-gb/nspell-expanded.txt', 'dist/dictionary-en-gb/license']) {
    if (existsSync(join(ROOT, bundle))) assert.ok(files.includes(bundle), `${bundle} missing`);
  }
  const unwanted = files.filter((f) => /\.ts$|\.map$|\.vsix$|^node_modules\/|^test\/|^server\/|^client\/|^scripts\/|^examples\/|fixtures/.test(f));
  assert.deepEqual(unwanted, []);
});
