import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeLetter, type AnalyzeOptions, type Diagnostic } from '../engine/analyze';
import { CandidateIndex, previousLink, resolveLinkPath, selectPreviousLetter } from '../engine/followup/previous-letter';
import { parseLetter } from '../engine/parse/letter';
import type { Letter } from '../engine/parse/model';
import type { PreviousLetter, Severity, SeveritySetting } from '../engine/rules/rule';
import type { Speller } from '../engine/spelling/speller';
import type { Range, SourceText } from '../engine/text/source';
import { loadSpeller } from '../host/dictionary';
import { fixText } from './fix';
import { readLetterFile, type LoadedFile } from './files';

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

export interface CheckResult {
  index: number;
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

/** The files as previous-letter candidates, indexed once per list (each draft then looks at its council's letters only). */
const indexes = new WeakMap<readonly LoadedFile[], CandidateIndex>();

function candidateIndex(files: readonly LoadedFile[]): CandidateIndex {
  let index = indexes.get(files);
  if (!index) indexes.set(files, (index = new CandidateIndex(files.map((f) => ({ uri: f.path, text: f.text })))));
  return index;
}

/** The previous letter for one draft: --previous, else one found among the files or by its link directive. */
export function previousFor(file: LoadedFile, files: readonly LoadedFile[], explicit: PreviousLetter | undefined, parsed?: Letter): PreviousLetter | undefined {
  if (explicit) return resolve(explicit.uri) === resolve(file.path) ? undefined : explicit;
  const draft = parsed ?? parseLetter(file.text);
  if (!draft.looksLikeLetter) return undefined;
  const found = selectPreviousLetter(draft, candidateIndex(files), { draftUri: file.path });
  if (found) return found;
  const link = previousLink(draft);
  if (!link) return undefined;
  const linked = resolveLinkPath(file.path, link.path);
  if (!existsSync(linked)) return undefined;
  const read = readLetterFile(linked);
  return read.ok ? { uri: linked, letter: parseLetter(read.file.text) } : undefined;
}

/** Checks files one at a time against the whole list (for the previous letters), loading the dictionary once. */
export class Checker {
  private speller: Speller | undefined;
  private spellerLoaded = false;
  private readonly previous = new Map<string, PreviousLetter | undefined>();

  constructor(private readonly files: readonly LoadedFile[]) {}

  check(task: CheckTask): CheckResult {
    const warnings: string[] = [];
    const speller = task.severities.spelling === 'off' ? undefined : this.loadSpeller(warnings);
    const letter = parseLetter(task.file.text);
    const options: AnalyzeOptions = {
      severities: task.severities,
      previous: previousFor(task.file, this.files, task.previousPath === undefined ? undefined : this.explicitPrevious(task.previousPath), letter),
      speller,
      acceptedWords: speller ? new Set(task.acceptedWords) : undefined,
      onRuleError: (ruleId, error) => warnings.push(`${task.file.path}: rule ${ruleId} failed (${error instanceof Error ? error.message : String(error)}); its findings are left out`),
    };
    if (!task.fix) {
      const analysis = analyzeLetter(letter, options);
      return { index: task.index, diagnostics: analysis.diagnostics.map((d) => reported(d, analysis.letter.source, task.withFixes)), warnings };
    }
    const result = fixText(task.file.text, options);
    return {
      index: task.index,
      diagnostics: result.analysis.diagnostics.map((d) => reported(d, result.analysis.letter.source, task.withFixes)),
      fixed: result.fixed.map((d) => reported(d, undefined, false)),
      ...(result.text !== task.file.text ? { fixedText: result.text } : {}),
      warnings,
    };
  }

  private loadSpeller(warnings: string[]): Speller | undefined {
    if (!this.spellerLoaded) {
      this.spellerLoaded = true;
      const loaded = loadSpeller();
      this.speller = loaded.speller;
      if (loaded.problem) warnings.push(loaded.problem);
    }
    return this.speller;
  }

  private explicitPrevious(path: string): PreviousLetter | undefined {
    if (!this.previous.has(path)) {
      const read = readLetterFile(path);
      this.previous.set(path, read.ok ? { uri: path, letter: parseLetter(read.file.text) } : undefined);
    }
    return this.previous.get(path);
  }
}
