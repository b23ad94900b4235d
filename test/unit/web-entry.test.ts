// VS Code for the Web (issue 15): the manifest's browser entry, the stand-ins the web bundles use for
// Node's modules, and the build's refusal of any other Node built-in. The entry itself is tested in a
// real workbench by the web e2e suite (test/e2e/web).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath as nodeFileURLToPath, pathToFileURL as nodePathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { browserStandIns } from '../../scripts/browser-stand-ins.mjs';
import { fileURLToPath, pathToFileURL } from '../../server/src/lsp/browser/file-url';
import { readdirSync, readFileSync as noReadFileSync, statSync } from '../../server/src/lsp/browser/no-fs';

const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

test('the manifest has a browser entry beside main, and the package carries both web bundles', () => {
  assert.equal(pkg.main, './dist/client.js');
  assert.equal(pkg.browser, './dist/browser.js');
  for (const f of ['dist/browser.js', 'dist/browser-server.js']) assert.ok(pkg.files.includes(f), f);
});

test("the worker's node:url converts file: URLs and POSIX paths as Node's does", () => {
  for (const path of ['/work/letters/derby.letter', '/a folder/with spaces/x.txt', '/100% sure/#1?.letter', '/Zürich/café.letter', '/']) {
    assert.equal(pathToFileURL(path).href, nodePathToFileURL(path).href, path);
    assert.equal(fileURLToPath(nodePathToFileURL(path).href), path, path);
    assert.equal(fileURLToPath(nodePathToFileURL(path)), nodeFileURLToPath(nodePathToFileURL(path)), path);
  }
  assert.throws(() => fileURLToPath('vscode-remote://host/work/x.letter'), TypeError);
});

test("the worker's node:fs finds nothing, as for missing files, which the server already handles", () => {
  for (const read of [() => noReadFileSync('/x/.letter-words'), () => readdirSync('/x'), () => statSync('/x/.letter-check.json')]) {
    assert.throws(read, (error: NodeJS.ErrnoException) => error.code === 'ENOENT');
  }
  assert.equal(statSync('/x/.letter-check.json', { throwIfNoEntry: false }), undefined);
});

async function bundleForTheBrowser(entry: string): Promise<esbuild.Metafile> {
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    write: false,
    outdir: 'out',
    platform: 'browser',
    format: 'iife',
    metafile: true,
    logLevel: 'silent',
    plugins: [browserStandIns(ROOT)],
  });
  return result.metafile;
}

test('the web server bundle takes in no Node module: the stand-ins, the bundled dictionary and path-browserify instead', async () => {
  const inputs = Object.keys((await bundleForTheBrowser('server/src/lsp/browser-server.ts')).inputs);
  assert.ok(inputs.includes('server/src/lsp/browser/no-fs.ts'));
  assert.ok(inputs.includes('server/src/lsp/browser/dictionary.ts'));
  assert.ok(inputs.some((i) => i.endsWith('dictionary-en-gb/index.dic')));
  assert.ok(inputs.some((i) => i.includes('path-browserify')));
  assert.deepEqual(inputs.filter((i) => i.startsWith('server/src/host/dictionary')), [], 'the file-reading dictionary loader is replaced');
});

test('a Node built-in that slips into a web bundle fails the build, naming the file that imports it', async () => {
  // The command line, for one, reads files and arguments through Node's modules.
  await assert.rejects(bundleForTheBrowser('server/src/cli/letter-check.ts'), (error: esbuild.BuildFailure) => {
    const texts = error.errors.map((e) => e.text);
    assert.ok(texts.some((t) => /^node:\S+ is a Node built-in: a web bundle cannot use it \(imported by .*server\/src\/cli\//.test(t)), texts.join('\n'));
    return true;
  });
});
