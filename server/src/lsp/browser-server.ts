/**
 * The language server in a web worker, for VS Code for the Web: the same server as server.ts
 * (startLanguageServer), speaking LSP over the worker's messages instead of IPC. It is bundled for
 * the browser (scripts/build.mjs) with the stand-ins in ./browser/ for what needs Node: the
 * dictionary is bundled in, and with no file system the workspace is the open documents only.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startLanguageServer } from './language-server';

/** The worker's global scope (the project's TypeScript has no WebWorker library). */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

startLanguageServer(createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self)));
