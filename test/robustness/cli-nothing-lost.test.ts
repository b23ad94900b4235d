import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { seed } from '../../server/src/engine/testing';

/**
 * `letter-check --fix` loses nothing: it writes through a temporary file and a rename, keeps the line
 * endings, encoding and byte order mark it found, writes nothing when nothing changes, never touches a
 * file it was not given, and turns unreadable input (binary, invalid UTF-8) into a plain message.
 * Driven through the real command line (the TypeScript entry point, so no build is needed).
 */

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'server', 'src', 'cli', 'letter-check.ts');
const work = mkdtempSync(join(tmpdir(), 'letter-check-robust-'));
after(() => rmSync(work, { recursive: true, force: true }));

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string; ms: number } {
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - started };
}

/** A folder holding one file; returns the file's path. */
function fileWith(name: string, bytes: Uint8Array | string): string {
  const dir = mkdtempSync(join(work, 'case-'));
  const path = join(dir, name);
  writeFileSync(path, bytes);
  // An old mtime, so a rewrite within the same second still shows.
  utimesSync(path, new Date(2020, 0, 1), new Date(2020, 0, 1));
  return path;
}

/** Staffordshire holds HTML residue, which has a safe fix: --fix has something to do. */
const FIXABLE = seed('staffordshire');
const CLEAN = seed('derby');

describe('letter-check --fix loses nothing', () => {
  it('a fix keeps CRLF line breaks and the UTF-8 byte order mark, and writes through a rename', () => {
    const text = FIXABLE.replace(/\r?\n/g, '\r\n');
    const path = fileWith('staffordshire.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    const before = statSync(path);
    const r = cli('--fix', path);
    assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
    const bytes = readFileSync(path);
    assert.notDeepEqual(bytes, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'nothing was fixed: the test tests nothing');
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the byte order mark was lost');
    const after = bytes.subarray(3).toString('utf8');
    assert.ok(!/(^|[^\r])\n/.test(after), 'a bare LF line break was written into a CRLF file');
    assert.ok(!after.includes('<ul'), 'the safe fix (remove the HTML tag) was not applied');
    assert.notEqual(statSync(path).ino, before.ino, 'the file was rewritten in place, not through a temporary file and a rename');
    assert.deepEqual(readdirSync(join(path, '..')), ['staffordshire.txt'], 'a temporary file was left behind');
  });

  it('a fix keeps UTF-16 LE with its byte order mark', () => {
    const path = fileWith('staffordshire-utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FIXABLE, 'utf16le')]));
    const r = cli('--fix', path);
    assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
    const bytes = readFileSync(path);
    assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xfe], 'the UTF-16 byte order mark was lost');
    const text = bytes.subarray(2).toString('utf16le');
    assert.ok(text.includes('Yours sincerely') && !text.includes('<ul'), 'the file was not fixed, or not written back as UTF-16');
  });

  it('writes nothing when nothing changes: a second --fix leaves the file alone (same inode, same mtime)', () => {
    const path = fileWith('derby.txt', CLEAN);
    assert.equal(cli('--fix', path).status, 0);
    const fixed = readFileSync(path, 'utf8');
    utimesSync(path, new Date(2020, 0, 1), new Date(2020, 0, 1));
    const before = statSync(path);
    const r = cli('--fix', path);
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /fixed/, 'the second pass still found something to fix');
    const now = statSync(path);
    assert.equal(now.mtimeMs, before.mtimeMs, 'the file was written though nothing changed');
    assert.equal(now.ino, before.ino);
    assert.equal(readFileSync(path, 'utf8'), fixed);
  });

  it('never touches a file it was not given', () => {
    const given = fileWith('given.txt', FIXABLE);
    const other = join(given, '..', 'other.txt');
    writeFileSync(other, FIXABLE);
    utimesSync(other, new Date(2020, 0, 1), new Date(2020, 0, 1));
    const before = statSync(other);
    cli('--fix', given);
    assert.equal(readFileSync(other, 'utf8'), FIXABLE);
    assert.equal(statSync(other).mtimeMs, before.mtimeMs);
    assert.notEqual(readFileSync(given, 'utf8'), FIXABLE, 'the given file was not fixed: the test tests nothing');
  });

  it('keeps a read-only file read-only (its mode survives the rename)', () => {
    const path = fileWith('readonly.txt', FIXABLE);
    chmodSync(path, 0o444);
    const r = cli('--fix', path);
    // As root the write succeeds; as a user it must fail with a plain message and leave the file whole.
    if (r.status === 2) {
      assert.match(r.stderr, /readonly\.txt/);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'a stack trace instead of a message');
      assert.equal(readFileSync(path, 'utf8'), FIXABLE);
    } else {
      assert.equal(statSync(path).mode & 0o777, 0o444, 'the fix made a read-only file writable');
    }
  });
});

describe('letter-check on unreadable and huge input', () => {
  it('a binary file gives a plain message, exit 2, no stack trace, and is not written', () => {
    const bytes = Buffer.alloc(200_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) & 0xff;
    const path = fileWith('binary.txt', bytes);
    const r = cli('--fix', path);
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.match(r.stderr + r.stdout, /binary/i);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
    assert.deepEqual(readFileSync(path), bytes);
  });

  it('invalid UTF-8 gives a plain message and is not written', () => {
    const bytes = Buffer.concat([Buffer.from(FIXABLE, 'utf8'), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x41])]);
    const path = fileWith('latin.txt', bytes);
    const r = cli('--fix', path);
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.match(r.stderr + r.stdout, /UTF-8/);
    assert.deepEqual(readFileSync(path), bytes);
  });

  it('a 2 MB file and a 1 MB single line are checked in bounded time', () => {
    const big = fileWith('big.txt', CLEAN.repeat(Math.ceil(2e6 / CLEAN.length)));
    const line = fileWith('line.txt', 'word '.repeat(200_000));
    for (const path of [big, line]) {
      const r = cli(path);
      assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr.slice(0, 500)}`);
      assert.ok(r.ms < 45_000, `took ${r.ms.toFixed(0)} ms`);
    }
  });
});
