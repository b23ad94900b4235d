import type { Connection, InitializeResult, ServerCapabilities } from 'vscode-languageserver';
import { registerCodeActions } from './providers/code-actions';
import { registerCodeLens } from './providers/code-lens';
import { registerCompletion } from './providers/completion';
import { registerDiagnostics } from './providers/diagnostics';
import { registerDocumentStatus } from './providers/document-status';
import { registerFolding } from './providers/folding';
import { registerFollowupView } from './providers/followup-view';
import { registerHover } from './providers/hover';
import { registerSymbols } from './providers/symbols';
import { registerWorkspaceCheck } from './providers/workspace-check';
import { ServerContext } from './server-context';

/**
 * The language server: the shared context (documents, workspace letters, settings, analyses) and one
 * provider per feature, each registering its handlers and announcing its capabilities. Every handler
 * is guarded (ServerContext.guard), so no input can take the server down. It never writes files.
 */
export function startLanguageServer(connection: Connection): void {
  const ctx = new ServerContext(connection);
  const providers = [
    registerDiagnostics,
    registerCodeActions,
    registerCompletion,
    registerHover,
    registerCodeLens,
    registerSymbols,
    registerFolding,
    registerWorkspaceCheck,
    registerDocumentStatus,
    registerFollowupView,
  ];
  const capabilities: ServerCapabilities = Object.assign({}, ...providers.map((register) => register(ctx)));

  connection.onInitialize((params): InitializeResult => {
    ctx.initialize(params);
    return {
      capabilities: { ...capabilities, workspace: { workspaceFolders: { supported: true, changeNotifications: true } } },
      serverInfo: { name: 'inspection-letter-server', version: '0.1.0' },
    };
  });
  connection.onInitialized(() => ctx.initialized());

  ctx.documents.listen(connection);
  connection.listen();
}
