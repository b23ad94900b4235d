import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CHECK_WORKSPACE_REQUEST, type CheckWorkspaceResult } from '../../server/src/lsp/protocol';

/** The extension's commands: a new letter from the template, and a check of every letter in the workspace. */

export const SNIPPETS_FILE = 'snippets/inspection-letter.code-snippets';
export const SKELETON_SNIPPET = 'Whole letter';

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('inspectionLetters.newLetter', async () => {
      const body = skeletonBody(context.asAbsolutePath(SNIPPETS_FILE));
      const document = await vscode.workspace.openTextDocument({ language: 'inspection-letter', content: '' });
      const editor = await vscode.window.showTextDocument(document);
      await editor.insertSnippet(new vscode.SnippetString(body));
      return document;
    }),
    vscode.commands.registerCommand('inspectionLetters.checkWorkspace', async () => {
      const result = await client.sendRequest<CheckWorkspaceResult>(CHECK_WORKSPACE_REQUEST);
      const message =
        `Checked ${result.files} file(s), ${result.letters} of them letters: ` +
        `${result.errors} error(s), ${result.warnings} warning(s), ${result.others} note(s). See the Problems panel.`;
      void vscode.window.showInformationMessage(message);
      return result;
    }),
    vscode.commands.registerCommand('inspectionLetters.restartServer', () => client.restart()),
    // From the code lens on the previous-inspection paragraph: the previous letter, at a line.
    vscode.commands.registerCommand('inspectionLetters.openLetter', async (uri: string, line = 0) => {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      const at = new vscode.Position(Math.max(0, Math.min(line, document.lineCount - 1)), 0);
      return vscode.window.showTextDocument(document, { selection: new vscode.Range(at, at), preview: true });
    }),
  );
}

/** The whole-letter snippet's body, generated from the template (scripts/generate-snippets.ts). */
export function skeletonBody(file: string): string {
  const snippets = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { body: string | string[] }>;
  const body = snippets[SKELETON_SNIPPET].body;
  return Array.isArray(body) ? body.join('\n') : body;
}
