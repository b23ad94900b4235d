// Profiles the engine on a real letter or a scaled document: bundles a tiny driver with esbuild, runs it
// under `node --cpu-prof`, and prints the functions with the most self time.
//   node bench/profile.mjs [letter|seed:002|findings-1048576|letters-1048576|PATH.txt ...] [iterations]
// A path to a text file (a focused-visit letter or an ILACS report of the shared corpus, say) is
// analysed as the editor and letter-check analyse it: through createLetterService, its template
// recognised from its content, with the speller.
// The .cpuprofile is left in bench/results/ for Chrome DevTools or VS Code.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';

const root = join(import.meta.dirname, '..');
const results = join(root, 'bench', 'results');
mkdirSync(results, { recursive: true });
const [what = 'letter', iterations = '1000'] = process.argv.slice(2);
const seeds = join(root, 'test', 'fixtures', 'seeds');
// `letter` is derby; `seed:002` any real letter by its number; a path ending in .txt that file; anything else a generated corpus document.
const file =
  what === 'letter' ? join(seeds, '000_b178a65b987369c5.txt')
  : what.startsWith('seed:') ? join(seeds, readdirSync(seeds).find((f) => f.startsWith(what.slice(5))))
  : what.endsWith('.txt') ? resolve(what)
  : join(results, 'corpus', `${what}.txt`);
const driver = join(results, 'profile-driver.ts');
writeFileSync(
  driver,
  `import { readFileSync } from 'node:fs';
import { createLetterService } from '../../server/src/engine';
import { loadSpeller } from '../../server/src/host/dictionary';
const text = readFileSync(${JSON.stringify(file)}, 'utf8');
// As the editor and letter-check run it: through the service (the template recognised), with the speller.
const { speller } = loadSpeller();
const service = createLetterService({ speller });
const t0 = performance.now();
for (let i = 0; i < ${Number(iterations)}; i++) service.analyze('file:///draft.txt', text);
console.log(\`${Number(iterations)} analyses: \${((performance.now() - t0) / ${Number(iterations)}).toFixed(3)} ms each (mean)\`);
`,
);
await esbuild.build({ absWorkingDir: root, entryPoints: [driver], bundle: true, outfile: join(results, 'profile-driver.cjs'), platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
const before = new Set(readdirSync(results));
spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', results, join(results, 'profile-driver.cjs')], { stdio: 'inherit' });
const profile = readdirSync(results).find((f) => f.endsWith('.cpuprofile') && !before.has(f));
const { nodes, samples, timeDeltas } = JSON.parse(readFileSync(join(results, profile), 'utf8'));
const byId = new Map(nodes.map((n) => [n.id, n]));
const parentOf = new Map();
for (const n of nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
const keyOf = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
const self = new Map();
const inclusive = new Map();
samples.forEach((id, k) => {
  const dt = timeDeltas[k] ?? 0;
  const key = keyOf(byId.get(id));
  self.set(key, (self.get(key) ?? 0) + dt);
  // Inclusive time: each function once per sample, however deep its recursion.
  const seen = new Set();
  for (let x = id; x !== undefined; x = parentOf.get(x)) {
    const up = keyOf(byId.get(x));
    if (!seen.has(up)) inclusive.set(up, (inclusive.get(up) ?? 0) + dt);
    seen.add(up);
  }
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
const print = (title, map, n) => {
  console.log(title);
  for (const [key, us] of [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n)) {
    console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(1).padStart(8)} ms  ${key}`);
  }
};
console.log(`${profile}: ${(total / 1000).toFixed(0)} ms sampled`);
print('Self time:', self, 30);
print('Inclusive time:', inclusive, Number(process.env.PROFILE_INCLUSIVE ?? 40));
