import { CodeActionKind, type ServerCapabilities } from 'vscode-languageserver';
import { codeActions } from '../code-actions';
import type { ServerContext } from '../server-context';

/** Quick fixes, switching a rule off for the letter, and fix-all. */
export function registerCodeActions(ctx: ServerContext): ServerCapabilities {
  ctx.connection.onCodeAction((params) =>
    ctx.guard('code actions', [], () => {
      const uri = params.textDocument.uri;
      const current = ctx.analysisOf(uri);
      if (!current) return [];
      return codeActions(current.analysis, params, { uri, version: current.version, versioned: ctx.client.versionedEdits, teamWordsFile: ctx.teamWordsFileFor(uri) });
    }),
  );
  return { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] } };
}
