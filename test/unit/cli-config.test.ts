import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { run, scratch, SEED } from './cli-helpers';

/** The configuration file and the ignore files as letter-check reads them (in-process). */

test('a .letter-check.json switches a rule off for the letters below it; --rule goes over it', () => {
  const s = scratch();
  try {
    mkdirSync(join(s.dir, 'durham'));
    s.copy(SEED.durham, 'durham/2011.letter');
    // Durham's letter (test/fixtures/seeds/001_...) has a split paragraph at 49:75, a real one from the PDF.
    assert.match(run([s.dir]).stdout, /split-paragraph/);
    writeFileSync(join(s.dir, '.letter-check.jsonc'), '// the team\n{ "rules": { "split-paragraph": "off", "bullet-style": "error", }, }\n');
    const configured = run([s.dir]);
    assert.doesNotMatch(configured.stdout, /split-paragraph/);
    assert.match(configured.stdout, /error bullet-style/);
    assert.equal(configured.code, 1);
    // The nearest wins: the folder's own file puts bullet-style back to a hint.
    writeFileSync(join(s.dir, 'durham', '.letter-check.json'), '{ "rules": { "bullet-style": "hint" } }');
    assert.equal(run([s.dir]).code, 0);
    assert.match(run(['--rule', 'bullet-style=error', s.dir]).stdout, /error bullet-style/);
  } finally {
    s.done();
  }
});

test('a bad configuration: the file, the place and the problem on stderr, exit 2, the letters still checked', () => {
  const s = scratch();
  try {
    s.copy(SEED.durham, 'a.letter');
    writeFileSync(join(s.dir, '.letter-check.json'), '{\n  "rules": { "split-paragraf": "off" }\n}\n');
    const r = run([s.dir]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `letter-check: ${join(s.dir, '.letter-check.json')}:2:14: there is no rule "split-paragraf" (the rules are listed in docs/rules/README.md)\n`);
    assert.match(r.stdout, /in 1 file\n$/);
    writeFileSync(join(s.dir, '.letter-check.json'), '{ "rules": ');
    const broken = run([s.dir]);
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /\.letter-check\.json:1:12: this is not valid JSON: a value was expected/);
    assert.doesNotMatch(broken.stderr, /at \w+ \(/, 'no stack trace');
  } finally {
    s.done();
  }
});

test('words and previous from the configuration: a word accepted for spelling, the previous letter named relative to the file', () => {
  const s = scratch();
  try {
    const text = readFileSync(SEED.derby, 'utf8').replace('Key information', 'Key informashun');
    writeFileSync(join(s.dir, 'draft.letter'), text);
    assert.match(run([join(s.dir, 'draft.letter')]).stdout, /spelling .*informashun/);
    writeFileSync(join(s.dir, '.letter-check.json'), '{ "words": ["Informashun"] }');
    assert.doesNotMatch(run([join(s.dir, 'draft.letter')]).stdout, /informashun/);
    writeFileSync(join(s.dir, '.letter-check.json'), '{ "previous": "missing.letter" }');
    const missing = run([join(s.dir, 'draft.letter')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /\.letter-check\.json: "previous" names .*missing\.letter, which cannot be read/);
  } finally {
    s.done();
  }
});

test('.gitignore, .letter-checkignore and the configuration\'s ignore leave files out; --no-ignore checks them; ! negates', () => {
  const s = scratch();
  try {
    mkdirSync(join(s.dir, 'old'));
    mkdirSync(join(s.dir, 'notes'));
    mkdirSync(join(s.dir, 'kept'));
    s.copy(SEED.derby, 'old/derby.letter');
    s.copy(SEED.durham, 'notes/durham.letter');
    s.copy(SEED.doncaster, 'kept/doncaster.letter');
    s.copy(SEED.staffordshire, 'kept/staffordshire.letter');
    writeFileSync(join(s.dir, '.git'), 'gitdir: elsewhere\n'); // the top of a repository: ignore files above are not read
    writeFileSync(join(s.dir, '.gitignore'), 'old/\n');
    writeFileSync(join(s.dir, '.letter-checkignore'), 'notes/\n');
    writeFileSync(join(s.dir, '.letter-check.json'), '{ "ignore": ["staffordshire.letter"] }');
    const files = (argv: string[]) => (JSON.parse(run(['--format', 'json', ...argv]).stdout) as { file: string }[]).map((f) => relative(s.dir, f.file));
    assert.deepEqual(files([s.dir]), ['kept/doncaster.letter']);
    assert.deepEqual(files(['--no-ignore', s.dir]), ['kept/doncaster.letter', 'kept/staffordshire.letter', 'notes/durham.letter', 'old/derby.letter']);
    assert.deepEqual(files(['--no-ignore', s.dir, `!${s.dir}/kept/**`]), ['notes/durham.letter', 'old/derby.letter']);
    const allIgnored = run([join(s.dir, 'old')]);
    assert.equal(allIgnored.code, 0);
    assert.match(allIgnored.stderr, /old: every file here is ignored .*--no-ignore checks them/);
  } finally {
    s.done();
  }
});

test('quoted globs are expanded, relative to the working folder; a glob matching nothing is an error', () => {
  const cwd = process.cwd();
  const s = scratch();
  try {
    mkdirSync(join(s.dir, 'letters', '2011'), { recursive: true });
    s.copy(SEED.durham, 'letters/2011/durham.letter');
    s.copy(SEED.derby, 'letters/derby.txt');
    process.chdir(s.dir);
    const out = JSON.parse(run(['--format', 'json', 'letters/**/*.letter']).stdout) as { file: string }[];
    assert.deepEqual(out.map((f) => f.file), ['letters/2011/durham.letter']);
    const both = JSON.parse(run(['--format', 'json', 'letters/**/*.{letter,txt}', '!**/2011/**']).stdout) as { file: string }[];
    assert.deepEqual(both.map((f) => f.file), ['letters/derby.txt']);
    const none = run(['letters/*.docx']);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /letters\/\*\.docx: no files match this pattern/);
  } finally {
    process.chdir(cwd);
    s.done();
  }
});
