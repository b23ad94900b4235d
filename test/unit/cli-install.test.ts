import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { test } from 'node:test';
import { scratch } from './cli-helpers';

const ROOT = join(__dirname, '..', '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

test('npm pack gives a tarball that npm install -g installs (offline: nothing to fetch) and that runs on the examples', () => {
  const s = scratch();
  try {
    const pack = spawnSync(NPM, ['pack', '--silent', '--pack-destination', s.dir], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(pack.status, 0, pack.stderr);
    const tarball = readdirSync(s.dir).find((f) => /^inspection-letter-checker-.*\.tgz$/.test(f));
    assert.ok(tarball, readdirSync(s.dir).join(', '));
    const prefix = join(s.dir, 'prefix');
    const install = spawnSync(NPM, ['install', '-g', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, join(s.dir, tarball)], { cwd: s.dir, encoding: 'utf8' });
    assert.equal(install.status, 0, install.stderr);
    // A fresh place: the examples copied away from the repository, the installed command alone on the PATH.
    cpSync(join(ROOT, 'examples'), join(s.dir, 'examples'), { recursive: true });
    const bin = process.platform === 'win32' ? prefix : join(prefix, 'bin');
    const env = { PATH: [bin, dirname(process.execPath)].join(delimiter), NO_COLOR: '1' };
    const run = spawnSync('letter-check', ['examples'], { cwd: s.dir, encoding: 'utf8', env, shell: process.platform === 'win32' });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '', 'the dictionary was found beside the installed bundle');
    assert.match(run.stdout, /examples\/doncaster-2012-02\.letter:28:54: warning confused-word /);
    assert.match(run.stdout, /0 errors, 13 warnings, 0 information, 4 hints in 4 files\n$/);
    const sarif = spawnSync('letter-check', ['--format', 'sarif', 'examples'], { cwd: s.dir, encoding: 'utf8', env });
    assert.equal(JSON.parse(sarif.stdout).version, '2.1.0');
  } finally {
    s.done();
  }
});
