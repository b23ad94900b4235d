import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeLetter, type Analysis, type AnalyzeOptions, type Letter, type PreviousLetter } from '../engine';
import { accountingOf, type Accounting } from '../engine/followup/account';

/**
 * One analysis per document version, shared by every feature (diagnostics, code actions, completion,
 * hover, outline). A change of settings or of a previous letter bumps the generation, which makes
 * every cached analysis stale. Full analyses are kept for the most recently used documents only: with
 * thousands of letters open they would hold hundreds of megabytes, and a document whose analysis was
 * dropped has had its diagnostics published already and is analysed again in a millisecond if asked.
 */

/** How many documents keep their full analysis (the ones being worked on fit many times over). */
export const RECENT_ANALYSES = 64;

export interface CachedAnalysis {
  uri: string;
  version: number;
  /** Undefined when the file is too large to check. */
  analysis?: Analysis;
  tooLarge?: { sizeKb: number; maxKb: number };
  /** The previous letter the analysis used, if any. */
  previousUri?: string;
  previous?: PreviousLetter;
  /** Memo of followupAccounting. */
  accounting?: Accounting;
}

/**
 * How the draft accounts for its previous letter's areas (for the code lens, hovers and completion):
 * computed once per analysed version (the rules have usually computed it already).
 */
export function followupAccounting(cached: CachedAnalysis): Accounting | undefined {
  if (!cached.analysis || !cached.previous) return undefined;
  return (cached.accounting ??= accountingOf(cached.analysis.letter, cached.previous));
}

export interface CacheOptions {
  /** The document parsed as its template (recognised, or as the settings say). */
  parse(uri: string, text: string): Letter;
  /** Options for analyze (severities, previous letter) for one document, given its parse. */
  analyzeOptions(uri: string, letter: Letter): AnalyzeOptions;
  maxFileSizeKb(): number;
  onRuleError(uri: string, ruleId: string, error: unknown): void;
}

export class AnalysisCache {
  /** In order of use, least recent first (a Map keeps insertion order; a hit is moved to the end). */
  private readonly entries = new Map<string, { generation: number; result: CachedAnalysis }>();
  /** The previous letter each document's latest analysis used ('' for none), kept after eviction. */
  private readonly previousUsed = new Map<string, string>();
  private generation = 0;
  /** Counts analyses actually run, for tests and logs. */
  runs = 0;

  constructor(
    private readonly options: CacheOptions,
    private readonly capacity = RECENT_ANALYSES,
  ) {}

  get(document: TextDocument): CachedAnalysis {
    const hit = this.entries.get(document.uri);
    this.entries.delete(document.uri);
    if (hit && hit.generation === this.generation && hit.result.version === document.version) {
      this.entries.set(document.uri, hit);
      return hit.result;
    }
    const result = this.compute(document);
    this.entries.set(document.uri, { generation: this.generation, result });
    this.previousUsed.set(document.uri, result.previousUri ?? '');
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(oldest);
    }
    return result;
  }

  /** How many full analyses are held (for tests). */
  get size(): number {
    return this.entries.size;
  }

  /** Whether get() would answer from the cache without analysing. */
  isFresh(document: TextDocument): boolean {
    const hit = this.entries.get(document.uri);
    return !!hit && hit.generation === this.generation && hit.result.version === document.version;
  }

  invalidateAll(): void {
    this.generation++;
  }

  /** Drops one document's analysis (its previous letter changed). */
  forget(uri: string): void {
    this.entries.delete(uri);
    this.previousUsed.delete(uri);
  }

  /** The previous letter the document's latest analysis used (also after its analysis was dropped). */
  previousOf(uri: string): string | undefined {
    return this.previousUsed.get(uri) || undefined;
  }

  private compute(document: TextDocument): CachedAnalysis {
    const text = document.getText();
    const maxKb = this.options.maxFileSizeKb();
    // UTF-16 length is close enough to the size on disk to decide; it avoids encoding a large text.
    const sizeKb = Math.ceil(text.length / 1024);
    if (text.length > maxKb * 1024) return { uri: document.uri, version: document.version, tooLarge: { sizeKb, maxKb } };
    this.runs++;
    const uri = document.uri;
    const letter = this.options.parse(uri, text);
    const options = this.options.analyzeOptions(uri, letter);
    const analysis = analyzeLetter(letter, { ...options, onRuleError: (id, e) => this.options.onRuleError(uri, id, e) });
    return { uri, version: document.version, analysis, previousUri: options.previous?.uri, previous: options.previous };
  }
}
