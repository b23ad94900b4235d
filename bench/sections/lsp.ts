import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { SERVER_NODE_FLAGS } from '../../server/src/lsp/node-flags';
import { ensureArchive, ROOT, type Doc } from '../lib/corpus';
import { collectGarbage, now, summarise, type Summary } from '../lib/stats';

/**
 * The real language server process (dist/server.js) driven over stdio the way an editor drives it:
 * typing into a real letter one character at a time and timing each didChange to the diagnostics
 * published for it, completion and hover round trips, start-up to the first diagnostics, and the
 * process's resident memory as more and more letters are open.
 */

export interface ServerResult {
  edits: number;
  editToDiagnostics: Summary;
  completion: Summary;
  hover: Summary;
  startToFirstDiagnosticsMs: number;
  /** VmRSS as soon as the diagnostics of the last letter opened arrived, and again after the server sat idle (V8 collects and gives memory back when idle). */
  memory: { letters: number; rssMB: number; peakMB: number; idleRssMB: number }[];
  /** The settings the bench gave the server (debounce 0). */
  settings: unknown;
}

/** The extension's settings (section inspectionLetters) as the client sends them, with the debounce off. */
const SETTINGS = { debounceMs: 0 };

interface Diagnostics {
  uri: string;
  version?: number;
  diagnostics: unknown[];
}

class Client {
  readonly process: ChildProcess;
  readonly connection: MessageConnection;
  private waiters = new Map<string, ((d: Diagnostics) => void)[]>();
  readonly latest = new Map<string, Diagnostics>();
  stderr = '';

  constructor(serverPath: string) {
    // The flags the client starts the server with; BENCH_SERVER_NODE_OPTIONS adds more, e.g. "--cpu-prof --cpu-prof-dir=bench/results".
    const nodeFlags = (process.env.BENCH_SERVER_NODE_OPTIONS ?? '').split(' ').filter(Boolean);
    this.process = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...nodeFlags, serverPath, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (d) => (this.stderr = (this.stderr + d).slice(-4000)));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: Diagnostics) => {
      this.latest.set(p.uri, p);
      const list = this.waiters.get(p.uri);
      if (list?.length) {
        this.waiters.delete(p.uri);
        for (const w of list) w(p);
      }
    });
    this.connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => SETTINGS));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification(() => undefined);
    this.connection.listen();
  }

  /** Resolves with the next diagnostics published for `uri` (optionally for a version at least `version`). */
  nextDiagnostics(uri: string, version?: number, timeoutMs = 30_000): Promise<Diagnostics> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; server stderr: ${this.stderr}`)), timeoutMs);
      const wait = (d: Diagnostics) => {
        if (version !== undefined && d.version !== undefined && d.version < version) {
          this.push(uri, wait);
          return;
        }
        clearTimeout(timer);
        resolve(d);
      };
      this.push(uri, wait);
    });
  }

  private push(uri: string, w: (d: Diagnostics) => void) {
    const list = this.waiters.get(uri);
    if (list) list.push(w);
    else this.waiters.set(uri, [w]);
  }

  rssMB(): { rss: number; peak: number } {
    const status = readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      this.connection.sendNotification('exit');
    } catch {
      // The process may be gone already.
    }
    setTimeout(() => this.process.kill(), 500).unref();
    await new Promise((r) => (this.process.exitCode !== null ? r(null) : this.process.once('exit', r)));
    this.connection.dispose();
  }
}

function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, character: offset - start };
}

const IDLE_MS = 12_000;

/** RSS after the server has had nothing to do for IDLE_MS (V8's memory reducer runs a few seconds into idleness). */
async function idleRss(client: Client): Promise<number> {
  await new Promise((r) => setTimeout(r, IDLE_MS));
  return client.rssMB().rss;
}

/**
 * Signals the server to write a heap snapshot and waits until the file is complete (a snapshot of a
 * large heap takes a minute or more to write, so no fixed wait fits). Writing it collects garbage
 * first, so the RSS printed after it is the RSS after a full GC.
 */
async function heapSnapshot(client: Client): Promise<void> {
  const dirFlag = /--diagnostic-dir=(\S+)/.exec(process.env.BENCH_SERVER_NODE_OPTIONS ?? '')?.[1];
  const dir = dirFlag ? resolve(ROOT, dirFlag) : ROOT;
  const snapshots = () => new Set(readdirSync(dir).filter((n) => n.endsWith('.heapsnapshot')));
  const before = snapshots();
  const rssBefore = client.rssMB().rss;
  client.process.kill('SIGUSR2');
  const deadline = now() + 600_000;
  let lastSize = -1;
  while (now() < deadline) {
    await new Promise((r) => setTimeout(r, 1000));
    const name = [...snapshots()].find((n) => !before.has(n));
    if (!name) continue;
    const size = statSync(join(dir, name)).size;
    if (size > 0 && size === lastSize) {
      console.error(`heap snapshot ${join(dir, name)} (${(size / 1e6).toFixed(1)} MB); server RSS ${rssBefore.toFixed(1)} MB before, ${client.rssMB().rss.toFixed(1)} MB after (a full GC)`);
      return;
    }
    lastSize = size;
  }
  console.error('no heap snapshot written within 10 minutes');
}

/** The sentence typed into the letter, a character at a time: a new finding under a section. */
const TYPED = '\n- Managers do not always record the reasons for their decisions about next steps, and this delays some assessments for children in need.';

export async function benchServer(serverPath: string, letters: readonly Doc[], effort: { quick: boolean }): Promise<ServerResult> {
  collectGarbage();
  // The workspace is the archive of generated letters: the server indexes them all (2,000 known).
  const archive = ensureArchive(letters, effort.quick ? 200 : 2000);
  const folder = archive.dir;
  const t0 = now();
  const client = new Client(serverPath);
  const { connection } = client;
  try {
    const init = (await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'archive' }],
      initializationOptions: { settings: SETTINGS },
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          synchronization: { didSave: true, dynamicRegistration: false },
          completion: { completionItem: { snippetSupport: true } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
      },
    })) as { capabilities: { textDocumentSync?: number | { change?: number } } };
    const sync = init.capabilities.textDocumentSync;
    const incremental = (typeof sync === 'number' ? sync : sync?.change) === 2;
    connection.sendNotification('initialized', {});

    // Start to first diagnostics: the first real letter opened.
    const base = letters[0];
    const uri = pathToFileURL(join(folder, 'draft.letter')).href;
    const first = client.nextDiagnostics(uri);
    connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'inspection-letter', version: 1, text: base.text } });
    await first;
    const startToFirstDiagnosticsMs = now() - t0;
    const memory: ServerResult['memory'] = [];
    const mem1 = client.rssMB();
    memory.push({ letters: 1, rssMB: mem1.rss, peakMB: mem1.peak, idleRssMB: await idleRss(client) });

    // Typing: each character a didChange; time until the diagnostics for that version arrive.
    let text = base.text;
    const insertAt = text.indexOf('\n', text.search(/Areas for development/));
    let cursor = text.indexOf('\n', insertAt + 1) >= 0 ? text.indexOf('\n\n', insertAt + 2) : text.length;
    if (cursor < 0) cursor = text.length;
    const edits = effort.quick ? 60 : TYPED.length * 3;
    const editTimes: number[] = [];
    const completionTimes: number[] = [];
    const hoverTimes: number[] = [];
    let version = 1;
    let typedInRound = 0;
    for (let k = 0; k < edits; k++) {
      if (typedInRound === TYPED.length) {
        // Start the sentence again in a new bullet (keeps the letter realistic rather than ever longer lines).
        typedInRound = 0;
      }
      const ch = TYPED[typedInRound++];
      const position = positionAt(text, cursor);
      text = text.slice(0, cursor) + ch + text.slice(cursor);
      cursor++;
      version++;
      const change = incremental ? { range: { start: position, end: position }, text: ch } : { text };
      const waiting = client.nextDiagnostics(uri, version);
      const t = now();
      connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      await waiting;
      editTimes.push(now() - t);
      // Completion where the inspector is typing; hover over a word elsewhere in the letter.
      if (k % 2 === 0) {
        const tc = now();
        await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: positionAt(text, cursor) });
        completionTimes.push(now() - tc);
        const words = [...text.matchAll(/[A-Za-z]{4,}/g)];
        const w = words[(k * 7919) % words.length];
        const th = now();
        await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionAt(text, w.index! + 1) });
        hoverTimes.push(now() - th);
      }
    }

    // Memory with 100 and 2,000 letters open (each analysed: wait for its diagnostics).
    let open = 1;
    for (const target of effort.quick ? [100, 200] : [100, 2000]) {
      const pending: Promise<unknown>[] = [];
      for (; open < target; open++) {
        const l = archive.files[open];
        const u = pathToFileURL(join(folder, l.name)).href;
        pending.push(client.nextDiagnostics(u, undefined, 120_000));
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'inspection-letter', version: 1, text: l.text } });
      }
      await Promise.all(pending);
      const m = client.rssMB();
      memory.push({ letters: target, rssMB: m.rss, peakMB: m.peak, idleRssMB: await idleRss(client) });
    }
    // For finding what the server holds: BENCH_SERVER_NODE_OPTIONS=--heapsnapshot-signal=SIGUSR2 BENCH_HEAP_SNAPSHOT=1.
    if (process.env.BENCH_HEAP_SNAPSHOT) await heapSnapshot(client);
    return {
      edits,
      editToDiagnostics: summarise(editTimes),
      completion: summarise(completionTimes),
      hover: summarise(hoverTimes),
      startToFirstDiagnosticsMs,
      memory,
      settings: SETTINGS,
    };
  } finally {
    await client.stop();
  }
}
