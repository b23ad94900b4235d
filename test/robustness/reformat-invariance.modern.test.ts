import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createLetterService, type DocumentAnalysis } from '../../server/src/engine/service';
import { memoryWorkspace } from '../../server/src/engine/memory-workspace';
import { CORPUS, corpusFiles } from '../../server/src/engine/testing';
import { ROLE } from '../../server/src/engine/template/roles';
import { foldText } from '../../server/src/engine/text/fold';
import { assertWellFormed, speller, toCrlf, withBom } from './support';

/**
 * Issues 11 and 12: reformatting a real focused-visit letter or ILACS report as an inspector would have
 * it in the editor (CRLF, a byte order mark, straight quotes, `- ` bullets, the PDF's page numbers and
 * running footers taken out, each paragraph on one line) changes no diagnostic. Positions move, so
 * findings are compared without them. The documents are every fifth of the shared corpus (by name),
 * so that each period's wording is among them; each test names its file.
 */

const service = createLetterService({ workspace: memoryWorkspace({}), speller });

function analyse(name: string, text: string): DocumentAnalysis {
  return service.analyze(`file:///draft/${name}`, text);
}

function findings(a: DocumentAnalysis, ignore: readonly string[]): string[] {
  return a.diagnostics.filter((d) => !ignore.includes(d.code)).map((d) => `${d.code} ${d.severity} ${foldText(d.message)}`).sort();
}

function sample(folder: string): { name: string; text: string }[] {
  return corpusFiles(folder).filter((_, i) => i % 5 === 0).map((f) => ({ name: `${folder}/${f}`, text: readFileSync(join(CORPUS, folder, f), 'utf8') }));
}

const BULLET = /^([ \t]*)[\u25FC\u25AA\u2022\u25CF\u25A0\uF0A7\uF0B7\uF0FC\u27A2\u25E6][ \t]*/gm;

/** Curly quotes and apostrophes as a keyboard types them. */
const straightQuotes = (t: string) => t.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"');

/** Every bullet character of the PDF as the `- ` an inspector types. */
const dashBullets = (t: string) => t.replace(BULLET, '$1- ');

/**
 * The page breaks taken out: the form feed, and before it the page number alone on its line and (in
 * reports) the running footer (`Inspection of … services` and its dates line), with the blank lines
 * around them, so that a paragraph cut by the page runs on as it does in a draft.
 */
function withoutPages(t: string): string {
  return t.replace(/\n(?:[ \t]*\n)*(?:Inspection of [^\n]*\n(?:[^\n]*\n)?[^\n]*\d{4}[ \t]*\n(?:[ \t]*\n)*)?(?:[ \t]*\d{1,3}[ \t]*\n(?:[ \t]*\n)*)?\f/g, '\n');
}

/** Roles whose lines are lines of an address or a signature, never rewrapped into one. */
const KEEP_LINES: readonly string[] = [ROLE.letterhead, ROLE.addressee, ROLE.signOff, ROLE.copyList, ROLE.letterDate, ROLE.title];

/**
 * Each paragraph on one line, as typed in an editor with soft wrap: the line breaks inside each finding
 * and each paragraph of the template's prose parts, as the document's own reading finds them, become
 * spaces (none after a hyphen that ends a line). Paragraphs that run across a page's foot (its number,
 * footer or footnote) are left as they are.
 */
function oneLineAParagraph(name: string, t: string): string {
  const letter = analyse(name, t).letter;
  const blocks = new Map<number, { start: number; end: number }>();
  for (const section of letter.sections) for (const f of section.findings) if (!f.block.joins.length) blocks.set(f.block.span.start, f.block.span);
  for (const part of letter.parts) {
    if (KEEP_LINES.includes(part.id) || letter.template.part(part.id).kind === 'section') continue;
    for (const b of part.blocks) if (!b.joins.length) blocks.set(b.span.start, b.span);
  }
  // A page's foot inside a paragraph (a form feed, a number alone on its line: a page's or a
  // footnote's, a running footer) stays on its own lines.
  const footers = letter.report?.footers.map((f) => f.span) ?? [];
  const holdsPageFoot = (span: { start: number; end: number }) =>
    /\f|\n[ \t]*\d{1,3}[ \t]*\r?\n/.test(t.slice(span.start, span.end)) || footers.some((f) => f.start < span.end && f.end > span.start);
  let out = '';
  let at = 0;
  for (const span of [...blocks.values()].sort((a, b) => a.start - b.start)) {
    if (span.start < at || holdsPageFoot(span)) continue;
    out += t.slice(at, span.start) + t.slice(span.start, span.end).replace(/(-?)[ \t]*\r?\n[ \t]*/g, (_, hyphen: string) => (hyphen ? '-' : ' '));
    at = span.end;
  }
  return out + t.slice(at);
}

/**
 * Each reformatting, and the rules that may notice it: taking the pages out removes what the page
 * rules report (page numbers, running footers, paragraphs split by a page); `- ` is not the bullet of
 * the published documents, which bullet-style may say.
 */
const REFORMATS: [string, (name: string, t: string) => string, string[]?][] = [
  ['CRLF line breaks', (_, t) => toCrlf(t)],
  ['a byte order mark and CRLF', (_, t) => withBom(toCrlf(t))],
  ['straight quotes', (_, t) => straightQuotes(t)],
  ['- bullets', (_, t) => dashBullets(t), ['bullet-style']],
  ['page numbers and footers removed', (_, t) => withoutPages(t), ['page-residue', 'split-paragraph', 'running-footer']],
  ['one line a paragraph', oneLineAParagraph],
  [
    'all of these, as an inspector types the document',
    (name, t) => toCrlf(straightQuotes(dashBullets(oneLineAParagraph(name, withoutPages(t))))),
    ['bullet-style', 'page-residue', 'split-paragraph', 'running-footer'],
  ],
];

for (const [kind, folder] of [
  ['focused-visit letter', 'focused-visit'],
  ['ILACS report', 'ilacs-report'],
] as const) {
  const documents = sample(folder);
  describe(`reformatting a real ${kind} does not change its findings`, { skip: !documents.length && 'the corpus is not on this machine' }, () => {
    for (const { name, text } of documents) {
      const base = analyse(name, text);
      for (const [how, reformat, noticing = []] of REFORMATS) {
        it(`${name}: ${how}`, () => {
          const changed = reformat(name, text);
          if (changed === text) return; // nothing of this form in this document (asserted below over all of them)
          const after = analyse(name, changed);
          assertWellFormed(changed, after);
          assert.equal(after.template.id, base.template.id);
          assert.deepEqual(findings(after, noticing), findings(base, noticing));
        });
      }
    }
    it('every reformatting changes most of the documents (else the tests above test nothing)', () => {
      for (const [how, reformat] of REFORMATS) {
        const changed = documents.filter(({ name, text }) => reformat(name, text) !== text).length;
        assert.ok(changed >= documents.length * 0.6, `${how}: changed only ${changed} of ${documents.length}`);
      }
    });
  });
}
