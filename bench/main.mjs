// `npm run bench`: builds the checker as users run it (dist/, via scripts/build.mjs), bundles the bench
// with the engine (esbuild, as the server and CLI bundles are), then runs it with --expose-gc so it can
// collect garbage between measurements. Arguments are passed on to bench/run.ts (see its header).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);

if (!args.includes('--no-build')) {
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) console.error('bench: the build failed; the server and command-line parts may be skipped or stale.');
}

const outfile = join(root, 'bench', 'results', 'bench.cjs');
await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['bench/run.ts'],
  bundle: true,
  outfile,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // markdownlint is ESM with conditional imports: load it from node_modules as users of it do.
  external: ['markdownlint', 'markdownlint/*'],
  sourcemap: true,
  logLevel: 'warning',
});

const run = spawnSync(process.execPath, ['--expose-gc', '--enable-source-maps', outfile, ...args.filter((a) => a !== '--no-build')], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
