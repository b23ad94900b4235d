import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyze } from '../analyze';
import { applyFixes } from '../edits';
import { check, describe, LETTERS, seed } from '../testing';
import bulletStyle from './bullet-style';
import confusedWord from './confused-word';
import htmlResidue from './html-residue';
import runTogetherBullets from './run-together-bullets';
import splitParagraph from './split-paragraph';

/** The pasted-PDF rules together: their safe fixes must not disturb each other or the inspector's words. */
const rules = [htmlResidue, runTogetherBullets, splitParagraph, bulletStyle, confusedWord];

function fixAll(text: string): { text: string; passes: number } {
  for (let passes = 0; passes < 5; passes++) {
    const fixes = check(text, { rules }).flatMap((d) => d.fixes.filter((f) => f.safe));
    if (!fixes.length) return { text, passes };
    text = applyFixes(text, fixes).text;
  }
  throw new Error('safe fixes did not settle in 5 passes');
}

const warnings = (name: (typeof LETTERS)[number]) =>
  check(seed(name), { rules })
    .filter((d) => d.severity === 'warning')
    .map((d) => `${d.range.start.line + 1} ${d.code}`);

test('the warnings on the real letters are exactly the known pasted-PDF defects', () => {
  assert.deepEqual(warnings('derby'), []);
  assert.deepEqual(warnings('durham'), ['27 split-paragraph', '49 split-paragraph']);
  assert.deepEqual(warnings('staffordshire'), ['46 html-residue', '46 run-together-bullets', '48 html-residue', '48 run-together-bullets', '48 split-paragraph', '67 split-paragraph']);
  assert.deepEqual(warnings('doncaster'), ['28 html-residue', '28 confused-word', '28 split-paragraph', '44 split-paragraph', '59 split-paragraph']);
});

for (const name of LETTERS) {
  test(`${name}: applying every safe fix gives a clean letter with the same findings, section by section`, () => {
    const original = seed(name);
    const { text, passes } = fixAll(original);
    assert.ok(passes <= 2, `settled in ${passes} passes`);
    const after = check(text, { rules });
    assert.deepEqual(after, [], describe(after));
    const before = analyze(original).letter;
    const fixed = analyze(text).letter;
    assert.deepEqual(fixed.sections.map((s) => s.id), before.sections.map((s) => s.id));
    for (const section of before.sections) {
      const words = (s: typeof section) => s.findings.map((f) => f.text.text.replace(/\bChild protection enquires\b/, 'Child protection enquiries'));
      assert.deepEqual(words(fixed.section(section.id)!), words(section), `${name} ${section.id}`);
    }
    assert.equal(text.includes('\r'), original.includes('\r'));
  });
}

test('property: on a real letter with pasting debris scattered in it, the safe fixes settle and never lose or add a letter or digit', async () => {
  const fc = await import('fast-check');
  const layoutRules = [htmlResidue, runTogetherBullets, splitParagraph, bulletStyle];
  const debris = ['<p>', '</li>', '<ul style="list-style-type: none">', '<br>', '<b>', ' ▪ ', '▪ ', ' • ', '\n\n\n', '\n\n\nand ', '  ', '\t', '\r\n', '\n', '* ', ' - '];
  const base = seed('durham');
  const contentOf = (text: string) => text.replace(/<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,500})?\/?>/g, ' ').replace(/[^\p{L}\p{N}]+/gu, '');
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat(base.length), fc.constantFrom(...debris)), { maxLength: 12 }), (insertions) => {
      let text = base;
      for (const [at, piece] of [...insertions].sort((a, b) => b[0] - a[0])) text = text.slice(0, at) + piece + text.slice(at);
      let current = text;
      let passes = 0;
      for (; passes < 6; passes++) {
        const fixes = check(current, { rules: layoutRules }).flatMap((d) => d.fixes.filter((f) => f.safe));
        if (!fixes.length) break;
        current = applyFixes(current, fixes).text;
      }
      assert.ok(passes < 6, 'the safe fixes settle');
      assert.equal(contentOf(current), contentOf(text), 'only marks, tags and spacing change');
    }),
    { numRuns: 60, seed: 20261122 },
  );
});
