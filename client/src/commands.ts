import * as vscode from 'vscode';
import { WorkDoneProgress, type LanguageClient, type WorkDoneProgressBegin, type WorkDoneProgressReport } from 'vscode-languageclient/node';
import { readWordList } from '../../server/src/engine/spelling/word-list';
import { newDocument } from './new-document';
import { ADD_TEAM_WORD_COMMAND, CHECK_WORKSPACE_REQUEST, MAX_CHECKED_FILES, type CheckWorkspaceParams, type CheckWorkspaceResult } from '../../server/src/lsp/protocol';

/** The extension's commands: a new letter or report from a template, and a check of every letter in the workspace. */

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('inspectionLetters.newLetter', (name?: string) => newDocument(context, 'inspection-letter', name)),
    vscode.commands.registerCommand('inspectionLetters.checkWorkspace', async () => {
      const result = await checkWorkspace(client);
      void vscode.window.showInformationMessage(checkWorkspaceMessage(result));
      return result;
    }),
    // Returns the message it shows (for tests: a message shown cannot be read back).
    vscode.commands.registerCommand('inspectionLetters.restartServer', async () => {
      await client.restart();
      const message = 'The letter checker has restarted: the open letters are being checked again.';
      void vscode.window.showInformationMessage(message);
      return message;
    }),
    // From the quick fix on a spelling warning: the word goes into the team's .letter-words.
    vscode.commands.registerCommand(ADD_TEAM_WORD_COMMAND, (uri: string, word: string) => addTeamWord(vscode.Uri.parse(uri), word)),
    // From the code lens on the previous-inspection paragraph: the previous letter, at a line.
    vscode.commands.registerCommand('inspectionLetters.openLetter', async (uri: string, line = 0) => {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      const at = new vscode.Position(Math.max(0, Math.min(line, document.lineCount - 1)), 0);
      return vscode.window.showTextDocument(document, { selection: new vscode.Range(at, at), preview: true });
    }),
  );
}

let checks = 0;

/** Fired with each progress report of a check of the workspace (the extension's API gives it to tests). */
export const checkProgress = new vscode.EventEmitter<{ message?: string; percentage?: number }>();

/**
 * Runs the server's check of every letter in a notification with progress and a Cancel button: the
 * server reports on a progress token of ours, and the button cancels the request.
 */
async function checkWorkspace(client: LanguageClient): Promise<CheckWorkspaceResult> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Checking the letters in the workspace', cancellable: true },
    async (progress, cancel) => {
      const token = `inspectionLetters.checkWorkspace.${++checks}`;
      let done = 0;
      const listening = client.onProgress(WorkDoneProgress.type, token, (value) => {
        if (value.kind === 'end') return;
        const { message, percentage } = value as WorkDoneProgressBegin | WorkDoneProgressReport;
        const increment = percentage !== undefined ? Math.max(0, percentage - done) : undefined;
        if (percentage !== undefined) done = Math.max(done, percentage);
        progress.report({ message, increment });
        checkProgress.fire({ message, percentage });
      });
      try {
        const params: CheckWorkspaceParams = { workDoneToken: token };
        return await client.sendRequest<CheckWorkspaceResult>(CHECK_WORKSPACE_REQUEST, params, cancel);
      } finally {
        listening.dispose();
      }
    },
  );
}

/** What the check found, in the words of the Problems panel, and what it skipped. */
export function checkWorkspaceMessage(result: CheckWorkspaceResult): string {
  const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const parts = [
    `${result.cancelled ? 'Stopped after' : 'Checked'} ${count(result.files, 'file')} (${count(result.letters, 'letter')}):`,
    `${count(result.errors, 'error')}, ${count(result.warnings, 'warning')}, ${count(result.information, 'information note')} in the Problems panel;`,
    `${count(result.hints, 'hint')} shown in the letters only (as dots under the text).`,
  ];
  const { tooLarge, unreadable, overLimit } = result.skipped;
  if (tooLarge.length) parts.push(`Not checked, over inspectionLetters.maxFileSizeKb: ${tooLarge.join(', ')}.`);
  if (unreadable.length) parts.push(`Could not be read: ${unreadable.join(', ')}.`);
  if (overLimit) parts.push(`${count(overLimit, 'more file')} not checked: one check looks at ${MAX_CHECKED_FILES.toLocaleString('en-GB')} files at most.`);
  return parts.join(' ');
}

/** The whole-letter snippet's body, generated from the template (scripts/generate-snippets.ts). */
/**
 * Adds a word on a line of its own at the end of a words file, creating the file if there is none.
 * Written straight to disk (not as an unsaved edit), so the watcher has the server re-check at once.
 * The file is read back first, and nothing is written when the word is there already.
 */
export async function addTeamWord(file: vscode.Uri, word: string): Promise<boolean> {
  let text = '';
  try {
    text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
  } catch {
    text = '# Words the spelling check accepts in every letter below this folder (one or more a line).\n';
  }
  // Read as the server reads the file.
  if (readWordList(text).has(word.toLowerCase().replace(/’/g, "'"))) return false;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const separator = text === '' || text.endsWith('\n') ? '' : eol;
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(`${text}${separator}${word}${eol}`));
  return true;
}
