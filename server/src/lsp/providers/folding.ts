import type { ServerCapabilities } from 'vscode-languageserver';
import { foldingRanges } from '../outline';
import type { ServerContext } from '../server-context';

/** Folding: sections, paragraphs and long findings. */
export function registerFolding(ctx: ServerContext): ServerCapabilities {
  ctx.connection.onFoldingRanges((params) =>
    ctx.guard('folding ranges', [], () => {
      const current = ctx.analysisOf(params.textDocument.uri);
      return current ? foldingRanges(current.analysis.letter) : [];
    }),
  );
  return { foldingRangeProvider: true };
}
