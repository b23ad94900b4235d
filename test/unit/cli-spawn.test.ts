import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { builtCli, scratch, SEED } from './cli-helpers';

const ROOT = join(__dirname, '..', '..');

test('the built command line runs as a program: exit status, output and errors', async () => {
  const s = scratch();
  try {
    const bin = await builtCli(s.dir);
    const ok = spawnSync(process.execPath, [bin, SEED.durham], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /:49:75: warning split-paragraph /);
    assert.match(ok.stdout, /0 errors, 2 warnings, 0 information, 2 hints in 1 file\n$/);
    const errors = spawnSync(process.execPath, [bin, '--rule', 'split-paragraph=error', SEED.durham], { encoding: 'utf8' });
    assert.equal(errors.status, 1);
    const bad = spawnSync(process.execPath, [bin, '--nope'], { encoding: 'utf8' });
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr, "letter-check: unknown option '--nope'\nTry 'letter-check --help' for more information.\n");
    const version = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    assert.match(version.stdout, /^letter-check \d+\.\d+\.\d+/);
  } finally {
    s.done();
  }
});

test('bin/letter-check.js says to build first when dist/cli.js is missing', () => {
  const s = scratch();
  try {
    mkdirSync(join(s.dir, 'bin'));
    copyFileSync(join(ROOT, 'bin', 'letter-check.js'), join(s.dir, 'bin', 'letter-check.js'));
    const r = spawnSync(process.execPath, [join(s.dir, 'bin', 'letter-check.js'), SEED.derby], { encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /not built yet: run 'npm run build'/);
  } finally {
    s.done();
  }
});
