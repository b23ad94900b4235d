import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

/**
 * Drives the real language server process over stdio, as an editor would: a JSON-RPC client that
 * records published diagnostics and lets tests wait for them (never for a fixed time).
 */

export const ROOT = join(__dirname, '..', '..');
const SERVER_ENTRY = join(ROOT, 'server', 'src', 'lsp', 'server.ts');

let bundle: Promise<string> | undefined;

/**
 * The server as the extension runs it: the current sources bundled by esbuild (as scripts/build.mjs
 * does) into a temporary file, once per test process; LETTER_SERVER=dist uses dist/server.js instead.
 */
function serverBundle(): Promise<string> {
  if (process.env.LETTER_SERVER === 'dist') return Promise.resolve(join(ROOT, 'dist', 'server.js'));
  bundle ??= (async () => {
    const outfile = join(mkdtempSync(join(tmpdir(), 'letter-server-')), 'server.js');
    await build({ entryPoints: [SERVER_ENTRY], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile, logLevel: 'error' });
    // Beside the bundle, as the build puts it: the dictionary the spelling rule reads.
    cpSync(join(ROOT, 'node_modules', 'dictionary-en-gb'), join(dirname(outfile), 'dictionary-en-gb'), { recursive: true });
    process.once('exit', () => rmSync(dirname(outfile), { recursive: true, force: true }));
    return outfile;
  })();
  return bundle;
}

interface Waiter {
  uri: string;
  test(p: PublishDiagnosticsParams): boolean;
  resolve(p: PublishDiagnosticsParams): void;
}

export interface StartOptions {
  workspaceFolder?: string;
  /** Returned for workspace/configuration requests (section inspectionLetters). */
  settings?: Record<string, unknown>;
  /** The answer to workspace/configuration waits for this (a client slow to send its settings). */
  configurationGate?: Promise<void>;
  /** Client capabilities merged over the default ones. */
  capabilities?: Record<string, unknown>;
}

export class LspTestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: { type: number; message: string }[] = [];
  readonly logs: string[] = [];
  /** Every $/progress notification, in order. */
  readonly progress: { token: string | number; value: { kind: string; message?: string; percentage?: number; title?: string; cancellable?: boolean } }[] = [];
  private readonly progressWaiters: { test(p: LspTestClient['progress'][number]): boolean; resolve(): void }[] = [];
  private readonly waiters: Waiter[] = [];
  private readonly versions = new Map<string, number>();
  settings: Record<string, unknown>;
  initializeResult!: InitializeResult;

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
    options: StartOptions,
  ) {
    this.settings = options.settings ?? {};
  }

  static async start(options: StartOptions = {}): Promise<LspTestClient> {
    const child = spawn(process.execPath, [await serverBundle(), '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspTestClient(child, connection, options);
    child.stderr!.on('data', (d) => client.logs.push(String(d)));
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      client.published.push(p);
      for (const w of [...client.waiters]) {
        if (w.uri === p.uri && w.test(p)) {
          client.waiters.splice(client.waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    connection.onNotification('window/showMessage', (p: { type: number; message: string }) => void client.messages.push(p));
    connection.onNotification('window/logMessage', (p: { message: string }) => void client.logs.push(p.message));
    connection.onRequest('workspace/configuration', async (p: { items: { section?: string }[] }) => {
      await options.configurationGate;
      return p.items.map(() => client.settings);
    });
    connection.onNotification('$/progress', (p: LspTestClient['progress'][number]) => {
      client.progress.push(p);
      for (const w of [...client.progressWaiters]) {
        if (w.test(p)) {
          client.progressWaiters.splice(client.progressWaiters.indexOf(w), 1);
          w.resolve();
        }
      }
    });
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/showMessageRequest', (p: { type: number; message: string }) => {
      client.messages.push({ type: p.type, message: p.message });
      return null;
    });
    connection.listen();
    const folder = options.workspaceFolder;
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder ? pathToFileURL(folder).toString() : null,
      workspaceFolders: folder ? [{ uri: pathToFileURL(folder).toString(), name: 'letters' }] : null,
      capabilities: {
        workspace: { configuration: true, workspaceEdit: { documentChanges: true }, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { versionSupport: true }, completion: { completionItem: { snippetSupport: true } } },
        ...options.capabilities,
      },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  open(uri: string, text: string): Promise<PublishDiagnosticsParams> {
    this.versions.set(uri, 1);
    const published = this.waitFor(uri, (p) => p.version === 1);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'inspection-letter', version: 1, text } });
    return published;
  }

  /** Sends an edit; resolves with the diagnostics published for the resulting version. */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): { version: number; published: Promise<PublishDiagnosticsParams> } {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    const published = this.waitFor(uri, (p) => p.version === version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return { version, published };
  }

  close(uri: string): void {
    this.versions.delete(uri);
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Resolves once a $/progress notification satisfying `test` arrives (or has arrived). */
  waitForProgress(test: (p: LspTestClient['progress'][number]) => boolean): Promise<void> {
    if (this.progress.some(test)) return Promise.resolve();
    return new Promise((resolve) => this.progressWaiters.push({ test, resolve }));
  }

  waitFor(uri: string, test: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => this.waiters.push({ uri, test, resolve }));
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): void {
    void this.connection.sendNotification(method, params);
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.process.exitCode !== null) resolve();
      else this.process.once('exit', () => resolve());
    });
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), exited]);
      await this.connection.sendNotification('exit');
    } catch {
      // The process may already be gone.
    }
    const timer = setTimeout(() => this.process.kill(), 2000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}

export function errors(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 1);
}

export function summary(diagnostics: Diagnostic[]): string {
  return diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`).join('\n');
}
