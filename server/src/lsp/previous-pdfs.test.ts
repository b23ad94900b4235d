import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CORPUS } from '../engine/testing';
import { isPdf, PreviousPdfs } from './previous-pdfs';

/**
 * The server's PDFs: asked for, a PDF is pending (not unreadable) until read in the background, then
 * its text is at hand and the server is told; a file that is not a PDF inside has its problem kept; the
 * workspace's PDFs are found and read. Real PDF: Hillingdon's ILACS report of May 2018 (../shared/corpus/pdf).
 */

const REPORT = join(CORPUS, 'pdf', 'ilacs-report--hillingdon-2018-05-30.pdf');
let folder: string;
before(() => {
  folder = mkdtempSync(join(tmpdir(), 'previous-pdfs-'));
  mkdirSync(join(folder, 'older'));
  copyFileSync(REPORT, join(folder, 'older', 'hillingdon.pdf'));
  writeFileSync(join(folder, 'not-really.pdf'), 'This is a letter saved with the wrong name.');
});
after(() => rmSync(folder, { recursive: true, force: true }));

/** A PreviousPdfs whose reads can be awaited one by one. */
function watched() {
  const read: string[] = [];
  let waiting: ((uri: string) => void) | undefined;
  const pdfs = new PreviousPdfs((uri) => {
    read.push(uri);
    waiting?.(uri);
  });
  const nextRead = () => new Promise<string>((resolve) => (waiting = resolve));
  return { pdfs, read, nextRead };
}

test('a PDF asked for is pending, then read in the background, and the server is told', async () => {
  const { pdfs, read, nextRead } = watched();
  const uri = pathToFileURL(join(folder, 'older', 'hillingdon.pdf')).toString();
  const told = nextRead();
  assert.equal(pdfs.text(uri), undefined, 'not read on the spot');
  assert.equal(pdfs.isPending(uri), true);
  assert.equal(await told, uri);
  assert.equal(pdfs.isPending(uri), false);
  const text = pdfs.text(uri);
  assert.match(text ?? '', /Hillingdon/);
  assert.match(text!, /What needs to improve/);
  assert.equal(pdfs.problem(uri), undefined);
  // Kept: asked again, it is not read again.
  const version = pdfs.version;
  assert.equal(pdfs.text(uri), text);
  await pdfs.idle();
  assert.deepEqual(read, [uri]);
  assert.equal(pdfs.version, version);
});

test('a file that is not a PDF inside has its problem kept; a missing file is simply not there', async () => {
  const { pdfs, nextRead } = watched();
  const bogus = pathToFileURL(join(folder, 'not-really.pdf')).toString();
  const told = nextRead();
  assert.equal(pdfs.text(bogus), undefined);
  await told;
  assert.equal(pdfs.text(bogus), undefined);
  assert.equal(pdfs.isPending(bogus), false);
  assert.match(pdfs.problem(bogus)!, /is not a PDF/);
  const missing = pathToFileURL(join(folder, 'missing.pdf')).toString();
  assert.equal(pdfs.text(missing), undefined);
  assert.equal(pdfs.isPending(missing), false, 'nothing to wait for');
});

test("the workspace's PDFs are found, read, and offered as documents", async () => {
  const { pdfs } = watched();
  assert.equal(pdfs.scan([folder]), 2);
  assert.ok(pdfs.anyPending());
  await pdfs.idle();
  assert.equal(pdfs.anyPending(), undefined);
  const documents = [...pdfs.documents()];
  assert.deepEqual(documents.map((d) => d.uri), [pathToFileURL(join(folder, 'older', 'hillingdon.pdf')).toString()]);
});

test('isPdf reads the extension of a path or URI, whatever its case', () => {
  assert.ok(isPdf('file:///a/B.PDF'));
  assert.ok(isPdf('/a/b.pdf?x=1'));
  assert.ok(!isPdf('/a/b.pdf.txt'));
});
