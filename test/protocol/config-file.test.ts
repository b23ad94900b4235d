import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { seed } from '../../server/src/engine/testing';
import { LspTestClient, summary } from './lsp-client';

/**
 * .letter-check.json through the real server, read as letter-check reads it, over the settings (the
 * user's layer): its rules win, a change to it re-checks the open letters, and a bad one is reported
 * by name without stopping the checks.
 */

let client: LspTestClient;
let folder: string;
before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'letters-config-'));
  client = await LspTestClient.start({ workspaceFolder: folder, settings: {} });
});
after(async () => {
  await client.stop();
  rmSync(folder, { recursive: true, force: true });
});

const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => `${d.code}:${d.severity}`);

test('the configuration file switches rules off; a change to it re-checks the letter; a bad one is named in a message', async () => {
  mkdirSync(join(folder, 'durham'));
  const configPath = join(folder, '.letter-check.json');
  writeFileSync(configPath, '{ "rules": { "bullet-style": "off" } }');
  // Durham's letter (test/fixtures/seeds/001_...): two split paragraphs and two bullets written otherwise, from the PDF.
  const uri = pathToFileURL(join(folder, 'durham', 'draft.letter')).toString();
  const opened = await client.open(uri, seed('durham'));
  assert.deepEqual(codes(opened), ['split-paragraph:2', 'split-paragraph:2'], summary(opened.diagnostics));

  writeFileSync(configPath, '{ "rules": { "split-paragraph": "off" } }');
  const rechecked = client.waitFor(uri, (p) => codes(p).includes('bullet-style:4'));
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(configPath).toString(), type: 2 }] });
  assert.deepEqual(codes(await rechecked), ['bullet-style:4', 'bullet-style:4']);

  writeFileSync(configPath, '{ "rules": { "split-paragraph": "of" } }');
  const bad = client.waitFor(uri, (p) => codes(p).includes('split-paragraph:2'));
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(configPath).toString(), type: 2 }] });
  await bad;
  const message = client.messages.find((m) => m.message.includes('.letter-check.json'));
  assert.ok(message, JSON.stringify(client.messages));
  assert.match(message.message, /\.letter-check\.json:1:14: the rule "split-paragraph" should be set to "error", "warning", "information", "hint", "off", not "of"/);
});
