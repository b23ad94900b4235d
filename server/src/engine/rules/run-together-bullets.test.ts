import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { applyFixes } from '../edits';
import { analyze } from '../analyze';
import { check, describe, LETTERS, replaceOnce, seed, withCode } from '../testing';
import runTogetherBullets from './run-together-bullets';

const only = { rules: [runTogetherBullets] };
const fixAll = (text: string) => applyFixes(text, check(text, only).flatMap((d) => d.fixes.filter((f) => f.safe))).text;

test('seed 002: one warning per line, not per bullet (lines 46 and 48)', () => {
  const found = withCode(check(seed('staffordshire')), 'run-together-bullets');
  assert.deepEqual(
    found.map((d) => [d.range.start.line + 1, d.range.start.character + 1, d.severity]),
    [
      [46, 36, 'warning'],
      [48, 36, 'warning'],
    ],
    describe(found),
  );
  assert.match(found[0].message, /^7 bullets are run together on this line/);
  assert.match(found[1].message, /^4 bullets/);
});

test('no other real letter has run-together bullets', () => {
  for (const name of LETTERS.filter((n) => n !== 'staffordshire')) assert.deepEqual(withCode(check(seed(name)), 'run-together-bullets'), [], name);
});

test('the fix puts each bullet on its own line as "- ", keeping every finding', () => {
  const text = seed('staffordshire');
  const fixed = fixAll(text);
  assert.deepEqual(check(fixed, only), []);
  const lines = fixed.split('\n');
  const at = lines.findIndex((l) => l.includes('- The common assessment framework (CAF) is well established'));
  assert.ok(at > 0);
  assert.deepEqual(
    lines.slice(at + 1, at + 3).map((l) => l.slice(0, 40)),
    ['- Most assessments seen by inspectors we', '- Section 47 enquiries are carried out b'],
  );
  const before = analyze(text).letter;
  const after = analyze(fixed).letter;
  for (const section of before.sections) {
    assert.deepEqual(
      after.section(section.id)!.findings.map((f) => f.text.text),
      section.findings.map((f) => f.text.text),
      section.id,
    );
  }
});

test('the fix keeps the document\'s CRLF line endings', () => {
  const crlf = seed('staffordshire').replace(/\n/g, '\r\n');
  const fixed = fixAll(crlf);
  assert.ok(!/[^\r]\n/.test(fixed), 'every line break is CRLF');
  assert.ok(fixed.includes('well established and regularly involves a range of agencies.\r\n- Most assessments'));
});

test('two bullets run together in a real letter: exactly one diagnostic', () => {
  const text = replaceOnce(
    seed('derby'),
    'being updated.\n- Plans reflect',
    'being updated. • Plans reflect',
  );
  const found = check(text, only);
  assert.equal(found.length, 1, describe(found));
  assert.equal(found[0].range.start.line + 1, 46);
  assert.equal(fixAll(text), seed('derby'));
});

test('a paragraph with a bullet run on after it: one diagnostic; the fix moves only the bullet', () => {
  const derby = seed('derby');
  const text = replaceOnce(derby, 'lack of focus on fathers or male carers.', 'lack of focus on fathers or male carers. \u2022 Extra finding.');
  const found = check(text, only);
  assert.deepEqual(found.map((d) => [d.range.start.line + 1, d.range.start.character + 1]), [[56, 1]], describe(found));
  assert.equal(fixAll(text), replaceOnce(derby, 'lack of focus on fathers or male carers.', 'lack of focus on fathers or male carers.\n- Extra finding.'));
});

/** Wraps the lines holding bullet marks at spaces to `width`, as an editor's hard wrap does. */
function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (!line.includes('\u25AA')) return line;
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && current.length + 1 + word.length > width) {
          out.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}

/** Issue 14, item 11: a hard-wrapped paragraph of run-together bullets gave one warning per wrapped line. */
test('seed 002 hard-wrapped at 72 columns: still one warning per run (two), counting every bullet, a mark at a line end included', () => {
  const text = hardWrap(seed('staffordshire'), 72);
  const found = check(text, only);
  assert.equal(found.length, 2, describe(found));
  // Some wrapped lines end with the mark, their finding on the next line: counted all the same.
  assert.ok(/ \u25AA\n/.test(text), 'the wrap leaves a mark at the end of a line');
  assert.match(found[0].message, /^7 bullets are run together over these \d+ lines/);
  assert.match(found[1].message, /^4 bullets are run together over these \d+ lines/);
  // The fix puts each bullet on its own line: the findings are the same as the unwrapped letter's.
  const fixed = fixAll(text);
  assert.deepEqual(check(fixed, only), []);
  assert.ok(!/\u25AA/.test(fixed), 'no mark is left behind');
  const findings = (t: string) => analyze(t).letter.sections.map((s) => `${s.id} ${s.findings.length}`);
  assert.deepEqual(findings(fixed), findings(fixAll(seed('staffordshire'))));
});
