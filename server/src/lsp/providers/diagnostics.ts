import { FileChangeType, TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver';
import { WORDS_FILE } from '../../host/words-file';
import { CONFIG_FILES } from '../../host/config';
import type { ServerContext } from '../server-context';

/**
 * Diagnostics: documents opened, edited and closed, files changed on disk, and the drafts that depend
 * on a changed letter (their previous letter) checked again. Publishing itself is the DiagnosticsPublisher's.
 */
export function registerDiagnostics(ctx: ServerContext): ServerCapabilities {
  const { documents, letters, cache, publisher, guard } = ctx;

  // TextDocuments reports an open as a content change too; an opened letter is checked at once.
  const justOpened = new Set<string>();
  documents.onDidOpen((e) => {
    guard('indexing a document', undefined, () => letters.setOpen(e.document.uri, e.document.getText()));
    justOpened.add(e.document.uri);
    publisher.schedule(e.document.uri, 0);
  });
  documents.onDidChangeContent((e) => {
    if (justOpened.delete(e.document.uri)) return;
    // Open text wins over the file on disk, for drafts used as a previous letter too.
    guard('indexing an edit', undefined, () => letters.setOpen(e.document.uri, e.document.getText()));
    publisher.schedule(e.document.uri);
    rescheduleDependants(e.document.uri, false);
  });
  documents.onDidClose((e) => {
    letters.closeOpen(e.document.uri);
    ctx.previousLetters.forget(e.document.uri);
    letters.readFile(e.document.uri, ctx.settings.maxFileSizeKb);
    cache.forget(e.document.uri);
    publisher.clear(e.document.uri);
  });

  /**
   * A letter changed: the drafts that use it as their previous letter need checking again, and, when
   * a file appeared or changed on disk, so do the drafts that have no previous letter yet.
   */
  function rescheduleDependants(changedUri: string, includeOrphans: boolean): void {
    let any = false;
    for (const doc of documents.all()) {
      if (doc.uri === changedUri) continue;
      const used = cache.previousOf(doc.uri);
      if (used === changedUri || (includeOrphans && used === undefined)) {
        cache.forget(doc.uri);
        publisher.schedule(doc.uri);
        any = true;
      }
    }
    if (any) ctx.refreshLenses();
  }

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
        rescheduleDependants(change.uri, true);
      }
    }),
  );

  return { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } };
}
