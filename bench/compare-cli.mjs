// Runs a built letter-check (dist/cli.js or a saved copy) over the whole shared corpus and the seeds,
// writing each invocation's output to a folder, so the output before and after an engine change can be
// compared byte for byte:
//   node bench/compare-cli.mjs /tmp/before-dist/cli.js /tmp/out-before
//   node bench/compare-cli.mjs dist/cli.js /tmp/out-after && diff -r /tmp/out-before /tmp/out-after
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [cli, outDir] = process.argv.slice(2);
if (!cli || !outDir) {
  console.error('usage: node bench/compare-cli.mjs CLI_JS OUT_DIR');
  process.exit(2);
}
const shared = process.env.LETTER_CHECK_SHARED ?? '/work/shared';
const seeds = resolve(import.meta.dirname, '..', 'test', 'fixtures', 'seeds');
const corpus = join(shared, 'corpus');
const archive = resolve(import.meta.dirname, 'results', 'archive');
const runs = [
  ['focused-visit', ['--format', 'json', join(corpus, 'focused-visit')]],
  ['focused-visit-jobs1', ['--format', 'json', '--jobs', '1', join(corpus, 'focused-visit')]],
  ['focused-visit-sarif', ['--format', 'sarif', join(corpus, 'focused-visit')]],
  ['ilacs-report', ['--format', 'json', join(corpus, 'ilacs-report')]],
  ['ilacs-report-sarif', ['--format', 'sarif', join(corpus, 'ilacs-report')]],
  ['sif-report', ['--format', 'json', join(corpus, 'sif-report')]],
  ['other', ['--format', 'json', join(corpus, 'lac-inspection-2013'), join(corpus, 'lscb-review')]],
  ['seeds', ['--format', 'sarif', seeds]],
  ['seeds-shared', ['--format', 'json', join(shared, 'seeds')]],
  ['whole-corpus', ['--format', 'json', corpus]],
  // Old letters on threads (candidate summaries shared between them): the seeds, and the bench's archive when a bench run has made it.
  ['seeds-jobs2', ['--format', 'json', '--jobs', '2', seeds]],
  // A published PDF as the previous document (PDF.js, bundled apart in dist/unpdf.js, read on first use).
  ['previous-pdf', ['--format', 'json', '--previous', join(corpus, 'pdf', 'focused-visit--blackpool-2021-04-09.pdf'), join(corpus, 'focused-visit', 'blackpool-2025-11-06.txt')]],
  ...(existsSync(archive) ? [['archive', ['--format', 'json', archive]], ['archive-jobs1', ['--format', 'json', '--jobs', '1', archive]]] : []),
];
mkdirSync(outDir, { recursive: true });
for (const [name, args] of runs) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, '--no-ignore', ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  writeFileSync(join(outDir, `${name}.out`), r.stdout);
  writeFileSync(join(outDir, `${name}.err`), `exit ${r.status}\n${r.stderr}`);
  console.log(`${name}: exit ${r.status}, ${r.stdout.length} bytes, ${((performance.now() - t0) / 1000).toFixed(2)} s`);
}
