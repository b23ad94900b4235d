import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyseText, corpusNames, hasCorpus, realLetter, summary } from './testing';

/**
 * The 151 real focused-visit letters of the shared corpus (pdftotext text of the published PDFs). Each
 * is recognised as a focused-visit letter, and gives no error except where the letter really is wrong:
 * those are listed here with the defect and its line.
 */

const REAL_DEFECTS: Record<string, { errors: string[]; defect: string }> = {
  'bedford-2019-01-04': { errors: ['151:missing-part'], defect: "no 'Yours sincerely' above the inspector's name" },
  'blackburn-with-darwen-2024-05-24': { errors: ['162:missing-part'], defect: 'no closing sentence (Ofsted will take the findings …) before the sign-off' },
  'bournemouth-christchurch-and-poole-2020-11-27': { errors: ['241:missing-part'], defect: 'no closing sentence: the letter ends on the next steps for a council with serious weaknesses' },
  'bracknell-forest-2021-08-16': { errors: ['145:valediction'], defect: "'Your sincerely'" },
  'harrow-2018-11-01': { errors: ['25:missing-part', '165:missing-part'], defect: "the title is interleaved with the address column in the text layer ('Focused … visit to'); no valediction" },
  'kingston-upon-thames-2022-06-23': { errors: ['22:salutation-names-addressee'], defect: "the address column is interleaved around the date in the text layer: the addressee block below the date holds only 'Kingston upon Thames / KT1 1EU'" },
  'lancashire-2021-08-16': { errors: ['52:duplicate-part', '52:missing-part', '150:valediction'], defect: "'Headline findings' a second time where 'Main findings' belongs; 'Your sincerely'" },
  'leicestershire-2022-03-02': { errors: ['177:valediction'], defect: "'Your sincerely'" },
  'london-corporation-2018-11-16': { errors: ['158:missing-part', '159:inspector-signature'], defect: "no closing sentence; the title is broken in the text layer ('Her' / '= Majesty's Inspector')" },
  'north-somerset-2025-11-06': { errors: ['13:date-valid'], defect: "letter dated '6 November 20205'" },
  'thurrock-2021-08-09': { errors: ['186:valediction'], defect: "'Your sincerely'" },
};

test('every real focused-visit letter is recognised as one, with no error but its real defects', { skip: !hasCorpus() && 'the corpus is not on this machine' }, () => {
  const names = corpusNames();
  assert.equal(names.length, 151);
  const wrong: string[] = [];
  for (const file of names) {
    const name = file.replace(/\.txt$/, '');
    const { template, diagnostics } = analyseText(realLetter(file), file);
    if (template !== 'focused-visit') wrong.push(`${name}: read as ${template}`);
    const errors = summary(diagnostics);
    const expected = REAL_DEFECTS[name]?.errors ?? [];
    if (JSON.stringify(errors) !== JSON.stringify(expected)) wrong.push(`${name}: errors ${JSON.stringify(errors)}, expected ${JSON.stringify(expected)}`);
  }
  assert.deepEqual(wrong, []);
});

test("'Your sincerely' is reported on its line with a safe fix to 'Yours sincerely'", { skip: !hasCorpus() && 'the corpus is not on this machine' }, () => {
  const text = realLetter('thurrock-2021-08-09');
  const d = analyseText(text).diagnostics.find((x) => x.code === 'valediction')!;
  assert.equal(text.slice(d.span.start, d.span.end), 'Your sincerely');
  assert.equal(d.fixes[0].safe, true);
  assert.equal(d.fixes[0].edits[0].newText, 'Yours sincerely');
});
