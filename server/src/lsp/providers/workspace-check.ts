import type { ServerCapabilities } from 'vscode-languageserver';
import { analyzeLetter, parseLetter } from '../../engine';
import { lspDiagnostics } from '../diagnostics';
import { CHECK_WORKSPACE_REQUEST, type CheckWorkspaceResult } from '../protocol';
import type { ServerContext } from '../server-context';

/** Checks every letter file in the workspace and publishes diagnostics for the ones not open. */
export function registerWorkspaceCheck(ctx: ServerContext): ServerCapabilities {
  const { connection, letters, documents, cache } = ctx;
  connection.onRequest(CHECK_WORKSPACE_REQUEST, (): CheckWorkspaceResult =>
    ctx.guard('checking the workspace', { files: 0, letters: 0, errors: 0, warnings: 0, others: 0 }, () => {
      letters.scan(ctx.workspaceFolders, ctx.settings.maxFileSizeKb);
      const result: CheckWorkspaceResult = { files: 0, letters: 0, errors: 0, warnings: 0, others: 0 };
      for (const uri of letters.diskUris()) {
        result.files++;
        const open = documents.get(uri);
        let diagnostics;
        if (open) {
          diagnostics = lspDiagnostics(cache.get(open));
        } else {
          const letter = letters.letter(uri) ?? parseLetter(letters.text(uri) ?? '');
          const own = ctx.settingsFor(uri);
          const previous = ctx.previousLetters.find(uri, letter, own.previousLetter, ctx.workspaceFolders, ctx.settings.maxFileSizeKb);
          const analysis = analyzeLetter(letter, {
            severities: own.rules,
            previous,
            speller: own.rules.spelling === 'off' ? undefined : ctx.speller(),
            acceptedWords: own.acceptedWords,
            onRuleError: (id, e) => connection.console.error(`Rule ${id} failed on ${uri}: ${String(e)}`),
          });
          diagnostics = lspDiagnostics({ uri, version: 0, analysis });
          void connection.sendDiagnostics({ uri, diagnostics });
        }
        if (letters.letter(uri)?.looksLikeLetter) result.letters++;
        for (const d of diagnostics) {
          if (d.severity === 1) result.errors++;
          else if (d.severity === 2) result.warnings++;
          else result.others++;
        }
      }
      return result;
    }),
  );
  return {};
}
