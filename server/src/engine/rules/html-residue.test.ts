import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { applyFixes } from '../edits';
import { check, covered, describe, replaceOnce, seed, withCode } from '../testing';
import htmlResidue from './html-residue';

const only = { rules: [htmlResidue] };
const fixAll = (text: string) => applyFixes(text, check(text, only).flatMap((d) => d.fixes.filter((f) => f.safe))).text;

test('seed 002 has one HTML tag at the start of lines 46 and 48', () => {
  const text = seed('staffordshire');
  const found = withCode(check(text), 'html-residue');
  assert.deepEqual(
    found.map((d) => [d.range.start.line + 1, d.range.start.character + 1, d.severity, covered(text, d)]),
    [
      [46, 1, 'warning', '<ul style="list-style-type: none">'],
      [48, 1, 'warning', '<ul style="list-style-type: none">'],
    ],
    describe(found),
  );
  assert.match(found[0].message, /HTML tag .*remove it/);
});

test('seed 004 has one HTML tag, on line 28; seeds 000 and 001 have none', () => {
  const found = withCode(check(seed('doncaster')), 'html-residue');
  assert.deepEqual(found.map((d) => d.range.start.line + 1), [28]);
  assert.deepEqual(withCode(check(seed('derby')), 'html-residue'), []);
  assert.deepEqual(withCode(check(seed('durham')), 'html-residue'), []);
});

test('the fix removes the tag and leaves the bullet at the start of the line', () => {
  const fixed = fixAll(seed('doncaster'));
  assert.ok(fixed.includes('Strengths\n▪ Child protection enquires are supported'), 'tag gone, bullet at line start');
  assert.ok(!fixed.includes('<ul'));
  assert.deepEqual(check(fixed, only), []);
  const fixed002 = fixAll(seed('staffordshire'));
  assert.ok(fixed002.includes('following areas\n▪ The common assessment framework'), 'the white space after the tag goes too');
});

test('a tag put into a real letter gets exactly one diagnostic, on it', () => {
  const text = replaceOnce(seed('derby'), '- Practice guidance and procedures', '- Practice guidance <b>and</b> procedures');
  const found = check(text, only);
  assert.deepEqual(found.map((d) => covered(text, d)), ['<b>', '</b>'], describe(found));
  assert.equal(fixAll(text), seed('derby'), 'inline tags are removed without adding or losing spaces');
});

test('tags on their own line leave an empty line, so the paragraphs around them stay apart', () => {
  const derby = seed('derby');
  const text = replaceOnce(derby, 'Strengths\n\n- Considerable', 'Strengths\n  <ul> <li>\n- Considerable');
  const found = check(text, only);
  assert.deepEqual(found.map((d) => [d.range.start.line + 1, covered(text, d)]), [[38, '<ul>'], [38, '<li>']], describe(found));
  assert.equal(fixAll(text), derby);
  const closing = replaceOnce(derby, 'They are in the process of being updated.\n', 'They are in the process of being updated.\n</li></ul>  \n');
  assert.equal(fixAll(closing), replaceOnce(derby, 'They are in the process of being updated.\n', 'They are in the process of being updated.\n\n'));
});

test('a line-breaking tag between two words becomes a space; tags at a line end take the space before them', () => {
  const derby = seed('derby');
  const guidance = '- Practice guidance and procedures are in place and used by staff. They are in the process of being updated.';
  const cases: [string, string][] = [
    ['- Practice guidance and procedures are in place and used by staff.<br>They are in the process of being updated.', guidance],
    ['- Practice guidance and procedures are in place and used by staff. <br> They are in the process of being updated.', guidance],
    [guidance + ' </li> </ul>', guidance],
    ['- Practice <i>guidance</i> and procedures are in place and used by staff. They are in the process of being updated.', guidance],
  ];
  for (const [broken, expected] of cases) {
    assert.equal(fixAll(replaceOnce(derby, guidance, broken)), replaceOnce(derby, guidance, expected), broken);
  }
});

test('hostile input: unclosed and odd tags do not throw', () => {
  for (const junk of ['<', '<ul', '<<ul>>', '<ul>'.repeat(500), '\uFEFF<p>\r', 'a<b', '<p>a<p>b<p>']) {
    const text = replaceOnce(seed('derby'), 'Strengths\n', `Strengths\n${junk}\n`);
    const fixed = fixAll(text);
    assert.ok(!/<[a-z]+>/.test(fixed.slice(0, 2000)), `all complete tags removed from ${JSON.stringify(junk.slice(0, 20))}`);
  }
});
