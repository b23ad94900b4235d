// Profiles the engine on a real letter or a scaled document: bundles a tiny driver with esbuild, runs it
// under `node --cpu-prof`, and prints the functions with the most self time.
//   node bench/profile.mjs [letter|seed:002|findings-1048576|letters-1048576 ...] [iterations]
// The .cpuprofile is left in bench/results/ for Chrome DevTools or VS Code.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const root = join(import.meta.dirname, '..');
const results = join(root, 'bench', 'results');
const [what = 'letter', iterations = '1000'] = process.argv.slice(2);
const seeds = join(root, 'test', 'fixtures', 'seeds');
// `letter` is derby; `seed:002` any real letter by its number; anything else a generated corpus document.
const file =
  what === 'letter' ? join(seeds, '000_b178a65b987369c5.txt')
  : what.startsWith('seed:') ? join(seeds, readdirSync(seeds).find((f) => f.startsWith(what.slice(5))))
  : join(results, 'corpus', `${what}.txt`);
const driver = join(results, 'profile-driver.ts');
writeFileSync(
  driver,
  `import { readFileSync } from 'node:fs';
import { analyze } from '../../server/src/engine';
import { loadSpeller } from '../../server/src/host/dictionary';
const text = readFileSync(${JSON.stringify(file)}, 'utf8');
// As the editor and letter-check run it: with the speller.
const { speller } = loadSpeller();
for (let i = 0; i < ${Number(iterations)}; i++) analyze(text, { speller });
`,
);
await esbuild.build({ absWorkingDir: root, entryPoints: [driver], bundle: true, outfile: join(results, 'profile-driver.cjs'), platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
const before = new Set(readdirSync(results));
spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', results, join(results, 'profile-driver.cjs')], { stdio: 'inherit' });
const profile = readdirSync(results).find((f) => f.endsWith('.cpuprofile') && !before.has(f));
const { nodes, samples, timeDeltas } = JSON.parse(readFileSync(join(results, profile), 'utf8'));
const byId = new Map(nodes.map((n) => [n.id, n]));
const self = new Map();
samples.forEach((id, k) => {
  const n = byId.get(id);
  const key = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + (timeDeltas[k] ?? 0));
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log(`${profile}: ${(total / 1000).toFixed(0)} ms sampled`);
for (const [key, us] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(1).padStart(8)} ms  ${key}`);
}
