import assert from 'node:assert/strict';
import { it } from 'node:test';
import { soakServer } from './server-soak';

/**
 * A short long-session run through the real server (scripts/soak-server.ts runs the long one):
 * bursts of edits on several letters at once, invalid settings half way, opens and closes.
 */

it('a session of bursts of edits, opens, closes and invalid settings: last version wins, memory bounded', { timeout: 180_000 }, async () => {
  const result = await soakServer({ rounds: 4, documents: 3, burst: 15, maxRssMb: 300, serverHeapMb: 96 });
  assert.equal(result.edits, 4 * 3 * 15);
  assert.equal(result.closes, 12);
  console.log(`# soak: ${result.edits} edits in ${(result.ms / 1000).toFixed(1)} s; server RSS ${result.rssMb.map((m) => m.toFixed(0)).join(', ')} MB`);
});

it('a file past the size limit gets one visible diagnostic naming the setting, at once, and the server goes on', { timeout: 120_000 }, async () => {
  const { LspTestClient } = await import('../protocol/lsp-client');
  const { seed } = await import('../../server/src/engine/testing');
  const client = await LspTestClient.start();
  try {
    const big = seed('derby').repeat(300); // about 2 MB, past the 512 KB default
    const started = performance.now();
    const published = await client.open('file:///soak/huge.letter', big);
    const ms = performance.now() - started;
    assert.equal(published.diagnostics.length, 1, JSON.stringify(published.diagnostics.map((d) => d.message)));
    assert.match(String(published.diagnostics[0].message), /maxFileSizeKb/);
    assert.ok(ms < 10_000, `the size diagnostic took ${ms.toFixed(0)} ms`);
    const small = await client.open('file:///soak/small.letter', seed('derby'));
    assert.ok(Array.isArray(small.diagnostics), 'the server stopped answering after the large file');
  } finally {
    await client.stop();
  }
});

it('invalid settings give a warning naming each problem, and the server goes on with the defaults', { timeout: 120_000 }, async () => {
  const { LspTestClient } = await import('../protocol/lsp-client');
  const { seed } = await import('../../server/src/engine/testing');
  const client = await LspTestClient.start({ settings: { rules: 42, maxFileSizeKb: 'big', debounceMs: -5 } });
  try {
    const published = await client.open('file:///soak/derby.letter', seed('derby'));
    assert.ok(Array.isArray(published.diagnostics));
    for (let k = 0; k < 50 && !client.messages.length; k++) await new Promise((r) => setTimeout(r, 100));
    const text = client.messages.map((m) => m.message).join('\n');
    assert.match(text, /inspectionLetters\.rules/);
    assert.match(text, /inspectionLetters\.maxFileSizeKb/);
    assert.match(text, /inspectionLetters\.debounceMs/);
    assert.equal(client.process.exitCode, null);
  } finally {
    await client.stop();
  }
});
