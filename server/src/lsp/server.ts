/** The language server's entry point: speaks LSP over IPC (from the extension) or stdio (--stdio). */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startLanguageServer } from './language-server';

startLanguageServer(createConnection(ProposedFeatures.all));
