import type { ServerCapabilities } from 'vscode-languageserver';
import { followupAccounting } from '../analysis-cache';
import { hover } from '../hover';
import type { ServerContext } from '../server-context';

/** Hover: a diagnostic's rule, the part of the letter, a glossary term, the previous letter. */
export function registerHover(ctx: ServerContext): ServerCapabilities {
  ctx.connection.onHover((params) =>
    ctx.guard('hover', null, () => {
      const current = ctx.analysisOf(params.textDocument.uri);
      if (!current) return null;
      const { letter } = current.analysis;
      return hover(current.analysis, letter.source.offsetAt(params.position), { previous: current.cached.previous, accounting: followupAccounting(current.cached) });
    }),
  );
  return { hoverProvider: true };
}
