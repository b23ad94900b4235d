// Bundles the extension client, the language server and the command line with esbuild into dist/,
// and the web entries (VS Code for the Web: the client and the server in a web worker) for the browser.
// `--production` minifies (for the .vsix); `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { browserStandIns } from './browser-stand-ins.mjs';

const root = join(import.meta.dirname, '..');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const nodeBuild = { platform: 'node', target: 'node20', format: 'cjs' };
const browserBuild = { platform: 'browser', target: 'es2022', format: 'cjs', plugins: [browserStandIns(root)] };

const entries = [
  { in: 'client/src/extension.ts', out: 'client', external: ['vscode'], ...nodeBuild },
  { in: 'server/src/lsp/server.ts', out: 'server', external: [], ...nodeBuild },
  { in: 'server/src/cli/letter-check.ts', out: 'cli', external: [], ...nodeBuild },
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
    }),
  ),
);
// The spelling dictionary is data the server and the command line read at run time (the engine does
// no I/O): it goes beside the bundles, with its licence.
const dictionarySource = join(root, 'node_modules', 'dictionary-en-gb');
const dictionaryTarget = join(root, 'dist', 'dictionary-en-gb');
mkdirSync(dictionaryTarget, { recursive: true });
for (const file of ['index.aff', 'index.dic', 'license']) copyFileSync(join(dictionarySource, file), join(dictionaryTarget, file));

if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
