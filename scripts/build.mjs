// Bundles the extension client, the language server and the command line with esbuild into dist/,
// and the web entries (VS Code for the Web: the client and the server in a web worker) for the browser.
// `--production` minifies (for the .vsix); `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserStandIns } from './browser-stand-ins.mjs';

const root = join(import.meta.dirname, '..');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/**
 * unpdf (PDF.js, 2.2 MB of the 3.4 MB command line) is bundled on its own, dist/unpdf.js, and the
 * server and the command line import it when they first read a PDF: Node compiled it at every start.
 */
const unpdfApart = {
  name: 'unpdf-apart',
  setup(build) {
    build.onResolve({ filter: /^unpdf$/ }, () => ({ path: './unpdf.js', external: true }));
  },
};

/**
 * esbuild writes strings as ASCII but leaves regular expression literals as they are, and one
 * character beyond ASCII (a curly quote in a pattern) makes Node hold the whole 1 MB bundle as UTF-16
 * and compile it about a third slower. Escaped as \uXXXX, each means the same in a pattern, a string or
 * a comment (the bundles use neither String.raw nor a pattern's `source` on such characters).
 */
const asciiOnly = {
  name: 'ascii-only',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length) return;
      for (const out of Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js'))) {
        const path = join(root, out);
        const text = readFileSync(path, 'utf8');
        // eslint-disable-next-line no-control-regex
        if (/[^\x00-\x7f]/.test(text)) writeFileSync(path, text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
      }
    });
  },
};

const nodeBuild = { platform: 'node', target: 'node20', format: 'cjs', plugins: [unpdfApart, asciiOnly] };
const browserBuild = { platform: 'browser', target: 'es2022', format: 'cjs', plugins: [browserStandIns(root)] };

const entries = [
  { in: 'client/src/extension.ts', out: 'client', external: ['vscode'], ...nodeBuild },
  { in: 'server/src/lsp/server.ts', out: 'server', external: [], ...nodeBuild },
  { in: 'server/src/cli/letter-check.ts', out: 'cli', external: [], ...nodeBuild },
  { in: 'node_modules/unpdf/dist/index.mjs', out: 'unpdf', external: [], ...nodeBuild, plugins: [asciiOnly] },
  // The web extension host loads the client as CommonJS; the worker runs the server as a plain script.
  { in: 'client/src/browser.ts', out: 'browser', external: ['vscode'], ...browserBuild },
  { in: 'server/src/lsp/browser-server.ts', out: 'browser-server', external: [], ...browserBuild, format: 'iife' },
].filter((e) => existsSync(join(root, e.in)));

const contexts = await Promise.all(
  entries.map((e) =>
    esbuild.context({
      absWorkingDir: root,
      entryPoints: { [e.out]: e.in },
      bundle: true,
      outdir: 'dist',
      platform: e.platform,
      target: e.target,
      format: e.format,
      external: e.external,
      plugins: e.plugins ?? [],
      sourcemap: !production,
      minify: production,
      logLevel: 'warning',
      metafile: true,
    }),
  ),
);
// The spelling dictionary is data the server and the command line read at run time (the engine does
// no I/O): it goes beside the bundles, with its licence.
const dictionarySource = join(root, 'node_modules', 'dictionary-en-gb');
const dictionaryTarget = join(root, 'dist', 'dictionary-en-gb');
mkdirSync(dictionaryTarget, { recursive: true });
for (const file of ['index.aff', 'index.dic', 'license']) copyFileSync(join(dictionarySource, file), join(dictionaryTarget, file));
// With nspell's expansion of it, read at start instead of expanding it again (server/src/host/dictionary.ts).
const compact = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'compact-dictionary.ts'), dictionaryTarget], { cwd: root, stdio: 'inherit' });
if (compact.status !== 0) throw new Error('scripts/compact-dictionary.ts failed');

if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
