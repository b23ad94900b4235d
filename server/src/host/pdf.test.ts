import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { improvementItems } from '../engine/followup/improvement-items';
import { words, wordSimilarity } from '../../../test/eval/pdf-compare';
import { PdfReadError, readPdf, readPdfFile } from './pdf';

/**
 * Reading a published PDF gives the text pdftotext gives (the corpus's .txt files were made with it):
 * the same words in the same order, and the same `What needs to improve` items. Two PDFs are in
 * test/fixtures/corpus/pdf; the other 18 of ../shared/corpus/pdf are read too when that folder is there.
 */

const ROOT = join(__dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'corpus');

function sharedCorpus(): string | undefined {
  for (const candidate of [process.env.LETTER_CORPUS, join(ROOT, '..', 'shared', 'corpus'), join(ROOT, '..', '..', 'shared', 'corpus')])
    if (candidate && existsSync(join(candidate, 'pdf'))) return candidate;
  return undefined;
}

/** [pdf path, the pdftotext text beside it] for every PDF available. */
function pdfs(): { name: string; pdf: string; txt: string }[] {
  const out = new Map<string, { name: string; pdf: string; txt: string }>();
  for (const corpus of [FIXTURES, sharedCorpus()]) {
    if (!corpus || !existsSync(join(corpus, 'pdf'))) continue;
    for (const f of readdirSync(join(corpus, 'pdf')).filter((f) => f.endsWith('.pdf'))) {
      const txt = join(corpus, f.replace('--', '/').replace(/\.pdf$/, '.txt'));
      if (existsSync(txt)) out.set(f, { name: f, pdf: join(corpus, 'pdf', f), txt });
    }
  }
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name));
}

test('every corpus PDF reads as the same words as its pdftotext text, with the same improvement items and one form feed a page', async () => {
  const all = pdfs();
  assert.ok(all.length >= 2, 'the fixture PDFs are there');
  let withItems = 0;
  for (const { name, pdf, txt } of all) {
    const read = await readPdfFile(pdf);
    const expected = readFileSync(txt, 'utf8');
    const similarity = wordSimilarity(words(read.text), words(expected));
    assert.ok(similarity >= 0.995, `${name}: word similarity ${similarity.toFixed(4)}`);
    assert.equal(read.text.split('\f').length - 1, read.pages, `${name}: one form feed a page`);
    assert.equal(read.pages, expected.split('\f').length - 1, `${name}: as many pages as pdftotext found`);
    const fromPdf = improvementItems(read.text).map((i) => i.text);
    const fromText = improvementItems(expected).map((i) => i.text);
    assert.deepEqual(fromPdf, fromText, name);
    if (fromText.length) withItems++;
  }
  // Most documents have a list (a strong focused visit may have none: bath-and-north-east-somerset-2025-01-13).
  assert.ok(withItems >= all.length - 2, `${withItems} of ${all.length} have items`);
});

test('the item spans of a PDF point at the items in the text read', async () => {
  const read = await readPdfFile(join(FIXTURES, 'pdf', 'ilacs-report--enfield-2019-04-15.pdf'));
  const items = improvementItems(read.text);
  assert.deepEqual(
    items.map((i) => i.text),
    ['The quality of plans for children in need.', 'Return home interviews for children missing from home.', 'Private fostering responses, including timely statutory checks and regular visits to ensure that children live in safe arrangements to meet their needs.', 'Health information for care leavers.'],
  );
  for (const item of items) assert.match(read.text.slice(item.span.start, item.span.end), /^\u25fc /);
});

async function problemOf(data: Uint8Array, options = {}): Promise<string> {
  try {
    await readPdf(data, options);
  } catch (error) {
    assert.ok(error instanceof PdfReadError, `a PdfReadError, not ${String(error)}`);
    assert.ok(error.message.length > 10);
    return error.problem;
  }
  assert.fail('the read should fail');
}

const enc = (s: string) => new TextEncoder().encode(s);

/** A one-page PDF with the given extra trailer entries and objects (xref offsets computed). */
function minimalPdf(extraObjects: string[] = [], trailerExtra = ''): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    '<< /Length 44 >>\nstream\nBT /F1 12 Tf 20 100 Td (Hello there) Tj ET\nendstream',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...extraObjects,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return enc(body);
}

test('a minimal well-formed PDF reads (the fixtures below differ from it only in what they break)', async () => {
  const read = await readPdf(minimalPdf());
  assert.equal(read.text, 'Hello there\n\f');
});

test('a file that is not a PDF, an empty file, a damaged PDF and an encrypted PDF each give a clear error', async () => {
  assert.equal(await problemOf(enc('Dear Ms Smith,\nThis is a letter.\n')), 'not-a-pdf');
  assert.equal(await problemOf(new Uint8Array(0)), 'not-a-pdf');
  assert.equal(await problemOf(enc('%PDF-1.7\n' + 'garbage '.repeat(200))), 'damaged');
  const real = readFileSync(join(FIXTURES, 'pdf', 'focused-visit--hillingdon-2020-02-07.pdf'));
  assert.equal(await problemOf(new Uint8Array(real.subarray(0, 2000))), 'damaged', 'a PDF cut short');
  // Standard security handler with a user password that the empty password does not open.
  const hex = (n: number) => '<' + 'ab'.repeat(n) + '>';
  const encrypted = minimalPdf([`<< /Filter /Standard /V 1 /R 2 /O ${hex(32)} /U ${hex(32)} /P -4 >>`], `/Encrypt 6 0 R /ID [${hex(16)} ${hex(16)}] `);
  assert.equal(await problemOf(encrypted), 'encrypted');
});

test('a read that takes too long is given up with a clear error, and a file too large is refused', async () => {
  const real = new Uint8Array(readFileSync(join(FIXTURES, 'pdf', 'ilacs-report--enfield-2019-04-15.pdf')));
  assert.equal(await problemOf(real, { timeoutMs: 1 }), 'too-slow');
  assert.equal(await problemOf(real, { maxBytes: 1000 }), 'too-large');
  await assert.rejects(readPdfFile(join(FIXTURES, 'pdf', 'no-such-file.pdf')), (e: unknown) => e instanceof PdfReadError && e.problem === 'unreadable-file');
});
