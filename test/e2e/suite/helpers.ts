// Helpers for tests that run inside the extension host. They wait on VS Code's events, never on sleeps.
import * as vscode from 'vscode';
import { ok as assert } from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnosticsWhere, withCode } from './diagnostics';

/** The repository under test (the runner passes it; it is also the extension's folder). */
export const REPO_ROOT = process.env.E2E_REPO_ROOT ?? join(__dirname, '..', '..', '..');

/** The extension under development: the one loaded from the repository. */
export function extensionUnderTest(): vscode.Extension<unknown> {
  const ext = vscode.extensions.all.find((e) => e.extensionPath === REPO_ROOT || e.extensionUri.path === REPO_ROOT);
  if (!ext) throw new Error(`the extension at ${REPO_ROOT} is not loaded; extensions: ${vscode.extensions.all.map((e) => e.id).join(', ')}`);
  return ext;
}

interface PackageJson {
  contributes?: { languages?: { id: string; extensions?: string[] }[]; commands?: { command: string; title: string }[] };
}

export function packageJson(): PackageJson {
  return JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as PackageJson;
}

/** The language the extension contributes for `.letter` files. */
export function letterLanguageId(): string {
  const lang = packageJson().contributes?.languages?.find((l) => l.extensions?.includes('.letter'));
  if (!lang) throw new Error('package.json contributes no language for .letter files');
  return lang.id;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return folder.uri;
}

export function workspaceFile(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

/** Text of a seed letter as the runner copied it into the workspace. */
export function seedText(name: string): string {
  return readFileSync(workspaceFile(`${name}.letter`).fsPath, 'utf8');
}

const created: vscode.Uri[] = [];

/** Writes a new letter into the workspace and opens it in an editor; closeAllEditors deletes it. */
export async function openNewLetter(name: string, text: string): Promise<vscode.TextEditor> {
  const uri = workspaceFile(name);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  created.push(uri);
  return vscode.window.showTextDocument(uri, { preview: false });
}

export async function openLetter(name: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(workspaceFile(name), { preview: false });
}

export { codeOf, describe, diagnosticsWhere, errorsOf, nextDiagnostics, withCode } from './diagnostics';

/**
 * The diagnostics of the editor's text as it is now. Diagnostics carry no document version, so the
 * current set may be an earlier version's: append a line the checker always flags (an HTML tag),
 * wait for that warning, delete the line and wait for the warning to go. The server never publishes
 * for a stale version, so what is left is the current text's.
 */
export async function settledDiagnostics(editor: vscode.TextEditor): Promise<readonly vscode.Diagnostic[]> {
  const document = editor.document;
  const uri = document.uri;
  const endsWithNewline = document.getText().endsWith('\n');
  const line = endsWithNewline ? document.lineCount - 1 : document.lineCount;
  const marker = (endsWithNewline ? '' : '\n') + '<br>\n';
  const onMarker = (d: readonly vscode.Diagnostic[]) => withCode(d, 'html-residue').some((x) => x.range.start.line === line);
  assert(await editor.edit((e) => e.insert(document.lineAt(document.lineCount - 1).range.end, marker)), 'the marker line was added');
  await diagnosticsWhere(uri, onMarker, 'the html-residue warning on the marker line');
  const start = endsWithNewline ? new vscode.Position(line, 0) : document.lineAt(line - 1).range.end;
  assert(await editor.edit((e) => e.delete(new vscode.Range(start, document.lineAt(document.lineCount - 1).range.end))), 'the marker line was removed');
  return diagnosticsWhere(uri, (d) => !onMarker(d), 'the marker warning to go');
}

/** Replaces the only occurrence of `from` in the editor's document; fails loudly if it is not there once. */
export async function replaceOnceInEditor(editor: vscode.TextEditor, from: string, to: string): Promise<void> {
  const text = editor.document.getText();
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`need exactly one ${JSON.stringify(from)} in ${editor.document.uri.path}`);
  const range = new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + from.length));
  const ok = await editor.edit((edit) => edit.replace(range, to));
  if (!ok) throw new Error('the edit was not applied');
}

/**
 * Closes every editor, discarding unsaved edits (a dirty editor would otherwise ask, and block), and
 * deletes the letters the tests wrote: the workspace holds only the real letters again, so the
 * server's workspace index (previous letters) does not carry one test's letters into another.
 */
export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  for (const uri of created.splice(0)) await vscode.workspace.fs.delete(uri);
}

/** What the client's activate() returns (client/src/extension.ts). */
export interface ClientApi {
  client: {
    state: number;
    onDidChangeState(listener: (e: { oldState: number; newState: number }) => void): vscode.Disposable;
  };
  ready: Promise<void>;
}

/** The extension's API, once the language client is running. Activates it if nothing did yet. */
export async function clientApi(): Promise<ClientApi> {
  const api = (await extensionUnderTest().activate()) as ClientApi;
  if (!api || typeof api !== 'object' || !('ready' in api)) throw new Error('activate() returned no { client, ready } API');
  await api.ready;
  return api;
}

/** Opens a copy of a seed letter under a new name, so each test starts from the real text. */
export async function openSeedCopy(seed: string, name: string, edit?: (text: string) => string): Promise<vscode.TextEditor> {
  const text = seedText(seed);
  return openNewLetter(name, edit ? edit(text) : text);
}

/** Replaces `from` (which must occur once) in a text; for preparing broken letters. The engine's test helper. */
export { replaceOnce } from '../../../server/src/engine/testing';

/** Waits until the editor's document changes (after an edit that VS Code applies asynchronously). */
export function nextChange(document: vscode.TextDocument, timeoutMs = 10_000): Promise<vscode.TextDocumentChangeEvent> {
  return new Promise((resolve, reject) => {
    const subscription = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document !== document || event.contentChanges.length === 0) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(event);
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`no change to ${document.uri.path} within ${timeoutMs} ms`));
    }, timeoutMs);
  });
}

/**
 * Walks an inserted snippet's tab stops, as an inspector tabs through them: each stop's placeholder is
 * typed over with what `textFor` gives it, or kept when it gives nothing (a choice's first option).
 * Returns the placeholders seen.
 */
export async function walkSnippetStops(editor: vscode.TextEditor, textFor: (placeholder: string) => string | undefined): Promise<string[]> {
  const seen: string[] = [];
  for (let stop = 0; stop < 40; stop++) {
    const placeholder = editor.document.getText(editor.selection);
    seen.push(placeholder);
    const text = textFor(placeholder);
    if (text !== undefined) await vscode.commands.executeCommand('type', { text });
    const before = editor.selection;
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    if (editor.selection.isEqual(before) || editor.selection.isEmpty) break; // $0, the end of the snippet
  }
  return seen;
}
