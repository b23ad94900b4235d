import type { ServerCapabilities } from 'vscode-languageserver';
import { documentSymbols } from '../outline';
import type { ServerContext } from '../server-context';

/** The outline: the letter's parts with their values, the sections with their findings. */
export function registerSymbols(ctx: ServerContext): ServerCapabilities {
  ctx.connection.onDocumentSymbol((params) =>
    ctx.guard('document symbols', [], () => {
      const current = ctx.analysisOf(params.textDocument.uri);
      return current ? documentSymbols(current.analysis.letter) : [];
    }),
  );
  return { documentSymbolProvider: { label: 'Letter' } };
}
