import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, type Hover } from 'vscode-languageserver-protocol';
import { LETTERS, seed } from '../../server/src/engine/testing';
import type { CheckWorkspaceResult } from '../../server/src/lsp/protocol';
import { LspTestClient } from './lsp-client';

/**
 * Check All Letters in the Workspace (issue 14, items 13 and 16): off the request path, with progress
 * and cancellation, saying what it skipped, hints counted apart, and results that stay. The workspace
 * holds the four real letters (test/fixtures/seeds) fifteen times over, a file over the size limit and
 * a link to nowhere.
 */

const COPIES = 15;
const CHECK = 'inspectionLetters/checkWorkspace';

describe('checking every letter in the workspace', { timeout: 120_000 }, () => {
  let client: LspTestClient;
  let folder: string;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'check-all-'));
    for (let i = 0; i < COPIES; i++) for (const name of LETTERS) writeFileSync(join(folder, `${name}-${i}.letter`), seed(name));
    writeFileSync(join(folder, 'appendix.txt'), 'Appendix. '.repeat(20 * 1024));
    symlinkSync(join(folder, 'no-such-file.letter'), join(folder, 'broken-link.letter'));
    client = await LspTestClient.start({ workspaceFolder: folder, settings: { maxFileSizeKb: 100 } });
  });
  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  test('answers other requests while it runs, reports progress, and says what it skipped', { timeout: 60_000 }, async () => {
    const openUri = pathToFileURL(join(folder, 'durham-0.letter')).toString();
    await client.open(openUri, seed('durham'));
    const order: string[] = [];
    const check = client.request<CheckWorkspaceResult>(CHECK, { workDoneToken: 'check-1' }).then((r) => {
      order.push('check');
      return r;
    });
    const hover = client.request<Hover | null>('textDocument/hover', { textDocument: { uri: openUri }, position: { line: 0, character: 0 } }).then(() => {
      order.push('hover');
    });
    const [result] = await Promise.all([check, hover]);
    assert.deepEqual(order, ['hover', 'check'], 'the hover asked after the check was answered before the check finished');

    assert.equal(result.files, COPIES * LETTERS.length);
    assert.equal(result.letters, COPIES * LETTERS.length);
    assert.equal(result.cancelled, false);
    assert.equal(result.errors, 0);
    assert.ok(result.warnings > 0 && result.hints > 0, JSON.stringify(result));
    assert.deepEqual(result.skipped.tooLarge, ['appendix.txt']);
    assert.equal(result.skipped.unreadable.length, 1, JSON.stringify(result.skipped));
    assert.match(result.skipped.unreadable[0], /^broken-link\.letter \(/);
    assert.equal(result.skipped.overLimit, 0);

    const mine = client.progress.filter((p) => p.token === 'check-1').map((p) => p.value);
    assert.equal(mine[0].kind, 'begin');
    assert.equal(mine[0].cancellable, true);
    assert.ok(mine.some((v) => v.kind === 'report'), JSON.stringify(mine));
    assert.equal(mine[mine.length - 1].kind, 'end');
  });

  test('a checked file opened and closed again keeps its results', { timeout: 30_000 }, async () => {
    const uri = pathToFileURL(join(folder, 'doncaster-3.letter')).toString();
    const opened = await client.open(uri, seed('doncaster'));
    assert.ok(opened.diagnostics.some((d) => d.code === 'confused-word'));
    const afterClose = client.waitFor(uri, () => true);
    client.close(uri);
    const kept = await afterClose;
    assert.ok(kept.diagnostics.some((d) => d.code === 'confused-word'), 'the confused-word warning is still listed');
  });

  test('stops when cancelled, saying so', { timeout: 30_000 }, async () => {
    const source = new CancellationTokenSource();
    void client.waitForProgress((p) => p.token === 'check-2' && p.value.kind === 'report').then(() => source.cancel());
    const result = (await client.connection.sendRequest(CHECK, { workDoneToken: 'check-2' }, source.token)) as CheckWorkspaceResult;
    assert.equal(result.cancelled, true);
    assert.ok(result.files < COPIES * LETTERS.length, `${result.files} files checked before the cancel`);
  });
});
