import { FileChangeType, TextDocumentSyncKind, type Diagnostic as LspDiagnostic, type ServerCapabilities } from 'vscode-languageserver';
import { WORDS_FILE } from '../../host/words-file';
import { CONFIG_FILES } from '../../host/config';
import type { CachedAnalysis } from '../analysis-cache';
import { lspDiagnostics } from '../diagnostics';
import type { ServerContext } from '../server-context';
import { candidateSummary } from '../../engine/followup/previous-letter';
import { standardTemplate } from '../../engine';

/**
 * Diagnostics: documents opened, edited and closed, files changed on disk, and the drafts that depend
 * on a changed letter (their previous letter) checked again. What is published is quiet until there is
 * something to say: nothing for an empty document, and not the word still being typed at the cursor.
 * Publishing itself (debounce, stale versions) is the DiagnosticsPublisher's.
 */

/** How long a word at the cursor is held back after the last edit before it is flagged anyway. */
export const TYPING_IDLE_MS = 1500;

export function registerDiagnostics(ctx: ServerContext): ServerCapabilities {
  const { documents, letters, cache, publisher, guard } = ctx;
  const idleTimers = new Map<string, ReturnType<typeof setTimeout>>();

  publisher.present = (result) => guard('presenting diagnostics', lspDiagnostics(result), () => present(result));

  function present(result: CachedAnalysis): LspDiagnostic[] {
    const analysis = result.analysis;
    if (!analysis) return lspDiagnostics(result);
    if (analysis.letter.source.text.trim() === '') return [];
    const diagnostics = lspDiagnostics(result);
    return holdBackTypedWord(result.uri, result.version, diagnostics);
  }

  /**
   * Drops the spelling warning on the word the last edit ended in, while it may still be being typed;
   * a re-check after a pause (or the next edit elsewhere) shows it.
   */
  function holdBackTypedWord(uri: string, version: number, diagnostics: LspDiagnostic[]): LspDiagnostic[] {
    const edit = ctx.lastEdit.get(uri);
    if (!edit || edit.version !== version) return diagnostics;
    const at = edit.position;
    const kept = diagnostics.filter(
      (d) => !(d.code === 'spelling' && d.range.start.line === at.line && d.range.end.line === at.line && d.range.start.character <= at.character && at.character <= d.range.end.character),
    );
    if (kept.length < diagnostics.length) {
      clearTimeout(idleTimers.get(uri));
      idleTimers.set(
        uri,
        setTimeout(() => {
          idleTimers.delete(uri);
          if (ctx.lastEdit.get(uri)?.version !== version) return;
          ctx.lastEdit.delete(uri);
          publisher.schedule(uri, 0);
        }, TYPING_IDLE_MS),
      );
    }
    return kept;
  }

  /** Edited letters whose dependants are to be checked again once the typing pauses. */
  const dependantTimers = new Map<string, ReturnType<typeof setTimeout>>();

  /** A letter changed: the open drafts it can affect as their previous letter are checked again. */
  function recheckDependants(changedUri: string): void {
    guard('re-checking dependent drafts', undefined, () => {
      // The council its text names, from the summaries kept by text: a thousand copies of a letter
      // written to disk at once are read once, not parsed one by one while the editor waits.
      const text = letters.text(changedUri);
      const now = text === undefined ? undefined : candidateSummary(text, standardTemplate()).council;
      let any = false;
      for (const uri of ctx.dependants.affectedBy(changedUri, now)) {
        if (!documents.get(uri)) {
          ctx.dependants.forget(uri);
          continue;
        }
        cache.forget(uri);
        publisher.schedule(uri);
        any = true;
      }
      if (any) ctx.refreshLenses();
    });
  }

  function recheckDependantsSoon(changedUri: string): void {
    clearTimeout(dependantTimers.get(changedUri));
    dependantTimers.set(
      changedUri,
      setTimeout(() => {
        dependantTimers.delete(changedUri);
        recheckDependants(changedUri);
      }, ctx.settings.debounceMs),
    );
  }

  // TextDocuments reports an open as a content change too; an opened letter is checked at once.
  const justOpened = new Set<string>();
  documents.onDidOpen((e) => {
    const uri = e.document.uri;
    const changed = guard('indexing a document', false, () => letters.setOpen(uri, e.document.getText()));
    justOpened.add(uri);
    publisher.schedule(uri, 0);
    if (changed) recheckDependants(uri);
  });
  documents.onDidChangeContent((e) => {
    const uri = e.document.uri;
    if (justOpened.delete(uri)) return;
    // Open text wins over the file on disk, for drafts used as a previous letter too.
    const changed = guard('indexing an edit', false, () => letters.setOpen(uri, e.document.getText()));
    publisher.schedule(uri);
    if (changed) recheckDependantsSoon(uri);
  });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    const changed = letters.closeOpen(uri);
    ctx.dependants.forget(uri);
    ctx.lastEdit.delete(uri);
    clearTimeout(idleTimers.get(uri));
    letters.readFile(uri, ctx.settings.maxFileSizeKb);
    cache.forget(uri);
    publisher.cancel(uri);
    // A file the workspace check reported keeps its results (checked again from disk); others are cleared.
    if (!ctx.keepClosedResults(uri)) publisher.clear(uri);
    if (changed) recheckDependants(uri);
  });

  ctx.connection.onDidChangeWatchedFiles((params) =>
    guard('watched files', undefined, () => {
      for (const change of params.changes) {
        if (CONFIG_FILES.some((name) => change.uri.endsWith(`/${name}`))) {
          ctx.configChanged();
          continue;
        }
        if (change.uri.endsWith(`/${WORDS_FILE}`)) {
          // The team's words changed: every letter may read differently.
          ctx.wordsFiles.forget();
          cache.invalidateAll();
          publisher.scheduleAll();
          continue;
        }
        if (change.type === FileChangeType.Deleted) letters.forgetFile(change.uri);
        else letters.readFile(change.uri, ctx.settings.maxFileSizeKb);
        if (!documents.get(change.uri)) ctx.keepClosedResults(change.uri);
        recheckDependants(change.uri);
      }
    }),
  );

  return { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } };
}
