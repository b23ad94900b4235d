import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { check, describe, LETTERS, removeLineWith, seed, withCode } from '../testing';
import { applyFirstFix, reformattedLetters, structural } from './structure/testing';
import { parseLetter } from '../parse/letter';
import { standardTemplate } from '../template/registry';

const derby = seed('derby');
const staffordshire = seed('staffordshire');

/** Asserts the text gives exactly one structure diagnostic, a missing-part, and returns it. */
function onlyMissing(text: string) {
  const diagnostics = structural(text);
  assert.equal(diagnostics.length, 1, describe(diagnostics));
  const [d] = diagnostics;
  assert.equal(d.code, 'missing-part');
  assert.equal(d.severity, 'error');
  assert.equal(d.span.start, d.span.end, 'an empty range at the insertion point');
  return d;
}

test('the real letters and their reformatted copies have every required part', () => {
  for (const name of LETTERS) assert.deepEqual(withCode(check(seed(name)), 'missing-part'), [], name);
  for (const { name, text } of reformattedLetters()) assert.deepEqual(structural(text), [], name);
});

test('a deleted lead-in is reported once, before the first heading, and the fix puts it back', () => {
  const text = removeLineWith(derby, 'From the evidence gathered');
  const d = onlyMissing(text);
  assert.equal(text.slice(d.span.start, d.span.start + 10), 'Strengths\n', 'at the start of the Strengths line');
  assert.match(d.message, /^The lead-in to the findings is missing: it belongs here, after the previous inspection paragraph and before the Strengths section\.$/);
  const fixed = applyFirstFix(text, d);
  assert.match(fixed, /identified:\n\nStrengths\n/);
  assert.deepEqual(structural(fixed), []);
});

test('a deleted letter date is reported once and the fix dates the letter 28 days after the inspection', () => {
  const text = removeLineWith(derby, '1 December 2010');
  const d = onlyMissing(text);
  assert.equal(text.slice(d.span.start, d.span.start + 14), 'Ms Jo Davidson', 'before the addressee');
  assert.match(d.message, /letter date is missing.*after the letterhead and before the addressee block/);
  assert.equal(d.fixes[0].edits[0].newText, '1 December 2010\n\n');
  assert.deepEqual(structural(applyFirstFix(text, d)), []);
});

test('with no letterhead (doncaster) a deleted date goes at the top', () => {
  const text = removeLineWith(seed('doncaster'), '16 February 2012');
  const d = onlyMissing(text);
  assert.equal(d.span.start, text.indexOf('Mr Chris Pratt'));
  assert.match(d.message, /before the addressee block/);
  assert.equal(d.fixes[0].edits[0].newText, '16 February 2012\n\n');
});

test('a deleted salutation is filled in from the addressee', () => {
  const text = removeLineWith(derby, 'Dear Ms Davidson');
  const d = onlyMissing(text);
  assert.equal(d.span.start, text.indexOf('Annual unannounced'));
  assert.equal(d.fixes[0].edits[0].newText, 'Dear Ms Davidson\n\n');
  assert.deepEqual(structural(applyFirstFix(text, d)), []);
});

test('a deleted copy list is reported once at the end, with placeholders for the names', () => {
  const text = derby.slice(0, derby.indexOf('Copy:'));
  const d = onlyMissing(text);
  assert.equal(d.span.start, text.length);
  assert.match(d.message, /^The copy list is missing: it belongs here, after the sign-off\.$/);
  assert.match(d.fixes[0].title, /fill in \[chief executive\], \[dfe contact\]/);
  const fixed = applyFirstFix(text, d);
  assert.match(fixed, /Her Majesty's Inspector\n\nCopy: \[chief executive\], Chief Executive, Derby City Council\n\[dfe contact\], Department for Education\n$/);
  assert.deepEqual(structural(fixed), []);
});

test('a deleted "Yours sincerely" is one diagnostic: the name below it is not reported as stray text', () => {
  const text = removeLineWith(derby, 'Yours sincerely');
  const d = onlyMissing(text);
  assert.equal(d.span.start, text.indexOf('Pauline Turner'));
  assert.equal(d.fixes[0].edits[0].newText, 'Yours sincerely\n\n', 'only the missing line, the name is there');
  assert.deepEqual(structural(applyFirstFix(text, d)), []);
});

test('a deleted summary sentence is one diagnostic and the fix picks the variant the sections call for', () => {
  const text = removeLineWith(derby, 'The inspection identified');
  const d = onlyMissing(text);
  assert.equal(d.span.start, text.indexOf('The areas of development identified at the previous'));
  assert.equal(d.fixes[0].edits[0].newText, 'The inspection identified areas of strength and areas of practice that met requirements, with some areas for development.\n\n');
  assert.deepEqual(structural(applyFirstFix(text, d)), []);
  // Staffordshire: priority action and no strengths.
  const s = removeLineWith(staffordshire, 'The inspection identified');
  assert.match(onlyMissing(s).fixes[0].edits[0].newText, /^The inspection identified an area for priority action alongside areas of practice that met requirements and areas for development\./);
  // Doncaster: one strength.
  const dn = onlyMissing(removeLineWith(seed('doncaster'), 'The inspection identified'));
  assert.match(dn.fixes[0].edits[0].newText, /^The inspection identified an area of strength and/);
});

test('a deleted opening paragraph is filled from the title, with a placeholder for the dates', () => {
  const text = removeLineWith(derby, 'This letter summarises');
  const d = onlyMissing(text);
  assert.match(d.fixes[0].title, /fill in \[inspection dates\]/);
  const fixed = applyFirstFix(text, d);
  assert.match(fixed, /children's services in Derby City Council which was conducted on \[inspection dates\]\. The inspection was carried out/);
  assert.deepEqual(structural(fixed.replace('[inspection dates]', '2 and 3 November 2010')), []);
});

/**
 * Issue 14, item 1: a deleted heading left its findings at the end of the section above; the
 * diagnostic sat after them (on the closing paragraph) and the fix inserted the heading below them, so
 * the outline filed them under the wrong section and a new error said the section was empty.
 */
for (const [heading, above, missing] of [
  ['Areas for development', 'meetsRequirements', 'areasForDevelopment'],
  ['The service meets the requirements of statutory guidance in the following areas', 'strengths', 'meetsRequirements'],
] as const) {
  test(`a deleted '${heading.slice(0, 30)}…' heading is reported above the findings it heads, and the fix puts it there (every real letter)`, () => {
    for (const name of LETTERS) {
      const original = parseLetter(seed(name), standardTemplate());
      if (!original.section(above)) continue; // staffordshire has no Strengths: its requirements-met findings are stray (tested below)
      const firstOwn = original.section(missing)!.findings[0];
      const text = removeLineWith(seed(name), heading);
      const d = onlyMissing(text);
      // The first finding of the deleted section starts on the line the diagnostic points at.
      const firstOwnText = firstOwn.text.text.slice(0, 40);
      assert.ok(text.slice(d.span.start, text.indexOf('\n', d.span.start)).includes(firstOwnText), `${name}: at ${JSON.stringify(text.slice(d.span.start, d.span.start + 60))}`);
      assert.match(d.message, /it belongs here, above the \d+ findings below, which read as its own and not as the end of the (Strengths|Areas that meet requirements) section\.$/, name);
      const fixed = applyFirstFix(text, d);
      assert.deepEqual(structural(fixed), [], name);
      const outline = parseLetter(fixed, standardTemplate());
      assert.equal(outline.section(missing)!.findings.length, original.section(missing)!.findings.length, `${name}: the findings are back under their heading`);
      assert.equal(outline.section(above)!.findings.length, original.section(above)!.findings.length, `${name}: and the section above keeps its own`);
    }
  });
}

test('a deleted first heading takes the findings below it: one diagnostic, and the fix is complete', () => {
  const text = removeLineWith(staffordshire, 'The service meets the requirements of statutory guidance');
  const d = onlyMissing(text);
  assert.match(d.message, /after the lead-in to the findings and before the Areas for development section; the 7 findings below would go under it\./);
  const fixed = applyFirstFix(text, d);
  assert.deepEqual(structural(fixed), []);
  assert.equal(check(fixed).find((x) => x.code === 'missing-part'), undefined);
});

test('the priority-action lead-in and heading are required together', () => {
  const noLeadIn = removeLineWith(staffordshire, 'This visit has identified');
  const d1 = onlyMissing(noLeadIn);
  assert.equal(d1.span.start, noLeadIn.indexOf('Area for priority action\n'));
  assert.equal(d1.fixes[0].edits[0].newText, 'This visit has identified the following area for priority action:\n\n');
  assert.deepEqual(structural(applyFirstFix(noLeadIn, d1)), []);

  const noHeading = removeLineWith(staffordshire, 'Area for priority action\n');
  const d2 = onlyMissing(noHeading);
  assert.match(d2.message, /^The heading 'Area for priority action' is missing: .*; the finding below would go under it\.$/);
  assert.deepEqual(structural(applyFirstFix(noHeading, d2)), []);
});

test('optional parts and the consequence paragraphs are not reported missing', () => {
  let text = removeLineWith(derby, 'The areas of development identified at the previous');
  text = removeLineWith(text, 'The area of priority action identified at the previous');
  assert.deepEqual(structural(text), [], 'previous-inspection paragraphs are optional');
  const noConsequences = removeLineWith(removeLineWith(staffordshire, 'In addition, the findings of this inspection'), 'The identification of an area for priority action is likely');
  assert.deepEqual(withCode(check(noConsequences), 'missing-part'), [], 'the closing rule checks those');
});

test('the fix keeps the document\'s line endings', () => {
  const text = removeLineWith(derby, 'From the evidence gathered').replace(/\n/g, '\r\n');
  const d = onlyMissing(text);
  assert.equal(d.fixes[0].edits[0].newText, 'From the evidence gathered, the following features of the service were identified:\r\n\r\n');
  assert.deepEqual(structural(applyFirstFix(text, d)), []);
});

test('hostile input never throws', () => {
  for (const text of ['Dear\n\nYours sincerely\n\nCopy:', 'Strengths\n'.repeat(500), '\r\r\r\uFEFF', 'From the evidence gathered, the following features of the service were identified:\n\n- x\n'.repeat(50)]) {
    structural(text);
  }
});
