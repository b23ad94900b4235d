// Runs every *.test.ts under server/src and test/unit with Node's test runner (TypeScript via tsx).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const roots = process.argv.slice(2).length ? process.argv.slice(2) : ['server/src', 'client/src', 'test/unit', 'test/protocol', 'test/robustness'];
const files = [];
for (const dir of roots) {
  let entries = [];
  try {
    entries = readdirSync(join(root, dir), { recursive: true });
  } catch {
    continue;
  }
  for (const entry of entries) if (String(entry).endsWith('.test.ts')) files.push(join(dir, String(entry)));
}
files.sort();
if (!files.length) {
  console.error('run-unit: no test files found under ' + roots.join(', '));
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files.map((f) => relative(root, join(root, f)))], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
