import { strict as assert } from 'node:assert';
import { chmodSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../server/src/engine/analyze';
import { run, scratch, SEED } from './cli-helpers';

const PASTE_RULES = ['html-residue', 'run-together-bullets', 'split-paragraph', 'bullet-style', 'confused-word'];

test('without --fix nothing is written', () => {
  const s = scratch();
  try {
    const file = s.copy(SEED.staffordshire, 'a.letter');
    const before = readFileSync(file);
    run([file]);
    assert.deepEqual(readFileSync(file), before);
  } finally {
    s.done();
  }
});

test('--fix applies the safe fixes, saves the file, and reports what it fixed and what remains', () => {
  const s = scratch();
  try {
    const file = s.copy(SEED.staffordshire, 'a.letter');
    const { code, stdout } = run(['--fix', file]);
    assert.equal(code, 0);
    assert.match(stdout, /a\.letter: fixed 6 problems \(html-residue ×2, run-together-bullets ×2, split-paragraph ×2\)/);
    const fixed = readFileSync(file, 'utf8');
    assert.ok(fixed.includes('following areas\n- The common assessment framework (CAF) is well established'));
    const remaining = analyze(fixed).diagnostics.filter((d) => PASTE_RULES.includes(d.code));
    assert.deepEqual(remaining, []);
    assert.deepEqual(readdirSync(s.dir), ['a.letter'], 'no temporary file left behind');
  } finally {
    s.done();
  }
});

test('--fix keeps CRLF line endings, a byte order mark, and UTF-16', () => {
  const s = scratch();
  try {
    const crlfBom = join(s.dir, 'crlf.letter');
    writeFileSync(crlfBom, '\uFEFF' + readFileSync(SEED.durham, 'utf8').replace(/\n/g, '\r\n'));
    const utf16 = join(s.dir, 'utf16.letter');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(SEED.doncaster, 'utf8'), 'utf16le')]));
    const { code, stdout } = run(['--fix', crlfBom, utf16]);
    assert.equal(code, 0, stdout);
    const bytes = readFileSync(crlfBom);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'BOM kept');
    const text = bytes.toString('utf8');
    assert.ok(!/[^\r]\n/.test(text), 'every line break still CRLF');
    assert.ok(text.includes('are seen and agreed by a manager.\r\n'));
    const wide = readFileSync(utf16);
    assert.deepEqual([...wide.subarray(0, 2)], [0xff, 0xfe]);
    assert.ok(wide.subarray(2).toString('utf16le').includes('Child protection enquiries are supported'));
  } finally {
    s.done();
  }
});

test('--fix writes nothing when nothing changes, and never touches the previous letter', () => {
  const s = scratch();
  try {
    const report = s.copy(SEED.report, 'report.txt');
    const previous = s.copy(SEED.staffordshire, 'previous.letter');
    const draft = s.copy(SEED.derby, 'draft.letter');
    const old = new Date('2020-01-01T00:00:00Z');
    utimesSync(report, old, old);
    utimesSync(previous, old, old);
    const previousBytes = readFileSync(previous);
    const { code, stderr } = run(['--fix', '--previous', previous, report, draft]);
    assert.notEqual(code, 2, stderr);
    assert.equal(statSync(report).mtimeMs, old.getTime(), 'unchanged file not rewritten');
    assert.equal(statSync(previous).mtimeMs, old.getTime(), 'previous letter not written');
    assert.deepEqual(readFileSync(previous), previousBytes);
    assert.ok(readFileSync(draft, 'utf8').includes('\n- The quality of initial and core assessments'), 'the draft was fixed');
  } finally {
    s.done();
  }
});

test('--fix with --format json reports how many problems each file had fixed', () => {
  const s = scratch();
  try {
    const file = s.copy(SEED.doncaster, 'd.letter');
    const out = JSON.parse(run(['--fix', '--format', 'json', file]).stdout);
    assert.equal(out[0].fixed, 6);
    assert.deepEqual(out[0].diagnostics, []);
  } finally {
    s.done();
  }
});

test('a file that cannot be saved is reported (exit 2) and left as it was', { skip: process.getuid?.() === 0 ? 'root can write anywhere' : false }, () => {
  const s = scratch();
  try {
    const file = s.copy(SEED.durham, 'locked.letter');
    chmodSync(s.dir, 0o555);
    const { code, stderr } = run(['--fix', file]);
    chmodSync(s.dir, 0o755);
    assert.equal(code, 2);
    assert.match(stderr, /locked\.letter: could not save the fixes/);
    assert.deepEqual(readFileSync(file), readFileSync(SEED.durham));
  } finally {
    s.done();
  }
});
