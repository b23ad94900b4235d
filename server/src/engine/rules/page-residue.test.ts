import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { applyFixes } from '../edits';
import { parseLetter } from '../parse/letter';
import { standardTemplate } from '../template/registry';
import { LETTERS, check, seed, withCode } from '../testing';
import pageResidue from './page-residue';
import type { Report } from './rule';

const CORPUS = join(__dirname, '..', '..', '..', '..', '..', '..', 'shared', 'corpus');
const corpus = (path: string) => readFileSync(join(CORPUS, path), 'utf8');

/** The rule run on its own (the modern documents are not yet recognised as a template: see issue 10). */
function reports(text: string): Report[] {
  const out: Report[] = [];
  const letter = parseLetter(text);
  pageResidue.check({ letter, template: standardTemplate(), report: (r) => out.push(r) });
  return out;
}

function fixed(text: string): string {
  return applyFixes(text, reports(text).flatMap((r) => r.fixes ?? [])).text;
}

const paragraphs = (text: string) => parseLetter(text).blocks.map((b) => (b.number ? `${b.number.value}. ` : '') + b.text.text);

for (const path of ['ilacs-report/west-sussex-2023-05-11.txt', 'ilacs-report/harrow-2025-03-04.txt', 'focused-visit/blackpool-2025-11-06.txt']) {
  test(`${path}: one warning for the whole document, whose safe fix removes every page number, footer and form feed and changes no paragraph`, () => {
    const text = corpus(path);
    const found = reports(text);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /page numbers/);
    assert.ok((found[0].related?.length ?? 0) >= 3);
    const after = fixed(text);
    assert.doesNotMatch(after, /\f/);
    // The lone numbers left are the footnotes' markers.
    const markers = parseLetter(after).residue.filter((r) => r.kind === 'footnote' && /^\d+$/.test(r.text)).length;
    assert.equal(after.match(/^\d{1,3}$/gm)?.length ?? 0, markers);
    assert.deepEqual(reports(after), []);
    assert.deepEqual(paragraphs(after), paragraphs(text));
    assert.equal(after.replace(/\s+/g, ' ').length < text.replace(/\s+/g, ' ').length, true);
  });
}

test('ilacs-report/west-sussex-2023-05-11.txt: the footer names the report\'s council and dates (kept in the residue for the date checks)', () => {
  const footer = parseLetter(corpus('ilacs-report/west-sussex-2023-05-11.txt')).residue.find((r) => r.kind === 'footer');
  assert.equal(footer?.text, 'Inspection of West Sussex local authority children’s services\n13 to 24 March 2023');
});

test('focused-visit/blackpool-2025-11-06.txt: the footnote stays in the text when the page numbers go', () => {
  const after = fixed(corpus('focused-visit/blackpool-2025-11-06.txt'));
  assert.match(after, /The areas for improvement have been cross-referenced/);
  assert.match(after, /practice\?1\n/);
});

for (const name of LETTERS) {
  test(`${name}: quiet on an old letter, which has no pages`, () => {
    assert.deepEqual(reports(seed(name)), []);
    assert.deepEqual(withCode(check(seed(name)), 'page-residue'), []);
  });
}

test('quiet on a draft typed in the editor; a lone page number is found', () => {
  assert.deepEqual(reports('Main findings\n\nChildren are seen.\n'), []);
  assert.equal(reports('Children are seen and\n\n2\n\n\fheard by their social workers.\n').length, 1);
  assert.equal(fixed('Children are seen and\n\n2\n\n\fheard by their social workers.\n'), 'Children are seen and\nheard by their social workers.\n');
});
