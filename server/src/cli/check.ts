import { resolve } from 'node:path';
import type { Diagnostic } from '../engine/analyze';
import type { DocumentFollowup } from '../engine/followup/document-followup';
import type { ItemStatus } from '../engine/followup/item-status';
import type { Severity, SeveritySetting } from '../engine/rules/rule';
import { createLetterService, type CandidateFacts, type DocumentSettings, type LetterService } from '../engine/service';
import type { Speller } from '../engine/spelling/speller';
import type { Range, SourceText } from '../engine/text/source';
import { loadSpeller } from '../host/dictionary';
import type { LoadedFile } from './files';
import { cliWorkspace } from './workspace';

/**
 * Checking one file: the work letter-check does per file, the same on the main thread and on a worker
 * thread. Everything in and out is plain data (it crosses between threads).
 */

export interface CheckTask {
  index: number;
  file: LoadedFile;
  severities: Record<string, SeveritySetting>;
  /** Words the spelling rule accepts here (the configuration's and the .letter-words file's). */
  acceptedWords: string[];
  /** The previous letter named by --previous or the configuration, if any. */
  previousPath?: string;
  /** The template the configuration gives the file's folder (its own directive still wins). */
  templateId?: string;
  fix: boolean;
  /** Whether the output shows fixes (SARIF): their edits are worked out only then. */
  withFixes: boolean;
}

/** A diagnostic as letter-check reports it: plain data, fixes as located edits. */
export interface ReportedDiagnostic {
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  relatedInformation?: { message: string; uri?: string; range?: Range }[];
  fixes?: { title: string; safe: boolean; edits: { range: Range; newText: string }[] }[];
}

/** The follow-up of the previous document, as letter-check reports it: plain data, ranges as LSP has them. */
export interface ReportedFollowup {
  /** The previous document: its path as named (given, linked or found) and the template it was read as. */
  previous: { file: string; template: string };
  items: { text: string; range: Range; status: ItemStatus; evidence: { range: Range }[] }[];
}

export function reportedFollowup(followup: DocumentFollowup): ReportedFollowup {
  return {
    previous: { file: followup.previous.uri, template: followup.previous.template },
    items: followup.items.map((i) => ({ text: i.text, range: i.range, status: i.status, evidence: i.evidence.map((e) => ({ range: e.range })) })),
  };
}

export interface CheckResult {
  index: number;
  /** The id of the template the file was checked as. */
  template: string;
  /** The previous document's items accounted for in the file; only when it has a previous document. */
  followup?: ReportedFollowup;
  diagnostics: ReportedDiagnostic[];
  /** With --fix: the problems fixed (over all passes), and the text after the fixes when it changed. */
  fixed?: ReportedDiagnostic[];
  fixedText?: string;
  /** Messages for standard error (a rule that failed, a dictionary that could not be read). */
  warnings: string[];
}

export function reported(d: Diagnostic, source: SourceText | undefined, withFixes: boolean): ReportedDiagnostic {
  const out: ReportedDiagnostic = { code: d.code, severity: d.severity, message: d.message, range: d.range };
  if (d.relatedInformation?.length) out.relatedInformation = d.relatedInformation.map((r) => ({ message: r.message, uri: r.uri, range: r.range }));
  if (withFixes && source && d.fixes.length) {
    out.fixes = d.fixes.map((f) => ({ title: f.title, safe: f.safe, edits: f.edits.map((e) => ({ range: source.rangeOf(e.span), newText: e.newText })) }));
  }
  return out;
}

/**
 * Checks files one at a time through the engine's service, with the whole list as its workspace (the
 * candidates for each other's previous letter), loading the dictionary once.
 */
export class Checker {
  private speller: Speller | undefined;
  private spellerLoaded = false;
  /** Why the dictionary could not be read, until a check has told it. */
  private dictionaryProblem: string | undefined;
  private readonly warnings: string[] = [];
  private service: LetterService | undefined;
  /** Facts of the workspace's documents read on other threads, for the service when it is made. */
  private adopted: CandidateFacts[] | undefined;

  /** `documents`: the other documents that may be a file's previous one (the PDFs read beforehand). */
  constructor(
    private readonly files: readonly LoadedFile[],
    private readonly documents: readonly LoadedFile[] = [],
  ) {}

  /** The texts of the workspace (the files, then the documents), in the order candidateFacts counts them. */
  workspaceTexts(): string[] {
    return [...this.files, ...this.documents].map((f) => f.text);
  }

  /** What choosing previous documents needs of the workspace's texts from `from` to `to` (a worker's share). */
  candidateFacts(from: number, to: number): CandidateFacts[] {
    return createLetterService({ workspace: cliWorkspace(this.files, this.documents) }).candidateFacts(this.workspaceTexts().slice(from, to));
  }

  /** Takes every workspace text's facts (read by the threads' shares), before the first check. */
  adoptCandidateFacts(facts: CandidateFacts[]): void {
    this.adopted = facts;
    this.service?.adoptCandidateFacts(this.workspaceTexts(), facts);
  }

  /** Loads the dictionary now (a worker does while the other threads read their shares); a problem is told at the first check that spells. */
  prepare(): void {
    this.readDictionary();
  }

  check(task: CheckTask): CheckResult {
    const warnings: string[] = [];
    const speller = task.severities.spelling === 'off' ? undefined : this.loadSpeller(warnings);
    if (!this.service) {
      this.service = createLetterService({
        workspace: cliWorkspace(this.files, this.documents),
        speller,
        // Files are checked in order, so a council's documents one after another: each parse serves the next as its previous document.
        keepParsed: 4,
        onRuleError: (uri, ruleId, error) => this.warnings.push(`${uri}: rule ${ruleId} failed (${error instanceof Error ? error.message : String(error)}); its findings are left out`),
      });
      if (this.adopted) this.service.adoptCandidateFacts(this.workspaceTexts(), this.adopted);
    }
    const path = task.file.path;
    const settings: DocumentSettings = {
      severities: task.severities,
      templateId: task.templateId,
      // A previous letter named as the file itself: the service gives a document none of its own.
      previousUri: task.previousPath !== undefined && resolve(task.previousPath) === resolve(path) ? path : task.previousPath,
      acceptedWords: speller ? new Set(task.acceptedWords) : undefined,
    };
    if (!task.fix) {
      const analysis = this.service.analyze(path, task.file.text, settings);
      return {
        index: task.index,
        template: analysis.template.id,
        diagnostics: analysis.diagnostics.map((d) => reported(d, analysis.letter.source, task.withFixes)),
        ...(analysis.followup ? { followup: reportedFollowup(analysis.followup) } : {}),
        warnings: this.takeWarnings(warnings),
      };
    }
    const result = this.service.fix(path, task.file.text, settings);
    return {
      index: task.index,
      template: result.analysis.template.id,
      diagnostics: result.analysis.diagnostics.map((d) => reported(d, result.analysis.letter.source, task.withFixes)),
      fixed: result.fixed.map((d) => reported(d, undefined, false)),
      ...(result.analysis.followup ? { followup: reportedFollowup(result.analysis.followup) } : {}),
      ...(result.text !== task.file.text ? { fixedText: result.text } : {}),
      warnings: this.takeWarnings(warnings),
    };
  }

  private takeWarnings(warnings: string[]): string[] {
    return [...warnings, ...this.warnings.splice(0)];
  }

  private loadSpeller(warnings: string[]): Speller | undefined {
    this.readDictionary();
    if (this.dictionaryProblem !== undefined) warnings.push(this.dictionaryProblem);
    this.dictionaryProblem = undefined;
    return this.speller;
  }

  private readDictionary(): void {
    if (this.spellerLoaded) return;
    this.spellerLoaded = true;
    const loaded = loadSpeller();
    this.speller = loaded.speller;
    this.dictionaryProblem = loaded.problem;
  }
}
