// Issue 6: if the language server process dies, the client starts it again and diagnostics come back.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  clientApi,
  closeAllEditors,
  describe as describeDiagnostics,
  diagnosticsWhere,
  errorsOf,
  openSeedCopy,
  REPO_ROOT,
  replaceOnce,
  replaceOnceInEditor,
  withCode,
} from './helpers';

/** The language servers this extension host forked: children of this process running dist/server.js. */
function serverPids(): number[] {
  const module = join(REPO_ROOT, 'dist', 'server.js');
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (argv.includes(module)) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const RUNNING = 2; // vscode-languageclient State.Running

describe('server restart', () => {
  after(closeAllEditors);

  it('restarts a killed server; diagnostics come back and follow new edits', async () => {
    const api = await clientApi();
    const editor = await openSeedCopy('derby', 'restart.letter', (t) =>
      replaceOnce(t, "within Derby City Council children's services", "within Derby County Council children's services"),
    );
    const uri = editor.document.uri;
    await diagnosticsWhere(uri, (d) => withCode(d, 'council-consistent').length > 0, 'the council-consistent error');

    const [pid, ...others] = serverPids();
    assert.ok(pid, 'the language server runs as a child of the extension host');
    assert.deepEqual(others, [], 'one language server');

    // The client notices the death, goes through Starting and is Running again with a new process.
    const restarted = new Promise<void>((resolve) => {
      let sawStop = false;
      const subscription = api.client.onDidChangeState(({ newState }) => {
        if (newState !== RUNNING) sawStop = true;
        else if (sawStop) {
          subscription.dispose();
          resolve();
        }
      });
    });
    process.kill(pid, 'SIGKILL');
    await Promise.race([
      restarted,
      new Promise((_, reject) => setTimeout(() => reject(new Error('the client did not restart the server within 20 s')), 20_000)),
    ]);
    assert.equal(alive(pid), false, 'the old server is gone');
    const [newPid] = serverPids();
    assert.ok(newPid && newPid !== pid, `a new server process (${newPid}) replaced ${pid}`);

    // The client sends the open letter to the new server: its error is reported (the client may or may
    // not have cleared it in between)...
    const back = await diagnosticsWhere(uri, (d) => withCode(d, 'council-consistent').length > 0, 'the error to come back');
    assert.deepEqual(errorsOf(back).map((d) => editor.document.getText(d.range)), ['Derby County Council'], describeDiagnostics(back));
    // ...and the new server follows edits: break another part, see it; mend the first, see it go.
    await replaceOnceInEditor(editor, 'Strengths\n', 'Strenghts\n');
    await diagnosticsWhere(uri, (d) => withCode(d, 'heading-wording').length > 0, 'the heading-wording warning from the new server');
    await replaceOnceInEditor(editor, "within Derby County Council children's services", "within Derby City Council children's services");
    const mended = await diagnosticsWhere(uri, (d) => withCode(d, 'council-consistent').length === 0, 'the error to go');
    assert.deepEqual(errorsOf(mended), [], describeDiagnostics(mended));
  });
});
