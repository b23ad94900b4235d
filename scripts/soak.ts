/**
 * The long engine soak (issue 6): the property tests with many more runs, then the pathological sizes
 * at full scale (10 MB, 1 MB single lines), timed. Run: npx tsx scripts/soak.ts [runs=2000]
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { analyze } from '../server/src/engine';
import { seed } from '../server/src/engine/testing';

const root = join(__dirname, '..');
const runs = process.argv[2] ?? '2000';
const props = spawnSync(process.execPath, ['--import', 'tsx', '--test', 'test/robustness/engine-properties.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FC_RUNS: runs },
});
if (props.status !== 0) process.exitCode = 1;

const derby = seed('derby');
const inputs: [string, string][] = [
  ['10 MB of letters', derby.repeat(Math.ceil(10e6 / derby.length))],
  ['1 MB single line of words', 'word '.repeat(200_000)],
  ['1 MB single line of capitals', 'A'.repeat(1e6)],
  ['1 MB of short lines', 'Aa bb\n'.repeat(166_667)],
  ['1 MB of bullets', '- a\n'.repeat(250_000)],
];
for (const [name, text] of inputs) {
  const started = performance.now();
  const a = analyze(text);
  const ms = performance.now() - started;
  console.log(`soak: ${name}: ${(ms / 1000).toFixed(1)} s, ${a.diagnostics.length} diagnostics, ${a.ruleErrors.length} rule errors`);
  if (a.ruleErrors.length) process.exitCode = 1;
}
