import { DiagnosticSeverity, type Connection, type Diagnostic as LspDiagnostic, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache, CachedAnalysis } from './analysis-cache';
import { DIAGNOSTIC_SOURCE, toLspDiagnostic } from './convert';
import { ruleDocUrl } from '../host/rule-links';

/**
 * Publishes diagnostics while the inspector types: each edit restarts a per-document timer (the
 * debounce), so superseded work is dropped before it starts; the analysis result is published only if
 * the document is still at the version analysed, and always with that version.
 */
export class DiagnosticsPublisher {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Counts publications skipped because a newer edit arrived (for logs and tests). */
  staleDropped = 0;
  /** While true nothing is published (until the settings are read: the first diagnostics use them). */
  paused = false;
  /** What is published for an analysis: the diagnostics provider adds its own and holds some back. */
  present: (result: CachedAnalysis) => LspDiagnostic[] = lspDiagnostics;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly cache: AnalysisCache,
    private readonly debounceMs: () => number,
    private readonly guard: <T>(what: string, fallback: T, work: () => T) => T,
  ) {}

  /** Schedules a check of the document after the debounce delay (0: on the next turn). */
  schedule(uri: string, delay = this.debounceMs()): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      this.run(uri);
    }, delay);
    this.timers.set(uri, timer);
  }

  scheduleAll(delay = 0): void {
    for (const doc of this.documents.all()) this.schedule(doc.uri, delay);
  }

  cancel(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
  }

  /** Clears a closed document's diagnostics. */
  clear(uri: string): void {
    this.cancel(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private run(uri: string): void {
    const document = this.documents.get(uri);
    if (!document || this.paused) return;
    const version = document.version;
    const result = this.guard('diagnostics', undefined, () => this.cache.get(document));
    const now = this.documents.get(uri);
    if (!result || !now || now.version !== version || result.version !== version || this.timers.has(uri)) {
      this.staleDropped++;
      return;
    }
    void this.connection.sendDiagnostics({ uri, version, diagnostics: this.present(result) });
  }
}

export function lspDiagnostics(result: CachedAnalysis): LspDiagnostic[] {
  if (result.tooLarge) {
    const { sizeKb, maxKb } = result.tooLarge;
    return [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Warning,
        code: 'file-too-large',
        source: DIAGNOSTIC_SOURCE,
        message: `This file is about ${sizeKb} KB, more than the ${maxKb} KB that inspectionLetters.maxFileSizeKb allows, so it is not checked. Raise the setting to check it.`,
      },
    ];
  }
  // Each code links to its rule's page (the editor shows the code as a link).
  return result.analysis!.diagnostics.map((d) => ({ ...toLspDiagnostic(d, result.uri), codeDescription: { href: ruleDocUrl(d.code) } }));
}
