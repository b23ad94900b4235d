import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { test } from 'node:test';
import { run, scratch, SEED, SEEDS } from './cli-helpers';

test('text format: compiler-style lines (1-based) and a summary', () => {
  const { code, stdout, stderr } = run([SEED.durham]);
  assert.equal(code, 0, 'warnings only: exit 0');
  assert.equal(stderr, '');
  const lines = stdout.trimEnd().split('\n');
  assert.ok(lines.includes(`${SEED.durham}:49:75: warning split-paragraph A finding under 'Areas for development' is split by blank lines between 'agreed' and 'by': join the two halves into one paragraph.`), stdout);
  assert.equal(lines[lines.length - 1], '0 errors, 2 warnings, 0 information, 2 hints in 1 file');
  assert.ok(!stdout.includes('\x1b['), 'no colour when not on a terminal');
});

test('colour only on a terminal, and never with NO_COLOR', () => {
  assert.ok(run([SEED.durham], { tty: true }).stdout.includes('\x1b[33mwarning'));
  assert.ok(!run([SEED.durham], { tty: true, env: { NO_COLOR: '1' } }).stdout.includes('\x1b['));
});

test('json format: files with LSP diagnostics (0-based positions)', () => {
  const { code, stdout } = run(['--format', 'json', SEED.durham, SEED.derby]);
  assert.equal(code, 0);
  const out = JSON.parse(stdout);
  assert.deepEqual(out.map((f: { file: string }) => f.file), [SEED.derby, SEED.durham], 'sorted');
  const split = out[1].diagnostics.find((d: { code: string }) => d.code === 'split-paragraph');
  assert.deepEqual(Object.keys(split).sort(), ['code', 'message', 'range', 'severity']);
  assert.deepEqual(split.range.start, { line: 26, character: 377 });
  assert.equal(split.severity, 'warning');
});

test('a folder: every *.letter and *.txt inside, recursively, sorted, skipping node_modules and dot folders', () => {
  const s = scratch();
  try {
    s.copy(SEED.derby, 'b.letter');
    mkdirSync(join(s.dir, 'sub'));
    s.copy(SEED.durham, 'sub/a.txt');
    mkdirSync(join(s.dir, 'node_modules'));
    s.copy(SEED.report, 'node_modules/x.txt');
    mkdirSync(join(s.dir, '.git'));
    s.copy(SEED.report, '.git/y.letter');
    writeFileSync(join(s.dir, 'notes.md'), 'not a letter');
    const out = JSON.parse(run(['--format', 'json', s.dir]).stdout);
    assert.deepEqual(out.map((f: { file: string }) => f.file), [join(s.dir, 'b.letter'), join(s.dir, 'sub', 'a.txt')]);
  } finally {
    s.done();
  }
});

test('--rule sets a severity or switches a rule off; an error exits 1', () => {
  const raised = run(['--rule', 'split-paragraph=error', SEED.durham]);
  assert.equal(raised.code, 1);
  assert.match(raised.stdout, /:27:378: error split-paragraph/);
  assert.match(raised.stdout, /^2 errors, 0 warnings/m);
  const off = run(['--rule', 'split-paragraph=off', '--rule', 'bullet-style=off', SEED.durham]);
  assert.equal(off.code, 0);
  assert.equal(off.stdout, '0 errors, 0 warnings, 0 information, 0 hints in 1 file\n');
});

test('bad usage exits 2 with a plain message and no stack trace', () => {
  const cases: [string[], RegExp][] = [
    [['--bogus', SEED.derby], /unknown option '--bogus'/],
    [['--format', 'xml', SEED.derby], /unknown format 'xml'/],
    [['--format'], /option '--format' needs a value/],
    [['--rule', 'no-such-rule=off', SEED.derby], /unknown rule 'no-such-rule'/],
    [['--rule', 'split-paragraph=loud', SEED.derby], /unknown severity 'loud'/],
    [['--rule', 'split-paragraph', SEED.derby], /needs ID=SEVERITY/],
    [[], /no files or folders to check/],
  ];
  for (const [argv, message] of cases) {
    const { code, stderr, stdout } = run(argv);
    assert.equal(code, 2, argv.join(' '));
    assert.match(stderr, message);
    assert.match(stderr, /letter-check --help/);
    assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    assert.equal(stdout, '');
  }
});

test('files that cannot be read exit 2, naming the file and the reason; the others are still checked', () => {
  const s = scratch();
  try {
    writeFileSync(join(s.dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    writeFileSync(join(s.dir, 'latin1.txt'), Buffer.from('Dear Ms Caf\xe9\n', 'latin1'));
    mkdirSync(join(s.dir, 'empty-folder'));
    const cases: [string, RegExp][] = [
      [join(s.dir, 'missing.letter'), /missing\.letter: no such file or folder/],
      [join(s.dir, 'binary.txt'), /binary\.txt: this is a binary file/],
      [join(s.dir, 'latin1.txt'), /latin1\.txt: this file is not valid UTF-8/],
      [join(s.dir, 'empty-folder'), /empty-folder: no \*\.letter or \*\.txt files/],
    ];
    for (const [path, message] of cases) {
      const { code, stderr } = run([path, SEED.derby]);
      assert.equal(code, 2, path);
      assert.match(stderr, message);
    }
    const mixed = run([join(s.dir, 'missing.letter'), SEED.derby]);
    assert.match(mixed.stdout, /in 1 file\n$/, 'the readable file is reported');
  } finally {
    s.done();
  }
});

test('an empty file gets the engine\'s information diagnostic and exits 0', () => {
  const s = scratch();
  try {
    writeFileSync(join(s.dir, 'empty.letter'), '');
    const { code, stdout } = run([join(s.dir, 'empty.letter')]);
    assert.equal(code, 0);
    assert.match(stdout, /empty\.letter:1:1: information not-a-letter The document is empty/);
  } finally {
    s.done();
  }
});

test('--help and --version', () => {
  const help = run(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: letter-check/);
  assert.match(help.stdout, /--previous FILE/);
  const version = run(['--version']);
  assert.equal(version.code, 0);
  assert.match(version.stdout, /^letter-check \d+\.\d+\.\d+\n$/);
});

test('the seeds folder: warnings only, so exit 0, over 5 files', () => {
  const { code, stdout } = run([SEEDS]);
  assert.equal(code, 0);
  assert.match(stdout, /in 5 files\n$/);
});

test('json format: related places as LSP locations (file URI and 0-based range)', () => {
  const s = scratch();
  try {
    const derby = readFileSync(SEED.derby, 'utf8').replace('- Safeguarding responsibilities', '• Safeguarding responsibilities').replace('- Plans reflect', '• Plans reflect');
    const file = join(s.dir, 'mixed.letter');
    writeFileSync(file, derby);
    const out = JSON.parse(run(['--format', 'json', '--rule', 'bullet-style=warning', file]).stdout);
    const hint = out[0].diagnostics.find((d: { code: string; message: string }) => d.code === 'bullet-style' && d.message.includes('statutory guidance'));
    assert.equal(hint.severity, 'warning', '--rule applies in json too');
    assert.deepEqual(hint.relatedInformation, [
      { location: { uri: pathToFileURL(file).href, range: { start: { line: 46, character: 2 }, end: { line: 46, character: 7 } } }, message: "This finding starts with '•' too." },
    ]);
  } finally {
    s.done();
  }
});

test('a file named twice, or also found in a named folder, is checked once', () => {
  const s = scratch();
  try {
    const file = s.copy(SEED.derby, 'a.letter');
    const out = JSON.parse(run(['--format', 'json', file, s.dir, join(s.dir, '.', 'a.letter')]).stdout);
    assert.deepEqual(out.map((f: { file: string }) => f.file), [file]);
  } finally {
    s.done();
  }
});

test("spelling: a misspelt word is a warning; a team's .letter-words above the letter accepts it; --rule spelling=off silences it", () => {
  const s = scratch();
  try {
    const text = readFileSync(SEED.derby, 'utf8').replace('Practice guidance and procedures', 'Practice guidance and qwxzv procedures');
    mkdirSync(join(s.dir, 'derby'));
    writeFileSync(join(s.dir, 'derby', 'draft.letter'), text);
    const before = run([s.dir]);
    assert.match(before.stdout, /draft\.letter:\d+:\d+: warning spelling 'qwxzv' is not in the British English dictionary/);
    writeFileSync(join(s.dir, '.letter-words'), 'qwxzv\n');
    assert.doesNotMatch(run([s.dir]).stdout, /spelling/);
    rmSync(join(s.dir, '.letter-words'));
    assert.match(run([s.dir]).stdout, /spelling/);
    assert.doesNotMatch(run(['--rule', 'spelling=off', s.dir]).stdout, /spelling/);
  } finally {
    s.done();
  }
});
