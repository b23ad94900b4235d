import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { CancellationToken, Diagnostic as LspDiagnostic, ServerCapabilities } from 'vscode-languageserver';
import { analyzeLetter } from '../../engine';
import { lspDiagnostics } from '../diagnostics';
import { CHECK_WORKSPACE_REQUEST, MAX_CHECKED_FILES, type CheckWorkspaceParams, type CheckWorkspaceResult } from '../protocol';
import type { ServerContext } from '../server-context';
import { letterFiles, toPath } from '../workspace-letters';

/**
 * Check All Letters in the Workspace: every letter file, open or not, with diagnostics published for
 * the closed ones. It runs off the request path: between files it yields to the event loop, so hovers,
 * edits and diagnostics of the open letters go on meanwhile; it reports progress on the client's token,
 * stops when cancelled, and says what it skipped. A checked file's results stay: when it is opened and
 * closed again, or changes on disk, it is checked again from disk.
 */

/** How often progress is reported at most. */
const PROGRESS_EVERY_MS = 100;
/** Names listed per kind of skipped file (the count says the rest). */
const LISTED = 20;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function registerWorkspaceCheck(ctx: ServerContext): ServerCapabilities {
  const { connection, letters, documents, cache } = ctx;
  /** Closed files whose results the last check published. */
  const checked = new Set<string>();
  let running = false;

  /**
   * Checks a closed file as it is on disk (the index's copy, else read for this check only: the
   * index holds at most a few thousand letters) and publishes its diagnostics. Undefined when it
   * cannot be read or is too large.
   */
  function checkClosed(uri: string): { diagnostics: LspDiagnostic[]; looksLikeLetter: boolean } | undefined {
    const indexed = letters.text(uri) !== undefined;
    const text = indexed ? letters.text(uri)! : readText(uri);
    if (text === undefined || text.length > ctx.settings.maxFileSizeKb * 1024) return undefined;
    const letter = (indexed && letters.letter(uri)) || ctx.parse(uri, text);
    const own = ctx.settingsFor(uri);
    const analysis = analyzeLetter(letter, {
      severities: own.rules,
      ...ctx.followupOptions(uri, letter, own.previousLetter),
      speller: own.rules.spelling === 'off' ? undefined : ctx.speller(),
      acceptedWords: own.acceptedWords,
      onRuleError: (id, e) => connection.console.error(`Rule ${id} failed on ${uri}: ${String(e)}`),
    });
    const diagnostics = text.trim() === '' ? [] : lspDiagnostics({ uri, version: 0, analysis });
    void connection.sendDiagnostics({ uri, diagnostics });
    return { diagnostics, looksLikeLetter: letter.looksLikeLetter };
  }

  // A checked file closed in the editor, or changed on disk while closed, keeps (fresh) results.
  ctx.keepClosedResults = (uri) => {
    if (!checked.has(uri) || documents.get(uri)) return false;
    const checkedNow = ctx.guard('checking a closed file', undefined, () => checkClosed(uri));
    if (checkedNow === undefined) {
      // Gone (or now too large): its old results go too.
      checked.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    return true;
  };

  connection.onRequest(CHECK_WORKSPACE_REQUEST, async (params: CheckWorkspaceParams | null, token: CancellationToken): Promise<CheckWorkspaceResult> => {
    const result: CheckWorkspaceResult = {
      files: 0,
      letters: 0,
      errors: 0,
      warnings: 0,
      information: 0,
      hints: 0,
      cancelled: false,
      skipped: { tooLarge: [], unreadable: [], overLimit: 0 },
    };
    const progress = connection.window.attachWorkDoneProgress(params?.workDoneToken);
    if (running) {
      result.cancelled = true;
      result.skipped.unreadable.push('a check of the workspace is running already');
      return result;
    }
    running = true;
    const skippedCounts = { tooLarge: 0, unreadable: 0 };
    const skip = (kind: 'tooLarge' | 'unreadable', what: string) => {
      skippedCounts[kind]++;
      if (result.skipped[kind].length < LISTED) result.skipped[kind].push(what);
    };
    try {
      progress.begin('Checking the letters in the workspace', 0, 'Listing the files…', true);
      await yieldToEventLoop();
      const maxBytes = ctx.settings.maxFileSizeKb * 1024;
      const files = [...letterFiles(ctx.workspaceFolders, (path, reason) => skip('unreadable', `${shortPath(ctx, path)} (${reason})`))];
      if (files.length > MAX_CHECKED_FILES) result.skipped.overLimit = files.length - MAX_CHECKED_FILES;
      const todo = files.slice(0, MAX_CHECKED_FILES);
      let lastReport = 0;
      for (const [i, file] of todo.entries()) {
        if (token.isCancellationRequested) {
          result.cancelled = true;
          break;
        }
        if (Date.now() - lastReport >= PROGRESS_EVERY_MS || i === 0) {
          lastReport = Date.now();
          progress.report(Math.floor((i / todo.length) * 100), `${i + 1} of ${todo.length}: ${shortPath(ctx, file.path)}`);
        }
        if (file.size > maxBytes) {
          skip('tooLarge', shortPath(ctx, file.path));
        } else {
          ctx.guard(`checking ${file.uri}`, undefined, () => checkOne(file.uri, result, skip));
        }
        // Between files the server answers whatever else was asked meanwhile.
        await yieldToEventLoop();
      }
    } catch (error) {
      connection.console.error(`Checking the workspace failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    } finally {
      running = false;
      progress.done();
    }
    // Lists are cut to LISTED names; the counts beyond them are said in a last entry.
    for (const kind of ['tooLarge', 'unreadable'] as const) {
      const more = skippedCounts[kind] - result.skipped[kind].length;
      if (more > 0) result.skipped[kind].push(`and ${more} more`);
    }
    return result;
  });

  function checkOne(uri: string, result: CheckWorkspaceResult, skip: (kind: 'unreadable', what: string) => void): void {
    const open = documents.get(uri);
    let diagnostics: LspDiagnostic[];
    let looksLikeLetter: boolean;
    if (open) {
      const current = cache.get(open);
      diagnostics = ctx.publisher.present(current);
      looksLikeLetter = !!current.analysis?.letter.looksLikeLetter;
    } else {
      const closed = checkClosed(uri);
      if (closed === undefined) {
        skip('unreadable', shortPath(ctx, toPath(uri)));
        return;
      }
      checked.add(uri);
      ({ diagnostics, looksLikeLetter } = closed);
    }
    result.files++;
    if (looksLikeLetter) result.letters++;
    for (const d of diagnostics) {
      if (d.severity === 1) result.errors++;
      else if (d.severity === 2) result.warnings++;
      else if (d.severity === 3) result.information++;
      else result.hints++;
    }
  }

  return {};
}

function readText(uri: string): string | undefined {
  try {
    return readFileSync(toPath(uri), 'utf8');
  } catch {
    return undefined;
  }
}

/** A path as the user knows it: relative to its workspace folder. */
function shortPath(ctx: ServerContext, path: string): string {
  for (const folder of ctx.workspaceFolders) {
    const root = toPath(folder);
    const rel = relative(root, path);
    if (rel && !rel.startsWith('..')) return rel;
  }
  return path;
}
