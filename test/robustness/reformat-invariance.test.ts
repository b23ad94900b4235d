import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, type Analysis } from '../../server/src/engine';
import { foldText } from '../../server/src/engine/text/fold';
import { assertWellFormed, curlyQuotes, hardWrap, REAL_LETTERS, rebullet, toCrlf, withBom } from './support';

/**
 * Reformatting a letter without changing its words (CRLF line breaks, a byte order mark, hard-wrapping
 * at 80 columns, curly quotes, other bullet characters, Markdown heading marks) must not change what
 * the checker says about it. Positions move, so findings are compared without them; the letter model
 * (parts found, sections and their findings, the values read) is compared too, since rules build on it.
 */

function findings(a: Analysis, ignore: readonly string[] = []): string[] {
  return a.diagnostics.filter((d) => !ignore.includes(d.code)).map((d) => `${d.code} ${d.severity} ${foldText(d.message)}`).sort();
}

function model(a: Analysis): unknown {
  const l = a.letter;
  const v = l.values;
  const val = (x?: { value: unknown }) => (x ? (typeof x.value === 'string' ? foldText(x.value) : JSON.stringify(x.value)) : undefined);
  return {
    looksLikeLetter: l.looksLikeLetter,
    parts: l.parts.map((p) => `${p.id}/${p.recognisedBy}/${p.sentences.map((s) => s.status).join(',')}`),
    sections: l.sections.map((s) => `${s.id}/${s.heading.match}/${s.findings.length}`),
    strayFindings: l.strayFindings.length,
    unrecognised: l.unrecognised.map((b) => b.text.text.slice(0, 40)),
    residue: l.residue.map((r) => r.kind).filter((k) => k !== 'html').join(','),
    values: {
      letterDate: val(v.letterDate),
      inspectionDays: val(v.inspectionDays),
      council: [val(v.council.title), val(v.council.opening), val(v.council.addressee)],
      addressee: [val(v.addressee?.fullName), val(v.addressee?.courtesyTitle), val(v.addressee?.surname)],
      salutation: [val(v.salutation?.name), val(v.salutation?.surname)],
      previous: v.previousInspections.map(val),
      inspector: [val(v.inspector?.name), val(v.inspector?.title)],
      chiefExecutive: val(v.copyList.chiefExecutive?.council),
      dfe: v.copyList.hasRequiredOrganisation,
      copyEntries: foldText(v.copyList.entries.map((e) => e.text).join(' ')),
    },
  };
}

/**
 * Each reformatting, and the rules allowed to notice it: a non-standard bullet character is itself a
 * convention finding (bullet-style), nothing else may change. Curly apostrophes inside values are
 * folded, so they compare equal.
 */
const REFORMATS: [string, (t: string) => string, string[]?][] = [
  ['CRLF line breaks', toCrlf],
  ['a byte order mark', withBom],
  ['CRLF and a byte order mark', (t) => withBom(toCrlf(t))],
  ['curly apostrophes', curlyQuotes],
  ['• bullets', (t) => rebullet(t, '•'), ['bullet-style']],
  ['* bullets', (t) => rebullet(t, '*'), ['bullet-style']],
  ['▪ bullets', (t) => rebullet(t, '▪'), ['bullet-style']],
  ['hard-wrapped at 80 columns', (t) => hardWrap(t, 80)],
  ['hard-wrapped at 80 columns with CRLF', (t) => toCrlf(hardWrap(t, 80))],
  ['trailing white space on every line', (t) => t.replace(/\n/g, '  \n')],
  ['a final line break added or removed', (t) => (/\n$/.test(t) ? t.replace(/\s+$/, '') : `${t}\n`)],
];

describe('reformatting a real letter does not change the findings', () => {
  for (const { name, text } of REAL_LETTERS) {
    const base = analyze(text);
    for (const [how, reformat, noticing = []] of REFORMATS) {
      it(`${name}: ${how}`, () => {
        const changed = reformat(text);
        assert.notEqual(changed, text, 'the reformatting changed nothing: the test would test nothing');
        const after = analyze(changed);
        assertWellFormed(changed, after);
        assert.deepEqual(findings(after, noticing), findings(base, noticing));
        assert.deepEqual(model(after), model(base));
      });
    }
  }
});

describe('Markdown heading marks on the section headings', () => {
  const HEADINGS = [
    'Strengths',
    'The service meets the requirements of statutory guidance in the following areas',
    'Areas for development',
    'Area for priority action',
  ];
  for (const { name, text } of REAL_LETTERS) {
    it(`${name}: "## " before each section heading keeps the sections and findings`, () => {
      let changed = text;
      let marked = 0;
      for (const h of HEADINGS) {
        const re = new RegExp(`^[ \\t]*${h}[ \\t]*:?[ \\t]*$`, 'm');
        if (re.test(changed)) {
          changed = changed.replace(re, (line) => `## ${line.trim()}`);
          marked++;
        }
      }
      assert.ok(marked >= 2, `only ${marked} headings found to mark in ${name}`);
      const base = analyze(text);
      const after = analyze(changed);
      assertWellFormed(changed, after);
      assert.deepEqual(
        after.letter.sections.map((s) => `${s.id}/${s.findings.length}`),
        base.letter.sections.map((s) => `${s.id}/${s.findings.length}`),
      );
      assert.deepEqual(findings(after), findings(base));
    });
  }
});
