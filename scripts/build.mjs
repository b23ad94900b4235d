// Bundles the extension client, the language server and the command line with esbuild into dist/,
// and the web entries (VS Code for the Web: the client and the server in a web worker) for the browser.
// `--production` minifies (for the .vsix); `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const nodeBuild = { platform: 'node', target: 'node20', format: 'cjs' };
const browserBuild = { platform: 'browser', target: 'es2022', format: 'cjs', plugins: [browserStandIns()] };

const entries = [
  { in: 'client/src/extension.ts', out: 'client', external: ['vscode'], ...nodeBuild },
  { in: 'server/src/lsp/server.ts', out: 'server', external: [], ...nodeBuild },
  { in: 'server/src/cli/letter-check.ts', out: 'cli', external: [], ...nodeBuild },
  // The web extension host loads the client as CommonJS; the worker runs the server as a plain script.
  { in: 'client/src/browser.ts', out: 'browser', external: ['vscode'], ...browserBuild },
  { in: 'server/src/lsp/browser-server.ts', out: 'browser-server', external: [], ...browserBuild, format: 'iife' },
].filter((e) => existsSync(join(root, e.in)));

/**
 * The web bundles get no Node: the few modules of the server that read files resolve to the stand-ins
 * in server/src/lsp/browser/ (no file system, the dictionary bundled in as text), node:path to its
 * browser port; any other Node built-in fails the build, naming the file that imports it.
 */
function browserStandIns() {
  const standIn = (file) => join(root, 'server/src/lsp/browser', file);
  const replaced = {
    'node:fs': standIn('no-fs.ts'),
    'node:url': standIn('file-url.ts'),
    'node:path': require.resolve('path-browserify'),
  };
  const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
  return {
    name: 'browser-stand-ins',
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (args.path in replaced) return { path: replaced[args.path] };
        if (builtins.has(args.path) || builtins.has(args.path.split('/')[0])) {
          return { errors: [{ text: `${args.path} is a Node built-in: a web bundle cannot use it (imported by ${args.importer}); give it a stand-in in server/src/lsp/browser/ or keep it out of the web entries` }] };
        }
        // The server's dictionary loader reads files: the worker's makes the speller from the bundled text.
        if (/(^|\/)host\/dictionary$/.test(args.path) && args.importer.startsWith(join(root, 'server/src/'))) return { path: standIn('dictionary.ts') };
        const dictionaryFile = /^dictionary-en-gb\/(index\.(?:aff|dic))$/.exec(args.path);
        if (dictionaryFile) return { path: join(root, 'node_modules/dictionary-en-gb', dictionaryFile[1]) };
        return undefined;
      });
    },
  };
}

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
      loader: { '.aff': 'text', '.dic': 'text' },
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
