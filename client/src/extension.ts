import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_NODE_FLAGS } from '../../server/src/lsp/node-flags';
import { checkProgress, registerCommands } from './commands';
import { FollowupViewProvider } from './followup-view';
import { copyProblems, exportProblems } from './problems';
import { LetterStatus } from './status';

/**
 * The thin client: starts the language server over IPC and registers the commands. Everything else
 * (checking, fixes, completion, hover, outline) is the server's.
 */

export const LANGUAGE_ID = 'inspection-letter';

/** What activate() returns: the running client, a promise that settles when it is ready, the language status (for tests). */
export interface ExtensionApi {
  client: LanguageClient;
  ready: Promise<void>;
  status: LetterStatus;
  /** Each progress report of a running check of the workspace. */
  onCheckProgress: vscode.Event<{ message?: string; percentage?: number }>;
  /** The follow-up view's provider (its items, and an event after each refresh). */
  followup: FollowupViewProvider;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    // The server's heap settings (see node-flags.ts): they keep its memory near what it holds.
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6011'] } },
  };
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{letter,txt}');
  // A team's spelling words (see server/src/host/words-file.ts): a change re-checks the open letters.
  const wordsWatcher = vscode.workspace.createFileSystemWatcher('**/.letter-words');
  context.subscriptions.push(watcher, wordsWatcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
      { scheme: 'vscode-remote', language: LANGUAGE_ID },
    ],
    synchronize: { fileEvents: [watcher, wordsWatcher] },
    initializationOptions: { settings: vscode.workspace.getConfiguration('inspectionLetters') },
    // The default error handler restarts a server that dies (up to 4 times in 3 minutes); open
    // letters are sent again on restart, so their diagnostics come back.
  };
  client = new LanguageClient('inspectionLetters', 'Inspection Letters', serverOptions, clientOptions);
  const ready = client.start();
  registerCommands(context, client);
  const status = new LetterStatus(client, LANGUAGE_ID);
  context.subscriptions.push(
    status,
    vscode.commands.registerCommand('inspectionLetters.copyProblems', copyProblems),
    vscode.commands.registerCommand('inspectionLetters.exportProblems', exportProblems),
  );
  const followup = new FollowupViewProvider(client, LANGUAGE_ID);
  context.subscriptions.push(followup);
  // The follow-up view shows in the explorer once the extension runs.
  void vscode.commands.executeCommand('setContext', 'inspectionLetters.active', true);
  void ready.then(() => {
    void status.refresh();
    void followup.refresh();
  });
  return { client, ready, status, onCheckProgress: checkProgress.event, followup };
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
