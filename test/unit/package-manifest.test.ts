import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { inflateSync } from 'node:zlib';
import { PROJECT_URL, ruleDocUrl } from '../../server/src/host/rule-links';

const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

test('the manifest names the repository, its issues and home page, a licence file, and the rule links point there', () => {
  assert.equal(pkg.repository.url, `${PROJECT_URL}.git`);
  assert.equal(pkg.bugs.url, `${PROJECT_URL}/issues`);
  assert.ok(pkg.homepage.startsWith(PROJECT_URL));
  assert.equal(pkg.license, 'MIT');
  assert.match(readFileSync(join(ROOT, 'LICENSE'), 'utf8'), /^MIT License\n/);
  assert.match(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'), /^# Changelog\n[\s\S]*## \[0\.1\.0\]/);
  assert.equal(ruleDocUrl('copy-list'), `${PROJECT_URL}/blob/main/docs/rules/copy-list.md`);
});

test('untrusted workspaces are supported (no workspace code runs); virtual workspaces in part, saying why', () => {
  assert.deepEqual(pkg.capabilities.untrustedWorkspaces, { supported: true });
  assert.equal(pkg.capabilities.virtualWorkspaces.supported, 'limited');
  assert.ok(pkg.capabilities.virtualWorkspaces.description.length > 20);
});

test('the command line installs on its own: a bin, the files it needs, a prepare step, nothing needed from node_modules', () => {
  assert.equal(pkg.bin['letter-check'], 'bin/letter-check.js');
  for (const f of ['bin/letter-check.js', 'dist/cli.js', 'dist/unpdf.js', 'dist/dictionary-en-gb/index.aff', 'dist/dictionary-en-gb/index.dic', 'dist/dictionary-en-gb/nspell-expanded.txt', 'schemas/letter-check.schema.json']) assert.ok(pkg.files.includes(f), f);
  assert.equal(pkg.scripts.prepare, 'node scripts/build.mjs');
  // Everything is bundled: an install from the tarball fetches nothing.
  assert.equal(pkg.dependencies, undefined);
  assert.doesNotMatch(pkg.scripts.package, /--allow-missing-repository|--skip-license|--no-rewrite-relative-links/);
});

test('the icon is a 128x128 PNG with an alpha channel, opaque in the middle', () => {
  const png = readFileSync(join(ROOT, pkg.icon));
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.equal(png.toString('ascii', 12, 16), 'IHDR');
  assert.equal(png.readUInt32BE(16), 128);
  assert.equal(png.readUInt32BE(20), 128);
  assert.equal(png[25], 6, 'RGBA');
  const idat = png.indexOf('IDAT');
  const pixels = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
  const row = 64 * (1 + 128 * 4);
  assert.equal(pixels[row + 1 + 64 * 4 + 3], 255);
});
