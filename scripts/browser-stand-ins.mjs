// The esbuild plugin that keeps Node out of the web bundles (scripts/build.mjs): see browserStandIns.
import { readFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The web bundles get no Node: the few modules of the server that read files resolve to the stand-ins
 * in server/src/lsp/browser/ (no file system, the dictionary bundled in as text), node:path to its
 * browser port; any other Node built-in fails the build, naming the file that imports it.
 */
export function browserStandIns(root) {
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
        // The PDF reader reads files (and brings PDF.js): the worker's reports every PDF unreadable.
        if (/(^|\/)host\/pdf$/.test(args.path) && args.importer.startsWith(join(root, 'server/src/'))) return { path: standIn('no-pdf.ts') };
        const dictionaryFile = /^dictionary-en-gb\/(index\.(?:aff|dic))$/.exec(args.path);
        if (dictionaryFile) return { path: join(root, 'node_modules/dictionary-en-gb', dictionaryFile[1]) };
        return undefined;
      });
      build.onLoad({ filter: /dictionary-en-gb[\\/]index\.(?:aff|dic)$/ }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text' }));
    },
  };
}
