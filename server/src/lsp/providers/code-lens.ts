import type { ServerCapabilities } from 'vscode-languageserver';
import { codeLenses } from '../code-lens';
import { unresolvedLink } from '../previous-link';
import type { ServerContext } from '../server-context';

/** The code lens naming the previous letter the follow-up checks use. */
export function registerCodeLens(ctx: ServerContext): ServerCapabilities {
  ctx.connection.onCodeLens((params) =>
    ctx.guard('code lenses', [], () => {
      const current = ctx.analysisOf(params.textDocument.uri);
      if (!current) return [];
      const { previous } = current.cached;
      const link = unresolvedLink(current.analysis.letter, previous, !!ctx.settings.previousLetter);
      return codeLenses(current.analysis, previous, link && { link, draftUri: params.textDocument.uri });
    }),
  );
  return { codeLensProvider: { resolveProvider: false } };
}
