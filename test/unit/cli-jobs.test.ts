import assert from 'node:assert/strict';
import { test } from 'node:test';
import { USAGE } from '../../server/src/cli/args';
import { defaultJobs, FILES_PER_THREAD } from '../../server/src/cli/main';

test('two cores or fewer: one thread whatever the number of files (measured: threads never paid there, 151 to 346 files)', () => {
  for (const files of [1, 24, 151, 346, 2000, 100_000]) {
    assert.equal(defaultJobs(files, 1), 1);
    assert.equal(defaultJobs(files, 2), 1);
  }
});

test('more cores: one thread per core, but never more than one per FILES_PER_THREAD files', () => {
  assert.equal(FILES_PER_THREAD, 100);
  assert.equal(defaultJobs(151, 8), 1);
  assert.equal(defaultJobs(199, 4), 1);
  assert.equal(defaultJobs(200, 4), 2);
  assert.equal(defaultJobs(346, 4), 3);
  assert.equal(defaultJobs(2000, 4), 4);
  assert.equal(defaultJobs(2000, 64), 20);
  assert.equal(defaultJobs(0, 8), 1);
});

test('--help says what the default is', () => {
  assert.match(USAGE, /--jobs N +Check on N threads \(default: one; with more than 2 cores,\n +one per core, at most one per 100 files/);
});
