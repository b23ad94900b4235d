import { CodeLensRefreshRequest, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, TextDocuments, type Connection, type InitializeParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { allRules, createLetterService, type Analysis, type AnalyzeOptions, type Letter } from '../engine';
import { documentFollowup, type DocumentFollowup } from '../engine/followup/document-followup';
import type { PreviousChoice } from '../engine/service';
import type { Speller } from '../engine/spelling/speller';
import { loadSpeller } from '../host/dictionary';
import { WORDS_FILE, WordsFiles } from '../host/words-file';
import { AnalysisCache, type CachedAnalysis } from './analysis-cache';
import { Dependants } from './dependants';
import { DiagnosticsPublisher } from './diagnostics';
import { serverWorkspace, settingPreviousUri } from './previous-letter';
import { PreviousPdfs } from './previous-pdfs';
import { DEFAULT_SETTINGS, readSettings, withConfigFile, type LetterSettings } from './settings';
import { CONFIG_FILES, ConfigFiles } from '../host/config';
import { WorkspaceLetters } from './workspace-letters';

/** How long the first diagnostics wait for the client's settings at most. */
const SETTINGS_WAIT_MS = 5000;

/**
 * What every provider shares: the connection, the open documents, the workspace's letters, the
 * settings and the one analysis per document version. The providers (providers/*.ts) register their
 * own handlers on the connection; this holds no handler of a feature.
 */
export class ServerContext {
  readonly documents: TextDocuments<TextDocument>;
  readonly letters: WorkspaceLetters;
  /** The PDFs a draft may follow up, read in the background. */
  readonly pdfs: PreviousPdfs;
  readonly cache: AnalysisCache;
  readonly publisher: DiagnosticsPublisher;
  readonly wordsFiles = new WordsFiles();
  /**
   * The engine's door: the server parses each document through it (template recognised, or the
   * setting's) and has it choose the previous document, from the workspace's letters and PDFs.
   */
  readonly service: ReturnType<typeof createLetterService>;
  /** The workspace the service chooses previous documents from. */
  private readonly workspace: ReturnType<typeof serverWorkspace>;
  /** The follow-up of each analysed draft's previous document (the follow-up view's data), by the draft's parse. */
  readonly followups = new WeakMap<Letter, DocumentFollowup>();
  /** Told after each analysis of an open document with its follow-up (undefined: no previous document). */
  private readonly followupListeners: ((uri: string, followup: DocumentFollowup | undefined) => void)[] = [];
  /** Which open drafts depend on which letters (their previous letter). */
  readonly dependants = new Dependants();
  /**
   * Where each document was last edited (the end of the last change, in the version it made): the
   * word being typed there is not flagged yet (see providers/diagnostics.ts).
   */
  readonly lastEdit = new Map<string, { version: number; position: { line: number; character: number } }>();
  readonly ruleIds = new Set(allRules.map((r) => r.id));
  settings: LetterSettings = { ...DEFAULT_SETTINGS };
  workspaceFolders: string[] = [];
  /** What the client can do (from initialize). */
  readonly client = { configuration: false, versionedEdits: false, folderEvents: false, lensRefresh: false, watchedFilesRegistration: false };
  /** The .letter-check.json files, read as letter-check reads them, over the settings. */
  readonly configs = new ConfigFiles(this.ruleIds);
  private reportedConfigProblems = '';
  /**
   * Called when a document is closed or a closed file changes on disk: true when its diagnostics are
   * kept (checked again from disk) rather than cleared. The workspace check sets it for the files it checked.
   */
  keepClosedResults: (uri: string) => boolean = () => false;
  private initialSettings: unknown;
  private reportedProblems = '';
  private spellingProblemLogged = false;
  /** Listeners for changes every provider may care about (settings applied, workspace scanned). */
  private readonly settingsListeners: (() => void)[] = [];

  constructor(readonly connection: Connection) {
    this.letters = new WorkspaceLetters((m) => this.log(m));
    // A letter opened as it is on disk shares the index's copy of its text (one copy, not two, per open letter).
    this.documents = new TextDocuments<TextDocument>({
      create: (uri, languageId, version, content) => TextDocument.create(uri, languageId, version, this.letters.sharedText(uri, content)),
      update: (document, changes, version) => {
        const updated = TextDocument.update(document, changes, version);
        const last = changes[changes.length - 1];
        // The last change's start is at the same place after it as before it (it changes only what follows).
        if (last && 'range' in last) {
          this.lastEdit.set(document.uri, { version, position: updated.positionAt(updated.offsetAt(last.range.start) + last.text.length) });
        } else this.lastEdit.delete(document.uri);
        return updated;
      },
    });
    // A PDF read: the drafts are checked again (after the debounce, so a queue of PDFs checks them once or twice, not once each).
    this.pdfs = new PreviousPdfs(
      () => {
        this.cache.invalidateAll();
        this.publisher.scheduleAll(this.settings.debounceMs);
        this.refreshLenses();
      },
      (m) => this.log(m),
    );
    this.workspace = serverWorkspace(this.letters, this.pdfs, () => this.settings.maxFileSizeKb);
    this.service = createLetterService({ workspace: this.workspace });
    this.cache = new AnalysisCache({
      parse: (uri, text) => this.parse(uri, text),
      analyzeOptions: (uri, draft) => {
        const document = this.documents.get(uri);
        if (document) this.letters.setOpen(uri, document.getText());
        const own = this.settingsFor(uri);
        const followup = this.followupOptions(uri, draft, own.previousLetter);
        this.guard('recording what the draft depends on', undefined, () => this.dependants.record(uri, draft, followup.previous?.uri));
        if (document) for (const listener of this.followupListeners) this.guard('telling of the follow-up', undefined, () => listener(uri, followup.followup));
        return { severities: own.rules, ...followup, speller: own.rules.spelling === 'off' ? undefined : this.speller(), acceptedWords: own.acceptedWords };
      },
      maxFileSizeKb: () => this.settings.maxFileSizeKb,
      onRuleError: (uri, ruleId, error) =>
        this.connection.console.error(`Rule ${ruleId} failed on ${uri} (its findings are left out): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    });
    this.publisher = new DiagnosticsPublisher(connection, this.documents, this.cache, () => this.settings.debounceMs, this.guard);
    this.connection.onDidChangeConfiguration((change) => {
      if (this.client.configuration) void this.refreshSettings();
      else this.applySettings((change.settings as { inspectionLetters?: unknown } | undefined)?.inspectionLetters);
    });
  }

  /**
   * The draft's previous document as the service chooses it (the setting's, the link's, or the
   * latest earlier one of its council among the workspace's letters and PDFs), and its follow-up.
   */
  previousFor(uri: string, draft: Letter, previousSetting: string): PreviousChoice {
    const previousUri = previousSetting ? settingPreviousUri(previousSetting, this.workspaceFolders) : undefined;
    this.workspace.analysing(uri);
    return this.service.previousFor(uri, draft, { previousUri });
  }

  /** What the rules need of the previous document: the document, a link that names nothing readable, the follow-up. */
  followupOptions(uri: string, draft: Letter, previousSetting: string): Pick<AnalyzeOptions, 'previous' | 'previousLinkBroken' | 'followup'> {
    const choice = this.guard('finding the previous document', {} as PreviousChoice, () => this.previousFor(uri, draft, previousSetting));
    const previous = choice.previous;
    // A link to a PDF still being read is not broken yet: the draft is checked again once it is read.
    const link = choice.link && !choice.link.found && !this.pdfs.isPending(choice.link.uri) ? choice.link : undefined;
    const previousLinkBroken = link && { path: link.path, uri: link.uri, span: link.span };
    const followup = previous && this.guard('following up the previous document', undefined, () => documentFollowup(draft, previous));
    if (followup) this.followups.set(draft, followup);
    return { previous, previousLinkBroken, followup };
  }

  /** Called after each analysis of an open document with its follow-up (for the follow-up view). */
  onFollowup(listener: (uri: string, followup: DocumentFollowup | undefined) => void): void {
    this.followupListeners.push(listener);
  }

  log(message: string): void {
    this.connection.console.log(message);
  }

  /** Runs work; an exception is logged and answered with the fallback, so no input can take the server down. */
  readonly guard = <T>(what: string, fallback: T, work: () => T): T => {
    try {
      return work();
    } catch (error) {
      this.connection.console.error(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  };

  /** The speller, loaded with the first letter checked unless spelling is switched off; a problem is logged once. */
  speller(): Speller | undefined {
    if (this.settings.rules.spelling === 'off') return undefined;
    const loaded = loadSpeller();
    if (loaded.problem && !this.spellingProblemLogged) {
      this.spellingProblemLogged = true;
      this.connection.console.warn(loaded.problem);
    }
    return loaded.speller;
  }

  /** A document parsed as its template: recognised, or as its folder's configuration or the setting says (its directive wins). */
  parse(uri: string, text: string): Letter {
    return this.service.parse(uri, text, { templateId: this.settingsFor(uri).template ?? (this.settings.template || undefined) });
  }

  /** The settings with the configuration files above a letter on disk laid over them; a bad file is reported once. */
  settingsFor(uri: string): ReturnType<typeof withConfigFile> & { template?: string } {
    const path = uri.startsWith('file:') ? this.guard('reading the configuration', undefined, () => fileURLToPath(uri)) : undefined;
    const config = path ? this.guard('reading the configuration', undefined, () => this.configs.configFor(path)) : undefined;
    const ignored = path !== undefined && config !== undefined && this.guard('ignore patterns', false, () => this.configs.isIgnored(path, config));
    const own = withConfigFile(this.settings, config, this.teamWords(uri), ignored, this.ruleIds);
    const key = own.problems.join('\n');
    if (own.problems.length && !this.reportedConfigProblems.includes(key)) {
      this.reportedConfigProblems += key + '\n';
      for (const p of own.problems) this.connection.console.warn(p);
      void this.connection.window.showWarningMessage(`Inspection letters: ${own.problems.join(' ')}`);
    }
    return { ...own, template: config?.template };
  }

  /** A configuration file changed: read them all again, and tell of their problems afresh. */
  configChanged(): void {
    this.configs.forget();
    this.reportedConfigProblems = '';
    this.cache.invalidateAll();
    this.publisher.scheduleAll();
  }

  /** A team's spelling words: the nearest .letter-words above a letter on disk (none for unsaved drafts). */
  teamWords(uri: string): ReadonlySet<string> | undefined {
    if (!uri.startsWith('file:')) return undefined;
    return this.guard('reading the words file', undefined, () => this.wordsFiles.wordsFor(fileURLToPath(uri)));
  }

  /**
   * Where a word for the team goes: the nearest .letter-words above the letter, else a new one in the
   * workspace folder that holds it (else beside it). Only for letters saved on disk.
   */
  teamWordsFileFor(uri: string): { uri: string; name: string } | undefined {
    if (!uri.startsWith('file:')) return undefined;
    const path = fileURLToPath(uri);
    const existing = this.wordsFiles.fileFor(path);
    const folder = this.workspaceFolders
      .map((f) => (f.startsWith('file:') ? fileURLToPath(f) : ''))
      .find((f) => f && (path + sep).startsWith(f + sep) && path !== f);
    const file = existing ?? join(folder ?? dirname(path), WORDS_FILE);
    const base = folder ?? dirname(path);
    return { uri: pathToFileURL(file).toString(), name: relative(base, file) || WORDS_FILE };
  }

  /** The current analysis of an open document, or undefined (unknown, or too large to check). */
  analysisOf(uri: string): { analysis: Analysis; version: number; cached: CachedAnalysis } | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const cached = this.cache.get(document);
    return cached.analysis ? { analysis: cached.analysis, version: cached.version, cached } : undefined;
  }

  /** The previous letter of some draft may have changed: the client asks for the code lenses again. */
  refreshLenses(): void {
    if (this.client.lensRefresh) void this.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => {});
  }

  /** Called by providers that need to act when the settings change (after every analysis was made stale). */
  onSettingsApplied(listener: () => void): void {
    this.settingsListeners.push(listener);
  }

  initialize(params: InitializeParams): void {
    const caps = params.capabilities;
    this.client.configuration = !!caps.workspace?.configuration;
    this.client.versionedEdits = !!caps.workspace?.workspaceEdit?.documentChanges;
    this.client.folderEvents = !!caps.workspace?.workspaceFolders;
    this.client.lensRefresh = !!caps.workspace?.codeLens?.refreshSupport;
    this.client.watchedFilesRegistration = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    this.workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (!this.workspaceFolders.length && params.rootUri) this.workspaceFolders = [params.rootUri];
    // Applied once initialized (no messages may go to the client before the initialize answer).
    this.initialSettings = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
    // Nothing is published before the settings are read: a rule switched off must not show first.
    this.publisher.paused = this.client.configuration;
  }

  initialized(): void {
    if (!this.client.configuration && this.initialSettings !== undefined) this.applySettings(this.initialSettings);
    if (this.client.configuration) {
      void this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'inspectionLetters' }).catch(() => {});
      void this.refreshSettings();
      // A client that never answers must not silence the checker: the defaults are used after a while.
      setTimeout(() => {
        if (!this.publisher.paused) return;
        this.connection.console.warn('The settings did not arrive; checking with the defaults.');
        this.publisher.paused = false;
        this.publisher.scheduleAll();
      }, SETTINGS_WAIT_MS).unref?.();
    }
    // The configuration files are watched from here, so the client needs no watcher of its own for them.
    if (this.client.watchedFilesRegistration) {
      void this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: CONFIG_FILES.map((name) => ({ globPattern: `**/${name}` })) }).catch(() => {});
    }
    this.scanWorkspace();
    if (!this.client.folderEvents) return;
    this.connection.workspace.onDidChangeWorkspaceFolders((event) =>
      this.guard('workspace folders', undefined, () => {
        const removed = new Set(event.removed.map((f) => f.uri));
        this.workspaceFolders = [...this.workspaceFolders.filter((f) => !removed.has(f)), ...event.added.map((f) => f.uri)];
        this.scanWorkspace();
      }),
    );
  }

  scanWorkspace(): void {
    this.guard('scanning the workspace', undefined, () => {
      const count = this.letters.scan(this.workspaceFolders, this.settings.maxFileSizeKb);
      const pdfs = this.pdfs.scan(this.workspaceFolders);
      this.log(`Found ${count} letter file(s) and ${pdfs} PDF(s) in the workspace.`);
      this.cache.invalidateAll();
      this.publisher.scheduleAll();
      this.refreshLenses();
    });
  }

  applySettings(raw: unknown): void {
    const { settings: next, problems } = readSettings(raw, this.ruleIds);
    this.settings = next;
    const key = problems.join('\n');
    if (problems.length && key !== this.reportedProblems) {
      for (const p of problems) this.connection.console.warn(p);
      void this.connection.window.showWarningMessage(`Inspection letters: ${problems.join(' ')}`);
    }
    this.reportedProblems = key;
    this.publisher.paused = false;
    this.cache.invalidateAll();
    this.publisher.scheduleAll();
    this.refreshLenses();
    for (const listener of this.settingsListeners) this.guard('applying the settings', undefined, listener);
  }

  private async refreshSettings(): Promise<void> {
    try {
      this.applySettings(await this.connection.workspace.getConfiguration('inspectionLetters'));
    } catch (error) {
      this.connection.console.error(`Reading the settings failed, using the defaults: ${String(error)}`);
      if (this.publisher.paused) {
        this.publisher.paused = false;
        this.publisher.scheduleAll();
      }
    }
  }
}
