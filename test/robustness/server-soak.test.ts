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
