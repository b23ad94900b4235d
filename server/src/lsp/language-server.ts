import {
  CodeActionKind,
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allRules, analyzeLetter, parseLetter, type Analysis } from '../engine';
import { AnalysisCache, followupAccounting, type CachedAnalysis } from './analysis-cache';
import { codeActions } from './code-actions';
import { codeLenses } from './code-lens';
import { completions } from './completion';
import { DiagnosticsPublisher, lspDiagnostics } from './diagnostics';
import { hover } from './hover';
import { documentSymbols, foldingRanges } from './outline';
import { PreviousLetters } from './previous-letter';
import { CHECK_WORKSPACE_REQUEST, type CheckWorkspaceResult } from './protocol';
import { DEFAULT_SETTINGS, readSettings, withConfigFile, type LetterSettings } from './settings';
import { CONFIG_FILES, ConfigFiles } from '../host/config';
import { WorkspaceLetters } from './workspace-letters';
import type { Speller } from '../engine/spelling/speller';
import { loadSpeller } from '../host/dictionary';
import { WORDS_FILE, WordsFiles } from '../host/words-file';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Wires documents, settings and the workspace to the engine. Every handler is guarded: an exception is
 * logged and answered with an empty result, so no input can take the server down. It never writes files.
 */
export function startLanguageServer(connection: Connection): void {
  const log = (message: string) => connection.console.log(message);
  /** A team's spelling words: the nearest .letter-words above a letter on disk (none for unsaved drafts). */
  const wordsFiles = new WordsFiles();
  const teamWords = (uri: string): ReadonlySet<string> | undefined => {
    if (!uri.startsWith('file:')) return undefined;
    return guard('reading the words file', undefined, () => wordsFiles.wordsFor(fileURLToPath(uri)));
  };

  /**
   * Where a word for the team goes: the nearest .letter-words above the letter, else a new one in the
   * workspace folder that holds it (else beside it). Only for letters saved on disk.
   */
  const teamWordsFileFor = (uri: string): { uri: string; name: string } | undefined => {
    if (!uri.startsWith('file:')) return undefined;
    const path = fileURLToPath(uri);
    const existing = wordsFiles.fileFor(path);
    const folder = workspaceFolders.map((f) => (f.startsWith('file:') ? fileURLToPath(f) : '')).find((f) => f && (path + sep).startsWith(f + sep) && path !== f);
    const file = existing ?? join(folder ?? dirname(path), WORDS_FILE);
    const base = folder ?? dirname(path);
    return { uri: pathToFileURL(file).toString(), name: relative(base, file) || WORDS_FILE };
  };

  const letters = new WorkspaceLetters(log);
  // A letter opened as it is on disk shares the index's copy of its text (one copy, not two, per open letter).
  const documents = new TextDocuments<TextDocument>({
    create: (uri, languageId, version, content) => TextDocument.create(uri, languageId, version, letters.sharedText(uri, content)),
    update: (document, changes, version) => TextDocument.update(document, changes, version),
  });
  const ruleIds = new Set(allRules.map((r) => r.id));
  let settings: LetterSettings = { ...DEFAULT_SETTINGS };
  /** The .letter-check.json files, read as letter-check reads them, over the settings. */
  const configs = new ConfigFiles(ruleIds);
  let watchedFilesRegistration = false;
  let reportedProblems = '';
  let hasConfiguration = false;
  let versionedEdits = false;
  let workspaceFolders: string[] = [];
  let folderEvents = false;
  let lensRefresh = false;
  let initialSettings: unknown;

  const guard = <T>(what: string, fallback: T, work: () => T): T => {
    try {
      return work();
    } catch (error) {
      connection.console.error(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  };

  /** The speller, loaded with the first letter checked unless spelling is switched off; a problem is logged once. */
  let spellingProblemLogged = false;
  const speller = (): Speller | undefined => {
    if (settings.rules.spelling === 'off') return undefined;
    const loaded = loadSpeller();
    if (loaded.problem && !spellingProblemLogged) {
      spellingProblemLogged = true;
      connection.console.warn(loaded.problem);
    }
    return loaded.speller;
  };

  const previousLetters = new PreviousLetters(letters);
  const cache = new AnalysisCache({
    analyzeOptions: (uri, draft) => {
      const document = documents.get(uri);
      if (document) letters.setOpen(uri, document.getText());
      const own = settingsFor(uri);
      const previous = guard('finding the previous letter', undefined, () =>
        previousLetters.find(uri, draft, own.previousLetter, workspaceFolders, settings.maxFileSizeKb),
      );
      return { severities: own.rules, previous, speller: own.rules.spelling === 'off' ? undefined : speller(), acceptedWords: own.acceptedWords };
    },
    maxFileSizeKb: () => settings.maxFileSizeKb,
    onRuleError: (uri, ruleId, error) =>
      connection.console.error(`Rule ${ruleId} failed on ${uri} (its findings are left out): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
  });
  /** The settings with the configuration files above a letter on disk laid over them; a bad file is reported once. */
  let reportedConfigProblems = '';
  function settingsFor(uri: string) {
    const path = uri.startsWith('file:') ? guard('reading the configuration', undefined, () => fileURLToPath(uri)) : undefined;
    const config = path ? guard('reading the configuration', undefined, () => configs.configFor(path)) : undefined;
    const own = withConfigFile(settings, config, teamWords(uri), path !== undefined && config !== undefined && guard('ignore patterns', false, () => configs.isIgnored(path, config)), ruleIds);
    const key = own.problems.join('\n');
    if (own.problems.length && !reportedConfigProblems.includes(key)) {
      reportedConfigProblems += key + '\n';
      for (const p of own.problems) connection.console.warn(p);
      void connection.window.showWarningMessage(`Inspection letters: ${own.problems.join(' ')}`);
    }
    return own;
  }

  const publisher = new DiagnosticsPublisher(connection, documents, cache, () => settings.debounceMs, guard);

  /** The current analysis of an open document, or undefined (unknown, or too large to check). */
  /** The previous letter of some draft may have changed: the client asks for the code lenses again. */
  const refreshLenses = () => {
    if (lensRefresh) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => {});
  };

  const analysisOf = (uri: string): { analysis: Analysis; version: number; cached: CachedAnalysis } | undefined => {
    const document = documents.get(uri);
    if (!document) return undefined;
    const cached = cache.get(document);
    return cached.analysis ? { analysis: cached.analysis, version: cached.version, cached } : undefined;
  };

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    hasConfiguration = !!caps.workspace?.configuration;
    watchedFilesRegistration = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    versionedEdits = !!caps.workspace?.workspaceEdit?.documentChanges;
    folderEvents = !!caps.workspace?.workspaceFolders;
    lensRefresh = !!caps.workspace?.codeLens?.refreshSupport;
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (!workspaceFolders.length && params.rootUri) workspaceFolders = [params.rootUri];
    // Applied once initialized (no messages may go to the client before the initialize answer).
    initialSettings = params.initializationOptions?.settings;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
        completionProvider: { resolveProvider: false },
        hoverProvider: true,
        codeLensProvider: { resolveProvider: false },
        documentSymbolProvider: { label: 'Letter' },
        foldingRangeProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'inspection-letter-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (!hasConfiguration && initialSettings !== undefined) applySettings(initialSettings);
    if (hasConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'inspectionLetters' }).catch(() => {});
      void refreshSettings();
    }
    // The configuration files are watched from here, so the client needs no watcher of its own for them.
    if (watchedFilesRegistration) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: CONFIG_FILES.map((name) => ({ globPattern: `**/${name}` })) })
        .catch(() => {});
    }
    scanWorkspace();
    if (!folderEvents) return;
    connection.workspace.onDidChangeWorkspaceFolders((event) =>
      guard('workspace folders', undefined, () => {
        const removed = new Set(event.removed.map((f) => f.uri));
        workspaceFolders = [...workspaceFolders.filter((f) => !removed.has(f)), ...event.added.map((f) => f.uri)];
        scanWorkspace();
      }),
    );
  });

  function scanWorkspace(): void {
    guard('scanning the workspace', undefined, () => {
      const count = letters.scan(workspaceFolders, settings.maxFileSizeKb);
      log(`Found ${count} letter file(s) in the workspace.`);
      cache.invalidateAll();
      publisher.scheduleAll();
      refreshLenses();
    });
  }

  function applySettings(raw: unknown): void {
    const { settings: next, problems } = readSettings(raw, ruleIds);
    settings = next;
    const key = problems.join('\n');
    if (problems.length && key !== reportedProblems) {
      for (const p of problems) connection.console.warn(p);
      void connection.window.showWarningMessage(`Inspection letters: ${problems.join(' ')}`);
    }
    reportedProblems = key;
    cache.invalidateAll();
    publisher.scheduleAll();
    refreshLenses();
  }

  async function refreshSettings(): Promise<void> {
    try {
      applySettings(await connection.workspace.getConfiguration('inspectionLetters'));
    } catch (error) {
      connection.console.error(`Reading the settings failed, using the defaults: ${String(error)}`);
    }
  }

  connection.onDidChangeConfiguration((change) => {
    if (hasConfiguration) void refreshSettings();
    else applySettings((change.settings as { inspectionLetters?: unknown } | undefined)?.inspectionLetters);
  });

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
    previousLetters.forget(e.document.uri);
    letters.readFile(e.document.uri, settings.maxFileSizeKb);
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
    if (any) refreshLenses();
  }

  connection.onDidChangeWatchedFiles((params) =>
    guard('watched files', undefined, () => {
      for (const change of params.changes) {
        if (CONFIG_FILES.some((name) => change.uri.endsWith(`/${name}`))) {
          // A configuration file changed: read them all again, and tell of its problems afresh.
          configs.forget();
          reportedConfigProblems = '';
          cache.invalidateAll();
          publisher.scheduleAll();
          continue;
        }
        if (change.uri.endsWith(`/${WORDS_FILE}`)) {
          // The team's words changed: every letter may read differently.
          wordsFiles.forget();
          cache.invalidateAll();
          publisher.scheduleAll();
          continue;
        }
        if (change.type === FileChangeType.Deleted) letters.forgetFile(change.uri);
        else letters.readFile(change.uri, settings.maxFileSizeKb);
        rescheduleDependants(change.uri, true);
      }
    }),
  );

  connection.onCodeAction((params) =>
    guard('code actions', [], () => {
      const current = analysisOf(params.textDocument.uri);
      if (!current) return [];
      const uri = params.textDocument.uri;
      return codeActions(current.analysis, params, { uri, version: current.version, versioned: versionedEdits, teamWordsFile: teamWordsFileFor(uri) });
    }),
  );

  connection.onCompletion((params) =>
    guard('completion', [], () => {
      const current = analysisOf(params.textDocument.uri);
      if (!current) return [];
      const { letter } = current.analysis;
      const { previous } = current.cached;
      const accounting = followupAccounting(current.cached);
      return completions(letter, letter.source.offsetAt(params.position), previous && accounting ? { previous, accounting } : undefined);
    }),
  );

  connection.onHover((params) =>
    guard('hover', null, () => {
      const current = analysisOf(params.textDocument.uri);
      if (!current) return null;
      const { letter } = current.analysis;
      return hover(current.analysis, letter.source.offsetAt(params.position), { previous: current.cached.previous, accounting: followupAccounting(current.cached) });
    }),
  );

  connection.onCodeLens((params) =>
    guard('code lenses', [], () => {
      const current = analysisOf(params.textDocument.uri);
      return current ? codeLenses(current.analysis, current.cached.previous) : [];
    }),
  );

  connection.onDocumentSymbol((params) =>
    guard('document symbols', [], () => {
      const current = analysisOf(params.textDocument.uri);
      return current ? documentSymbols(current.analysis.letter) : [];
    }),
  );

  connection.onFoldingRanges((params) =>
    guard('folding ranges', [], () => {
      const current = analysisOf(params.textDocument.uri);
      return current ? foldingRanges(current.analysis.letter) : [];
    }),
  );

  /** Checks every letter file in the workspace and publishes diagnostics for the ones not open. */
  connection.onRequest(CHECK_WORKSPACE_REQUEST, (): CheckWorkspaceResult =>
    guard('checking the workspace', { files: 0, letters: 0, errors: 0, warnings: 0, others: 0 }, () => {
      letters.scan(workspaceFolders, settings.maxFileSizeKb);
      const result: CheckWorkspaceResult = { files: 0, letters: 0, errors: 0, warnings: 0, others: 0 };
      for (const uri of letters.diskUris()) {
        result.files++;
        const open = documents.get(uri);
        let diagnostics;
        if (open) {
          diagnostics = lspDiagnostics(cache.get(open));
        } else {
          const letter = letters.letter(uri) ?? parseLetter(letters.text(uri) ?? '');
          const own = settingsFor(uri);
          const previous = previousLetters.find(uri, letter, own.previousLetter, workspaceFolders, settings.maxFileSizeKb);
          const analysis = analyzeLetter(letter, {
            severities: own.rules,
            previous,
            speller: own.rules.spelling === 'off' ? undefined : speller(),
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

  documents.listen(connection);
  connection.listen();
}
