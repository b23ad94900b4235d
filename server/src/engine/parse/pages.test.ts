import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { LETTERS, seed } from '../testing';
import { parseLetter } from './letter';

/** Real documents, as `pdftotext` gives the published PDFs (../shared/corpus, which CI also has). */
import { CORPUS } from '../testing';
const corpus = (path: string) => readFileSync(join(CORPUS, path), 'utf8');
const WEST_SUSSEX = 'ilacs-report/west-sussex-2023-05-11.txt';
const BLACKPOOL = 'focused-visit/blackpool-2025-11-06.txt';

const kinds = (text: string, kind: string) => parseLetter(text).residue.filter((r) => r.kind === kind);
const numbered = (text: string) => parseLetter(text).blocks.filter((b) => b.number).map((b) => `${b.number!.value}. ${b.text.text}`);

/** The page residue taken out by hand, as an inspector tidying the paste would: footer and number lines, form feeds. */
function withoutPages(text: string, footer: string[]): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (footer.length && lines[i] === footer[0] && lines[i + 1] === footer[1]) {
      i += 1;
      continue;
    }
    if (/^\d{1,3}$/.test(lines[i])) continue;
    out.push(lines[i].replace(/\f/g, ''));
  }
  return out.join('\n');
}

test(`${WEST_SUSSEX}: the running footer on every page from the second, with its dates, and the page numbers, are page residue`, () => {
  const text = corpus(WEST_SUSSEX);
  const footers = kinds(text, 'footer');
  const pages = kinds(text, 'pageNumber');
  assert.ok(footers.length >= 10, `${footers.length} footers`);
  for (const f of footers) assert.equal(f.text, 'Inspection of West Sussex local authority children’s services\n13 to 24 March 2023');
  assert.deepEqual(pages.slice(0, 3).map((p) => p.text), ['2', '3', '4']);
  const letter = parseLetter(text);
  // (The title block names the dates; every other block is content alone.)
  for (const b of letter.blocks.slice(1)) assert.doesNotMatch(b.text.text, /13 to 24 March 2023|Inspection of West Sussex local authority/, `block at line ${b.firstLine + 1}`);
});

test(`${WEST_SUSSEX}: paragraphs numbered 1, 2, 3 … through the report, 1–9 from the number alone on its line; a paragraph broken across a page is one`, () => {
  const paragraphs = numbered(corpus(WEST_SUSSEX));
  assert.deepEqual(
    paragraphs.map((p) => Number(p.split('.')[0])),
    paragraphs.map((_, i) => i + 1),
  );
  assert.ok(paragraphs.length > 40, `${paragraphs.length} paragraphs`);
  // Paragraph 4 runs from page 1 onto page 2, across the footer ("The breadth of" / footer / 2 / "work offered").
  assert.match(paragraphs[3], /The breadth of work offered by the service is impressive/);
  assert.match(paragraphs[0], /^1\. Early help support makes a positive difference/);
});

test(`${WEST_SUSSEX}: the paragraphs read the same with the footers, page numbers and form feeds removed`, () => {
  const text = corpus(WEST_SUSSEX);
  const bare = withoutPages(text, ['Inspection of West Sussex local authority children’s services', '13 to 24 March 2023']);
  assert.notEqual(bare, text);
  assert.equal(kinds(bare, 'footer').length + kinds(bare, 'pageNumber').length + kinds(bare, 'formFeed').length, 0);
  assert.deepEqual(numbered(bare), numbered(text));
});

test(`${BLACKPOOL}: the footnote at a page foot, which lands inside the findings, is a footnote; the heading's marker a reference`, () => {
  const text = corpus(BLACKPOOL);
  const letter = parseLetter(text);
  const footnotes = letter.residue.filter((r) => r.kind === 'footnote');
  assert.ok(footnotes.some((f) => f.text.startsWith('The areas for improvement have been cross-referenced') && f.number === 1));
  const ref = letter.residue.find((r) => r.kind === 'footnoteRef');
  assert.equal(ref?.number, 1);
  const heading = letter.blocks.find((b) => b.text.text.startsWith('What needs to improve'));
  assert.equal(heading?.text.text, 'What needs to improve in this area of social work practice?');
  // (Paragraphs are told apart by where their lines end: the sentence's own paragraph, not the first finding.)
  const findings = letter.blocks.find((b) => b.text.text.includes('with limited evidence of'))!;
  assert.doesNotMatch(findings.text.text, /cross-referenced|National Framework/);
  // The sentence the footnote and page 2's end interrupted reads on.
  assert.match(findings.text.text, /with limited evidence of sustained change in the care they receive/);
});

const bullets = (text: string) => parseLetter(text).blocks.filter((b) => b.marker).map((b) => b.text.text);

test(`${BLACKPOOL}: the 'What needs to improve' list reads as 3 items, each over its wrapped lines, whether the bullets are ◼ or '- '`, () => {
  const text = corpus(BLACKPOOL);
  const items = bullets(text);
  assert.equal(items.length, 3);
  assert.match(items[1], /^The quality of supervision .* \(Enabler 3, national framework\)$/);
  assert.deepEqual(bullets(text.replace(/◼ /g, '- ')), items);
  // The heading after the list is not read into the last item.
  assert.doesNotMatch(items[2], /Main findings/);
});

test('ilacs-report/bradford-2018-10-29.txt: private-use bullets (U+F06E) are list items too', () => {
  const text = corpus('ilacs-report/bradford-2018-10-29.txt');
  assert.ok(text.includes('\uF06E'));
  const items = bullets(text);
  assert.ok(items.length >= 3, `${items.length} items`);
  assert.deepEqual(bullets(text.replace(/\uF06E /g, '- ')), items);
});

test('a paragraph number before the words (10. Text) is the block\'s number, and sub-bullets with U+2212 are items', () => {
  const letter = parseLetter('10. Many children are seen.\n\n11. Others are not.\n\n◼ First item\n− a sub-item\n');
  assert.deepEqual(letter.blocks.map((b) => [b.number?.value, b.marker?.text, b.text.text]), [
    [10, undefined, 'Many children are seen.'],
    [11, undefined, 'Others are not.'],
    [undefined, '◼', 'First item'],
    [undefined, '\u2212', 'a sub-item'],
  ]);
});

for (const name of LETTERS) {
  test(`${name}: the old letter has no page residue`, () => {
    const residue = parseLetter(seed(name)).residue.filter((r) => !['html', 'runTogether', 'split'].includes(r.kind));
    assert.deepEqual(residue, []);
  });
}
