import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeLetter, parseLetter, type Analysis, type AnalyzeOptions, type Letter, type PreviousLetter } from '../engine';
import { accountingOf, type Accounting } from '../engine/followup/account';

/**
 * One analysis per document version, shared by every feature (diagnostics, code actions, completion,
 * hover, outline). A change of settings or of a previous letter bumps the generation, which makes
 * every cached analysis stale.
 */

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
  /** Options for analyze (severities, previous letter) for one document, given its parse. */
  analyzeOptions(uri: string, letter: Letter): AnalyzeOptions;
  maxFileSizeKb(): number;
  onRuleError(uri: string, ruleId: string, error: unknown): void;
}

export class AnalysisCache {
  private readonly entries = new Map<string, { generation: number; result: CachedAnalysis }>();
  private generation = 0;
  /** Counts analyses actually run, for tests and logs. */
  runs = 0;

  constructor(private readonly options: CacheOptions) {}

  get(document: TextDocument): CachedAnalysis {
    const hit = this.entries.get(document.uri);
    if (hit && hit.generation === this.generation && hit.result.version === document.version) return hit.result;
    const result = this.compute(document);
    this.entries.set(document.uri, { generation: this.generation, result });
    return result;
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
  }

  /** The previous letter the document's latest analysis used. */
  previousOf(uri: string): string | undefined {
    return this.entries.get(uri)?.result.previousUri;
  }

  private compute(document: TextDocument): CachedAnalysis {
    const text = document.getText();
    const maxKb = this.options.maxFileSizeKb();
    // UTF-16 length is close enough to the size on disk to decide; it avoids encoding a large text.
    const sizeKb = Math.ceil(text.length / 1024);
    if (text.length > maxKb * 1024) return { uri: document.uri, version: document.version, tooLarge: { sizeKb, maxKb } };
    this.runs++;
    const uri = document.uri;
    const letter = parseLetter(text);
    const options = this.options.analyzeOptions(uri, letter);
    const analysis = analyzeLetter(letter, { ...options, onRuleError: (id, e) => this.options.onRuleError(uri, id, e) });
    return { uri, version: document.version, analysis, previousUri: options.previous?.uri, previous: options.previous };
  }
}
