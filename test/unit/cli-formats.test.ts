import { writeFileSync } from 'node:fs';
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv-draft-04';
import { allRules } from '../../server/src/engine';
import { formatGithub, formatJunit } from '../../server/src/cli/format-ci';
import { Progress } from '../../server/src/cli/output';
import { run, scratch, SEED } from './cli-helpers';

const ROOT = join(__dirname, '..', '..');
// The SARIF 2.1.0 schema as Microsoft's SARIF SDK for JavaScript ships it (@microsoft/jest-sarif).
const SARIF_SCHEMA = JSON.parse(readFileSync(join(ROOT, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'));

test('--format sarif is valid SARIF 2.1.0: rules with help links, results with regions, fixes as replacements', () => {
  // Doncaster's letter (test/fixtures/seeds/004_...) has HTML residue and a confused word from the PDF, both with fixes.
  const { code, stdout } = run(['--format', 'sarif', SEED.doncaster, SEED.durham]);
  assert.equal(code, 0);
  // SARIF is read as untyped JSON here; the schema validation below is what checks its shape.
  // oxlint-disable-next-line typescript/no-explicit-any
  const log: { runs: any[] } = JSON.parse(stdout);
  const validate = new Ajv({ strict: false, validateFormats: false, unicodeRegExp: false }).compile(SARIF_SCHEMA);
  const valid = validate(JSON.parse(stdout));
  assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  const run0 = log.runs[0];
  assert.equal(run0.tool.driver.rules.length, allRules.length);
  for (const rule of run0.tool.driver.rules) assert.equal(rule.helpUri, `https://github.com/inspection-letters/inspection-letter-checker/blob/main/docs/rules/${rule.id}.md`);
  const residue = run0.results.find((r: { ruleId: string }) => r.ruleId === 'html-residue');
  assert.equal(residue.level, 'warning');
  assert.equal(run0.tool.driver.rules[residue.ruleIndex].id, 'html-residue');
  const location = residue.locations[0].physicalLocation;
  assert.equal(location.artifactLocation.uri, relative(process.cwd(), SEED.doncaster).split('\\').join('/'));
  assert.equal(location.artifactLocation.uriBaseId, '%SRCROOT%');
  assert.deepEqual(location.region, { startLine: 28, startColumn: 1, endLine: 28, endColumn: 35 });
  const replacement = residue.fixes[0].artifactChanges[0].replacements[0];
  assert.deepEqual(replacement.deletedRegion, { startLine: 28, startColumn: 1, endLine: 28, endColumn: 35 });
  assert.equal(replacement.insertedContent.text, '');
  // A hint is a SARIF note.
  assert.ok(run0.results.some((r: { ruleId: string; level: string }) => r.ruleId === 'bullet-style' && r.level === 'note'));
  assert.ok(!validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), 'the schema does reject a malformed log');
});

test('--format github writes one workflow command per finding, escaped', () => {
  const { stdout } = run(['--format', 'github', '--rule', 'split-paragraph=error', SEED.durham]);
  const lines = stdout.trimEnd().split('\n');
  assert.equal(lines.length, 4);
  const file = SEED.durham.split('\\').join('/').replace(/:/g, '%3A').replace(/,/g, '%2C');
  // Durham's split paragraph at 49:75 runs over the page break to line 53: no end column then.
  assert.ok(lines.includes(`::error file=${file},line=49,col=75,endLine=53,title=split-paragraph::A finding under 'Areas for development' is split by blank lines between 'agreed' and 'by': join the two halves into one paragraph.`), lines.join('\n'));
  assert.ok(lines.some((l) => l.startsWith('::notice ') && l.includes('title=bullet-style')));
  for (const l of lines) assert.match(l, /^::(error|warning|notice) file=[^:]*,line=\d+,col=\d+,endLine=\d+(,endColumn=\d+)?,title=[a-z-]+::[^\n]+$/);
});

test('--format junit: a suite per file, a failing case per finding, XML escaped', () => {
  const { stdout } = run(['--format', 'junit', SEED.doncaster, SEED.derby]);
  assert.match(stdout, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="letter-check" tests="\d+" failures="\d+" errors="0">\n/);
  assert.equal((stdout.match(/<testsuite /g) ?? []).length, 2);
  assert.equal((stdout.match(/<testcase /g) ?? []).length, (stdout.match(/<\/testcase>|<testcase [^>]*\/>/g) ?? []).length);
  // Doncaster's HTML residue message quotes a tag: it must arrive escaped.
  assert.match(stdout, /HTML tag &lt;ul style=&quot;list-style-type: none&quot;&gt;/);
  assert.doesNotMatch(stdout.replace(/<\/?(testsuites|testsuite|testcase|failure)\b[^<>]*>|<\?xml[^>]*\?>/g, ''), /[<>]/, 'no stray markup');
});

test('- reads standard input; --stdin-filename names it and finds its configuration', () => {
  const text = readFileSync(SEED.durham, 'utf8');
  const plain = run(['-'], { stdin: text });
  assert.match(plain.stdout, /^<stdin>:49:75: warning split-paragraph /m);
  const named = run(['--stdin-filename', 'letters/durham.letter', '-'], { stdin: text });
  assert.match(named.stdout, /^letters\/durham\.letter:49:75: warning split-paragraph /m);
  const s = scratch();
  try {
    writeFileSync(join(s.dir, '.letter-check.json'), '{ "rules": { "split-paragraph": "off" } }');
    assert.doesNotMatch(run(['--stdin-filename', join(s.dir, 'draft.letter'), '-'], { stdin: text }).stdout, /split-paragraph/);
  } finally {
    s.done();
  }
  // --fix on standard input writes the fixed text out, as formatters do.
  const fixed = run(['--fix', '-'], { stdin: text });
  assert.ok(fixed.stdout.length > 1000 && !fixed.stdout.includes('split-paragraph'));
  assert.notEqual(fixed.stdout, text);
  assert.match(fixed.stdout, /^Ofsted|\S/);
  assert.equal(run(['-', '-'], { stdin: text }).code, 2);
});

test('--fix --dry-run prints a unified diff and writes nothing', () => {
  const s = scratch();
  try {
    const path = s.copy(SEED.doncaster, 'doncaster.letter');
    const before = readFileSync(path, 'utf8');
    const r = run(['--fix', '--dry-run', path]);
    assert.equal(readFileSync(path, 'utf8'), before, 'the file is untouched');
    assert.ok(r.stdout.startsWith(`--- a/${path}\n+++ b/${path}\n@@ -`), r.stdout.slice(0, 200));
    assert.match(r.stdout, /^-Child protection enquires|^-<ul style/m);
    assert.match(r.stdout, /^\+- Child protection enquiries/m);
    const json = JSON.parse(run(['--fix', '--dry-run', '--format', 'json', path]).stdout);
    assert.match(json[0].diff, /^--- a\//);
    assert.equal(run(['--dry-run', path]).code, 2, '--dry-run alone is bad usage');
  } finally {
    s.done();
  }
});

test('FORCE_COLOR forces colour off a terminal, FORCE_COLOR=0 and NO_COLOR switch it off', () => {
  assert.ok(run([SEED.durham], { env: { FORCE_COLOR: '1' } }).stdout.includes('\x1b[33mwarning'));
  assert.ok(!run([SEED.durham], { tty: true, env: { FORCE_COLOR: '0' } }).stdout.includes('\x1b['));
  assert.ok(!run([SEED.durham], { tty: true, env: { NO_COLOR: '1' } }).stdout.includes('\x1b['));
  assert.ok(run([SEED.durham], { tty: true }).stdout.includes('\x1b['));
});

test('progress is drawn on one line at most ten times a second, and cleared', () => {
  let out = '';
  let t = 0;
  const progress = new Progress({ write: (s: string) => (out += s) }, 100, () => t);
  for (let i = 1; i <= 100; i++) {
    t += 5;
    progress.update(i);
  }
  progress.clear();
  const frames = out.split('\r\x1b[K').filter(Boolean);
  assert.equal(frames.length, 5, 'every 100 ms over 500 ms (the last falls on the 500th)');
  assert.equal(frames.at(-1), 'letter-check: 100 of 100 files checked');
  assert.ok(out.endsWith('\r\x1b[K'));
});

test('github and junit escape what their syntax reserves', () => {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } };
  const reports = [{ file: 'a,b:c.letter', diagnostics: [{ code: 'html-residue', severity: 'warning' as const, message: '100% <b>\nbold\u0001', range }] }];
  assert.equal(formatGithub(reports), '::warning file=a%2Cb%3Ac.letter,line=1,col=1,endLine=1,endColumn=4,title=html-residue::100%25 <b>%0Abold\u0001\n');
  assert.match(formatJunit(reports), /message="100% &lt;b&gt;\nbold"/);
});
