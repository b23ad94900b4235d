import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../protocol/lsp-client';
import { LETTERS, seed } from '../../server/src/engine/testing';
import { mutate, type Mutation } from './support';

/**
 * A long session through the real server (stdio only): many documents opened, edited in bursts and
 * closed, with invalid settings pushed half way. Checks that the last version's diagnostics always
 * win (after a burst, the final publication is for the last version and equals a fresh analysis of the
 * same text), that closed documents are cleared, and that the server's memory stays under a bound.
 * Used by the short CI test (server-soak.test.ts) and the long run (scripts/soak-server.ts).
 */

export interface SoakOptions {
  rounds: number;
  /** Documents open at once. */
  documents: number;
  /** Edits sent without waiting, per document per round. */
  burst: number;
  /** Resident memory the server may reach, in MB. */
  maxRssMb: number;
  /**
   * Caps the server's V8 heap (--max-old-space-size), so that a leak ends the session with an
   * out-of-memory exit instead of hiding behind V8's lazy collection (uncapped, RSS drifts up
   * without a leak: 86 → 184 MB over 6,000 edits, flat at ~110 MB with an 80 MB cap).
   */
  serverHeapMb?: number;
  log?: (line: string) => void;
}

export interface SoakResult {
  edits: number;
  opens: number;
  closes: number;
  rssMb: number[];
  ms: number;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

function pseudoRandom(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

const key = (d: Diagnostic) => JSON.stringify([d.code, d.message, d.range]);

export async function soakServer(options: SoakOptions): Promise<SoakResult> {
  const started = performance.now();
  const savedOptions = process.env.NODE_OPTIONS;
  if (options.serverHeapMb) process.env.NODE_OPTIONS = `${savedOptions ?? ''} --max-old-space-size=${options.serverHeapMb}`.trim();
  let client: LspTestClient;
  try {
    client = await LspTestClient.start();
  } finally {
    if (savedOptions === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = savedOptions;
  }
  const random = pseudoRandom(6);
  const letters = LETTERS.map((n) => seed(n));
  const result: SoakResult = { edits: 0, opens: 0, closes: 0, rssMb: [], ms: 0 };
  try {
    for (let round = 0; round < options.rounds; round++) {
      if (round === Math.floor(options.rounds / 2)) {
        // Invalid settings half way: the server must go on (with defaults) and keep publishing.
        client.settings = { rules: 42, severities: 'loud', maxFileSize: -1, previousLetter: { path: null }, trace: { server: 7 } };
        client.notify('workspace/didChangeConfiguration', { settings: client.settings });
      }
      const uris = Array.from({ length: options.documents }, (_, i) => `file:///soak/round-${round}-doc-${i}.letter`);
      const texts = uris.map((_, i) => letters[(round + i) % letters.length]);
      await Promise.all(uris.map((uri, i) => client.open(uri, texts[i])));
      result.opens += uris.length;
      const finals = await Promise.all(
        uris.map(async (uri, i) => {
          let text = texts[i];
          let last: Promise<unknown> | undefined;
          let lastVersion = 0;
          for (let k = 0; k < options.burst; k++) {
            const m: Mutation = { kind: 'insert', at: Math.floor(random() * 1e9), text: random() < 0.5 ? 'x' : '\n' };
            text = random() < 0.2 ? mutate(text, { kind: 'deleteLine', at: Math.floor(random() * 1e9) }) : mutate(text, m);
            const sent = client.change(uri, [{ text }]);
            last = sent.published;
            lastVersion = sent.version;
            result.edits++;
          }
          // Only the last version's diagnostics must arrive for sure; earlier ones may be skipped.
          await last;
          return { uri, text, version: lastVersion };
        }),
      );
      for (const f of finals) {
        const mine = client.published.filter((p) => p.uri === f.uri);
        const final = mine[mine.length - 1];
        assert.equal(final.version, f.version, `${f.uri}: a stale version's diagnostics were published after the last one`);
        const fresh = await client.open(`${f.uri}.fresh`, f.text);
        assert.deepEqual(final.diagnostics.map(key).sort(), fresh.diagnostics.map(key).sort(), `${f.uri}: the final diagnostics are not those of the final text`);
        client.notify('textDocument/didClose', { textDocument: { uri: `${f.uri}.fresh` } });
      }
      for (const uri of uris) {
        const cleared = client.waitFor(uri, (p) => p.diagnostics.length === 0);
        client.notify('textDocument/didClose', { textDocument: { uri } });
        await Promise.race([cleared, new Promise((r) => setTimeout(r, 5000))]);
        result.closes++;
      }
      client.published.length = 0;
      const rss = rssMb(client.process.pid!);
      result.rssMb.push(rss);
      options.log?.(`round ${round + 1}/${options.rounds}: ${result.edits} edits, ${result.opens} opens, server RSS ${rss.toFixed(0)} MB`);
      assert.ok(rss < options.maxRssMb, `server RSS ${rss.toFixed(0)} MB exceeds ${options.maxRssMb} MB after round ${round + 1}`);
    }
    assert.ok(client.process.exitCode === null, 'the server exited during the session');
  } finally {
    await client.stop();
  }
  result.ms = performance.now() - started;
  return result;
}
