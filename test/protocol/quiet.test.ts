import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CodeLens, DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { replaceOnce, seed } from '../../server/src/engine/testing';
import { LspTestClient, summary } from './lsp-client';

/**
 * Quiet until there is something to say (issue 14, items 9 and 15): an empty draft has no
 * diagnostics, a letter being typed gets no lens half-way down, and the first diagnostics of a letter
 * open at start already follow the settings.
 */

describe('quiet until there is something to say', { timeout: 60_000 }, () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ settings: {} });
  });
  after(async () => {
    await client.stop();
  });

  test('an empty or blank new document gets no diagnostic; typed text that reads as no letter does', { timeout: 15_000 }, async () => {
    const uri = 'untitled:Untitled-empty';
    assert.deepEqual((await client.open(uri, '')).diagnostics, []);
    const blank = await client.change(uri, [{ text: '  \n\n\t\n' }]).published;
    assert.deepEqual(blank.diagnostics, []);
    const typed = await client.change(uri, [{ text: 'Shopping list: eggs, milk.\n\nAnd bread.\n' }]).published;
    assert.ok(typed.diagnostics.some((d) => d.code === 'not-a-letter'), summary(typed.diagnostics));
  });

  test('the previous-letter lens is on the first line, and absent while there is nothing to say about a previous letter', { timeout: 15_000 }, async () => {
    const uri = 'file:///letters/lens-typing.letter';
    // Derby's letter typed as far as its evidence paragraph: no previous-inspection paragraph yet.
    const full = seed('derby');
    const upTo = full.slice(0, full.indexOf('The inspection sampled'));
    await client.open(uri, upTo);
    assert.deepEqual(await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } }), []);
    await client.change(uri, [{ text: full }]).published;
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0].range.start.line, 0);
  });
});

describe('settings before the first diagnostics', { timeout: 60_000 }, () => {
  let client: LspTestClient;
  let release!: () => void;
  before(async () => {
    // The client answers workspace/configuration only once the test lets it.
    const gate = new Promise<void>((resolve) => (release = resolve));
    client = await LspTestClient.start({ settings: { rules: { 'heading-wording': 'off' } }, configurationGate: gate });
  });
  after(async () => {
    await client.stop();
  });

  test('a rule switched off in the settings never shows in the first diagnostics of a letter open at start', { timeout: 15_000 }, async () => {
    const uri = 'file:///letters/open-at-start.letter';
    const text = replaceOnce(seed('derby'), '\nAreas for development\n', '\nAreas of development\n');
    const first = client.waitFor(uri, () => true);
    void client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'inspection-letter', version: 1, text } });
    // Requests answered after the open: the server has had the open, and a timer of its own, in hand.
    await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    release();
    const published = await first;
    assert.deepEqual(published.diagnostics.filter((d) => d.code === 'heading-wording'), [], summary(published.diagnostics));
  });
});
