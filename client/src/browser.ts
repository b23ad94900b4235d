import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type LanguageClientOptions, type MessageTransports } from 'vscode-languageclient/browser';
import { ADD_TEAM_WORD_COMMAND } from '../../server/src/lsp/protocol';
import { newDocument } from './new-document';
import { copyProblems, exportProblems } from './problems';

/**
 * The thin client for VS Code for the Web: starts the language server (dist/browser-server.js) in a
 * web worker and registers the commands that work there. Checking, fixes, completion, hover and the
 * outline are the server's, as on the desktop. The worker has no file system: letters are checked as
 * they are opened, and a check of the whole workspace needs the desktop (or a remote).
 */

export const LANGUAGE_ID = 'inspection-letter';

/** A web worker (the project's TypeScript has no DOM library; the web extension host has Worker). */
declare const Worker: new (url: string, options?: { name?: string }) => ConstructorParameters<typeof BrowserMessageReader>[0] & { terminate(): void };

/** What activate() returns: the running client and a promise that settles when it is ready (for tests). */
export interface WebExtensionApi {
  client: LanguageClient;
  ready: Promise<void>;
}

let client: LanguageClient | undefined;
/** The server's worker and its script's blob: a stopped client leaves the worker running, so both are ended when the next one starts and on deactivation. */
let serverWorker: { worker: InstanceType<typeof Worker>; script: string } | undefined;

function endServerWorker(): void {
  serverWorker?.worker.terminate();
  if (serverWorker) URL.revokeObjectURL(serverWorker.script);
  serverWorker = undefined;
}

export function activate(context: vscode.ExtensionContext): WebExtensionApi {
  const serverScript = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser-server.js');
  const clientOptions: LanguageClientOptions = {
    // Letters in files, unsaved, on a remote (code-server) or in a repository opened in the browser
    // (vscode-vfs:); not the old versions a diff or a history view shows.
    documentSelector: ['file', 'untitled', 'vscode-remote', 'vscode-vfs'].map((scheme) => ({ scheme, language: LANGUAGE_ID })),
    // Plain data: a worker's messages cannot carry the configuration object's methods.
    initializationOptions: { settings: JSON.parse(JSON.stringify(vscode.workspace.getConfiguration('inspectionLetters'))) as unknown },
  };
  // A function, so that a restart starts a new worker.
  client = new LanguageClient('inspectionLetters', 'Inspection Letters', () => startServerWorker(serverScript), clientOptions);
  const ready = client.start();
  context.subscriptions.push(
    vscode.commands.registerCommand('inspectionLetters.newLetter', (name?: string) => newDocument(context, LANGUAGE_ID, name)),
    vscode.commands.registerCommand('inspectionLetters.checkWorkspace', () => {
      void vscode.window.showInformationMessage(WEB_CHECK_WORKSPACE_MESSAGE);
    }),
    // Offered only for letters with file: URIs; the worker could not read the words file back.
    vscode.commands.registerCommand(ADD_TEAM_WORD_COMMAND, () => {
      void vscode.window.showInformationMessage(WEB_TEAM_WORDS_MESSAGE);
    }),
    vscode.commands.registerCommand('inspectionLetters.restartServer', async () => {
      // The browser client has no restart(): stopping ends the worker, starting makes a new one.
      await client?.stop();
      await client?.start();
      const message = 'The letter checker has restarted: the open letters are being checked again.';
      void vscode.window.showInformationMessage(message);
      return message;
    }),
    vscode.commands.registerCommand('inspectionLetters.copyProblems', copyProblems),
    vscode.commands.registerCommand('inspectionLetters.exportProblems', exportProblems),
  );
  return { client, ready };
}

/**
 * The server's worker, made from the script's text. VS Code's web worker extension host refuses
 * `new Worker(url)` for an extension on a remote (a vscode-remote: URL, as when code-server serves the
 * workbench), so the script is read through VS Code's file system, from the extension's own files, and
 * the worker started from a blob of it.
 */
async function startServerWorker(serverScript: vscode.Uri): Promise<MessageTransports> {
  const text = await vscode.workspace.fs.readFile(serverScript);
  const script = URL.createObjectURL(new Blob([text], { type: 'text/javascript' }));
  endServerWorker();
  const worker = new Worker(script, { name: 'Inspection Letters server' });
  serverWorker = { worker, script };
  // The transports are made here: the host's Worker is a wrapper, so the client's `instanceof Worker` fails on it.
  return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
}

export const WEB_CHECK_WORKSPACE_MESSAGE =
  'In VS Code for the Web the letter checker has no file system: it checks the letters you open. Checking every letter in the workspace needs VS Code on the desktop or on a remote.';

export const WEB_TEAM_WORDS_MESSAGE =
  "In VS Code for the Web the letter checker cannot read a team's .letter-words file: accept the word in this letter instead, or add it on the desktop.";

export async function deactivate(): Promise<void> {
  await client?.stop();
  endServerWorker();
}
