import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { replaceOnce, seed } from '../../server/src/engine/testing';
import { LspTestClient, summary } from './lsp-client';

/**
 * A team's .letter-words through the real server: its words are accepted in every letter below it,
 * and a change to the file (a watched-file notification) re-checks the open letters.
 */

let client: LspTestClient;
let folder: string;
before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'letters-words-'));
  client = await LspTestClient.start({ workspaceFolder: folder, settings: {} });
});
after(async () => {
  await client.stop();
  rmSync(folder, { recursive: true, force: true });
});

const spelling = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === 'spelling').map((d) => d.message);

test("a word in the team's .letter-words is accepted; taking it out of the file brings its warning back", async () => {
  const wordsPath = join(folder, '.letter-words');
  writeFileSync(wordsPath, '# our case recording system\nqwxzv\n');
  const uri = pathToFileURL(join(folder, 'derby-draft.letter')).toString();
  const text = replaceOnce(seed('derby'), 'Practice guidance and procedures', 'Practice guidance and qwxzv procedures');
  const opened = await client.open(uri, text);
  assert.deepEqual(spelling(opened), [], summary(opened.diagnostics));

  writeFileSync(wordsPath, '# emptied\n');
  const rechecked = client.waitFor(uri, (p) => spelling(p).length > 0);
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(wordsPath).toString(), type: 2 }] });
  assert.deepEqual(spelling(await rechecked), ["'qwxzv' is not in the British English dictionary: check its spelling, or accept it for this letter."]);
});

test("a spelling warning offers to add the word to the team's words file: the nearest one, or a new one in the workspace folder", async () => {
  const uri = pathToFileURL(join(folder, 'sub', 'draft.letter')).toString();
  const text = replaceOnce(seed('derby'), 'Practice guidance and procedures', 'Practice guidance and zzyzx procedures');
  const opened = await client.open(uri, text);
  const [d] = opened.diagnostics.filter((x) => x.code === 'spelling');
  assert.ok(d, summary(opened.diagnostics));
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
  const add = actions.find((a) => a.title === "Add 'zzyzx' to the team's words (.letter-words)");
  assert.ok(add, actions.map((a) => a.title).join(' | '));
  assert.deepEqual(add.command?.arguments, [pathToFileURL(join(folder, '.letter-words')).toString(), 'zzyzx']);
  assert.equal(add.command?.command, 'inspectionLetters.addTeamWord');
});
