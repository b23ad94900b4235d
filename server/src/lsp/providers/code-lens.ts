import type { ServerCapabilities } from 'vscode-languageserver';
import { codeLenses } from '../code-lens';
import type { ServerContext } from '../server-context';

/** The code lens naming the previous letter the follow-up checks use. */
export function registerCodeLens(ctx: ServerContext): ServerCapabilities {
  ctx.connection.onCodeLens((params) =>
    ctx.guard('code lenses', [], () => {
      const current = ctx.analysisOf(params.textDocument.uri);
      return current ? codeLenses(current.analysis, current.cached.previous) : [];
    }),
  );
  return { codeLensProvider: { resolveProvider: false } };
}
