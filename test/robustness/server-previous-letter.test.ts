import assert from 'node:assert/strict';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LspTestClient, summary } from '../protocol/lsp-client';
import { replaceOnce, seed } from '../../server/src/engine/testing';

/**
 * The previous letter renamed, made unreadable and deleted in the middle of a session, through the real
 * server: the draft is re-checked each time, the follow-up findings follow the file, nothing crashes.
 */

let client: LspTestClient;
let folder: string;
before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'letters-robust-'));
  client = await LspTestClient.start({ workspaceFolder: folder, settings: {} });
});
after(async () => {
  await client.stop();
  rmSync(folder, { recursive: true, force: true });
});

const MISMATCH = 'previous-month-mismatch';
const has = (p: { diagnostics: { code?: unknown }[] }) => p.diagnostics.some((d) => d.code === MISMATCH);

it('the previous letter renamed, unreadable, then deleted mid-session: the draft follows, the server goes on', { timeout: 120_000 }, async () => {
  let previous = replaceOnce(seed('derby'), '2 and 3 November 2010', '2 and 3 November 2009');
  previous = replaceOnce(previous, '1 December 2010', '1 December 2009');
  const firstPath = join(folder, 'derby-2009.letter');
  writeFileSync(firstPath, previous);
  const firstUri = pathToFileURL(firstPath).toString();
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: firstUri, type: 1 }] });

  const draftUri = pathToFileURL(join(folder, 'derby-2010.letter')).toString();
  const opened = await client.open(draftUri, seed('derby'));
  assert.ok(has(opened), `the previous letter was not used: ${summary(opened.diagnostics)}`);

  // Renamed: the finding now points at the new file.
  const secondPath = join(folder, 'derby-november-2009.letter');
  renameSync(firstPath, secondPath);
  const secondUri = pathToFileURL(secondPath).toString();
  const renamed = client.waitFor(draftUri, (p) => has(p) && p.diagnostics.some((d) => (d as { relatedInformation?: { location: { uri: string } }[] }).relatedInformation?.[0]?.location.uri === secondUri));
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: firstUri, type: 3 }, { uri: secondUri, type: 1 }] });
  await renamed;

  // Unreadable (binary bytes): it is no longer a letter, so the follow-up findings go.
  writeFileSync(secondPath, Buffer.from([0, 1, 2, 0xff, 0xfe, 0, 0]));
  const unreadable = client.waitFor(draftUri, (p) => !has(p));
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: secondUri, type: 2 }] });
  await unreadable;

  // Restored, then deleted.
  writeFileSync(secondPath, previous);
  const restored = client.waitFor(draftUri, has);
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: secondUri, type: 2 }] });
  await restored;
  rmSync(secondPath);
  const deleted = client.waitFor(draftUri, (p) => !has(p));
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: secondUri, type: 3 }] });
  await deleted;

  // Still alive and checking.
  const { published } = client.change(draftUri, [{ text: seed('durham') }]);
  assert.ok(Array.isArray((await published).diagnostics));
  assert.equal(client.process.exitCode, null);
});
