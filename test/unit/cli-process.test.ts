import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { builtCli, scratch, SEEDS, SEED } from './cli-helpers';

/** The built command line as a process: threads, pipes and standard input. */

const ENV = { ...process.env, NO_COLOR: '1' };

/** A folder of many letters: the five seeds copied 12 times each (60 files, over the threshold for threads). */
function manyLetters(dir: string): string {
  const folder = join(dir, 'archive');
  mkdirSync(folder);
  for (let i = 0; i < 12; i++) cpSync(SEEDS, join(folder, `copy-${String(i).padStart(2, '0')}`), { recursive: true });
  return folder;
}

test('many files on worker threads give the same output, in the same order, as on one thread', async () => {
  const s = scratch();
  try {
    const bin = await builtCli(s.dir);
    const folder = manyLetters(s.dir);
    const one = spawnSync(process.execPath, [bin, '--jobs', '1', folder], { encoding: 'utf8', env: ENV });
    const three = spawnSync(process.execPath, [bin, '--jobs', '3', folder], { encoding: 'utf8', env: ENV });
    assert.equal(one.status, 0, one.stderr);
    assert.equal(three.status, 0, three.stderr);
    assert.match(one.stdout, /in 60 files\n$/);
    assert.equal(three.stdout, one.stdout);
    const sarifOne = spawnSync(process.execPath, [bin, '--jobs', '1', '--format', 'sarif', folder], { encoding: 'utf8', env: ENV });
    const sarifThree = spawnSync(process.execPath, [bin, '--jobs', '3', '--format', 'sarif', folder], { encoding: 'utf8', env: ENV });
    assert.equal(sarifThree.stdout, sarifOne.stdout);
  } finally {
    s.done();
  }
});

test('a reader that closes the pipe early (| head) ends the run quietly', async () => {
  const s = scratch();
  try {
    const bin = await builtCli(s.dir);
    const folder = manyLetters(s.dir);
    const child = spawn(process.execPath, [bin, folder], { env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // Read the first chunk, then close our end, as `head -1` does.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    assert.equal(stderr, '');
    assert.equal(status, 0);
  } finally {
    s.done();
  }
});

test('- reads the real standard input', async () => {
  const s = scratch();
  try {
    const bin = await builtCli(s.dir);
    const r = spawnSync(process.execPath, [bin, '--stdin-filename', 'durham.letter', '-'], { input: readFileSync(SEED.durham), encoding: 'utf8', env: ENV });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^durham\.letter:49:75: warning split-paragraph /m);
  } finally {
    s.done();
  }
});
