import type { ServerCapabilities } from 'vscode-languageserver';
import { followupAccounting } from '../analysis-cache';
import { completions } from '../completion';
import type { ServerContext } from '../server-context';

/** Completion of the template's parts, filled in from the draft, and of the previous letter's areas. */
export function registerCompletion(ctx: ServerContext): ServerCapabilities {
  ctx.connection.onCompletion((params) =>
    ctx.guard('completion', [], () => {
      const current = ctx.analysisOf(params.textDocument.uri);
      if (!current) return [];
      const { letter } = current.analysis;
      const { previous } = current.cached;
      const accounting = followupAccounting(current.cached);
      return completions(letter, letter.source.offsetAt(params.position), previous && accounting ? { previous, accounting } : undefined);
    }),
  );
  return { completionProvider: { resolveProvider: false } };
}
