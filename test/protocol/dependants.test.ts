import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeLens, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { replaceOnce, seed } from '../../server/src/engine/testing';
import { LspTestClient, summary } from './lsp-client';

/**
 * A draft's follow-up checks depend on another document, its previous letter: the real Derby letter of
 * December 2010 (test/fixtures/seeds, the inspection of November 2010, whose paragraph names the
 * previous inspection of January 2010) and Derby's letter moved a year back (inspection November 2009),
 * which its paragraph's month does not match: previous-month-mismatch shows the draft was compared with it.
 * Issue 14, items 6 and 7.
 */

const MISMATCH = 'previous-month-mismatch';
const hasMismatch = (p: PublishDiagnosticsParams) => p.diagnostics.some((d) => d.code === MISMATCH);

function derby2009(): string {
  return replaceOnce(replaceOnce(seed('derby'), '2 and 3 November 2010', '2 and 3 November 2009'), '1 December 2010', '1 December 2009');
}

/** The same letter about another council: no candidate for a Derby draft. */
function asDurham(text: string): string {
  return text.replaceAll('Derby City Council', 'Durham County Council');
}

describe('drafts are checked again when a letter they depend on changes', { timeout: 60_000 }, () => {
  let client: LspTestClient;
  let folder: string;
  let draftUri: string;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'dependants-'));
    client = await LspTestClient.start({ workspaceFolder: folder, settings: {} });
    draftUri = pathToFileURL(join(folder, 'derby-2010.letter')).toString();
    writeFileSync(join(folder, 'derby-2010.letter'), seed('derby'));
    const first = await client.open(draftUri, seed('derby'));
    assert.ok(!hasMismatch(first), 'no previous letter yet');
  });
  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  test('opening the previous letter (unsaved, so only the editor has it) re-checks the draft', { timeout: 15_000 }, async () => {
    const previousUri = 'untitled:Untitled-1';
    const rechecked = client.waitFor(draftUri, hasMismatch);
    await client.open(previousUri, derby2009());
    const published = await rechecked;
    assert.equal(published.diagnostics.find((d) => d.code === MISMATCH)?.relatedInformation?.[0].location.uri, previousUri);

    // Closing it takes it away again.
    const gone = client.waitFor(draftUri, (p) => !hasMismatch(p));
    client.close(previousUri);
    await gone;
  });

  test('editing a letter so that it becomes the previous one re-checks the draft, and editing it back too', { timeout: 15_000 }, async () => {
    const otherUri = 'untitled:Untitled-2';
    const text = asDurham(derby2009());
    await client.open(otherUri, text);
    const gained = client.waitFor(draftUri, hasMismatch);
    const derbyAgain = derby2009();
    client.change(otherUri, [{ text: derbyAgain }]);
    await gained;
    const lost = client.waitFor(draftUri, (p) => !hasMismatch(p));
    client.change(otherUri, [{ text }]);
    await lost;
    client.close(otherUri);
  });

  test('a previous letter created, renamed and deleted on disk re-checks the draft each time', { timeout: 15_000 }, async () => {
    const path = join(folder, 'archive', 'derby-2009.letter');
    mkdirSync(join(folder, 'archive'), { recursive: true });
    writeFileSync(path, derby2009());
    const uri = pathToFileURL(path).toString();
    const created = client.waitFor(draftUri, hasMismatch);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 1 }] });
    await created;

    const renamedPath = join(folder, 'archive', 'derby-november-2009.letter');
    renameSync(path, renamedPath);
    const renamedUri = pathToFileURL(renamedPath).toString();
    const renamed = client.waitFor(draftUri, (p) => p.diagnostics.some((d) => d.code === MISMATCH && d.relatedInformation?.[0].location.uri === renamedUri));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }, { uri: renamedUri, type: 1 }] });
    await renamed;

    rmSync(renamedPath);
    const deleted = client.waitFor(draftUri, (p) => !hasMismatch(p));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: renamedUri, type: 3 }] });
    await deleted;
  });
});

describe('a previous-letter link that names no document', { timeout: 30_000 }, () => {
  let client: LspTestClient;
  let folder: string;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'link-'));
    client = await LspTestClient.start({ workspaceFolder: folder, settings: {} });
  });
  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  test('is flagged on the link line, the lens says it was not found, and the link works once the file is there', { timeout: 15_000 }, async () => {
    const draftUri = pathToFileURL(join(folder, 'drafts', 'derby-2010.letter')).toString();
    const text = `<!-- letter-check previous: ../2009/derby.letter -->\n${seed('derby')}`;
    const published = await client.open(draftUri, text);
    const link = published.diagnostics.filter((d) => d.code === 'previous-link-broken');
    assert.equal(link.length, 1, summary(published.diagnostics));
    assert.equal(link[0].severity, 2);
    assert.equal(link[0].range.start.line, 0);
    assert.match(link[0].message as string, /\.\.\/2009\/derby\.letter/);

    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: draftUri } });
    assert.equal(lenses.length, 1);
    assert.match(lenses[0].command!.title, /not found: \.\.\/2009\/derby\.letter/);
    assert.doesNotMatch(lenses[0].command!.title, /name it with a line/);

    const path = join(folder, '2009', 'derby.letter');
    mkdirSync(join(folder, '2009'), { recursive: true });
    writeFileSync(path, derby2009());
    const found = client.waitFor(draftUri, (p) => hasMismatch(p) && !p.diagnostics.some((d) => d.code === 'previous-link-broken'));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path).toString(), type: 1 }] });
    await found;
  });
});
