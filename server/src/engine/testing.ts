import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type AnalyzeOptions, type Diagnostic } from './analyze';
import { memoryWorkspace } from './memory-workspace';
import { createLetterService, type DocumentAnalysis } from './service';

/**
 * Helpers for the engine's tests: the real letters (copied byte for byte from shared/seeds), honest
 * mutations that fail loudly when the text they expect is not there, and diagnostic queries.
 */

const SEEDS = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'seeds');

/**
 * The shared corpus of real documents, `../shared/corpus` beside the repository (where CI puts it),
 * or where LETTER_CHECK_SHARED points. Tests name the real documents they read from it.
 */
export const CORPUS = join(process.env.LETTER_CHECK_SHARED || join(__dirname, '..', '..', '..', '..', 'shared'), 'corpus');

/** The documents of one kind in the shared corpus (`focused-visit`, `ilacs-report` …), by name; none when it is not on this machine. */
export function corpusFiles(type: string): string[] {
  const dir = join(CORPUS, type);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort() : [];
}

export const SEED_FILES = {
  derby: '000_b178a65b987369c5.txt',
  durham: '001_23b9643c342e87c2.txt',
  staffordshire: '002_92b9aeb5f4db8e06.txt',
  leicesterReport: '003_a82a1d9eb41256ed.txt',
  doncaster: '004_1afa487b62b78d22.txt',
} as const;

export type SeedName = keyof typeof SEED_FILES;

export function seed(name: SeedName): string {
  return readFileSync(join(SEEDS, SEED_FILES[name]), 'utf8');
}

/** The four real letters (003 is a council report, not a letter). */
export const LETTERS: readonly Exclude<SeedName, 'leicesterReport'>[] = ['derby', 'durham', 'staffordshire', 'doncaster'];

/** Replaces `from` with `to`; throws unless `from` occurs exactly once, so a test cannot silently test nothing. */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`replaceOnce: text not found: ${JSON.stringify(from.slice(0, 80))}`);
  if (text.indexOf(from, at + 1) >= 0) throw new Error(`replaceOnce: text occurs more than once: ${JSON.stringify(from.slice(0, 80))}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Removes the line(s) holding `fragment` (which must occur once) including the line break. */
export function removeLineWith(text: string, fragment: string): string {
  const at = text.indexOf(fragment);
  if (at < 0 || text.indexOf(fragment, at + 1) >= 0) throw new Error(`removeLineWith: need exactly one ${JSON.stringify(fragment.slice(0, 60))}`);
  const start = text.lastIndexOf('\n', at) + 1;
  const nl = text.indexOf('\n', at + fragment.length);
  return text.slice(0, start) + (nl < 0 ? '' : text.slice(nl + 1));
}

export function check(text: string, options?: AnalyzeOptions): Diagnostic[] {
  const result = analyze(text, options);
  if (result.ruleErrors.length) throw result.ruleErrors[0].error;
  return result.diagnostics;
}

export function withCode(diagnostics: readonly Diagnostic[], code: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === code);
}

/** The text a diagnostic's range covers. */
export function covered(text: string, d: Diagnostic): string {
  return text.slice(d.span.start, d.span.end);
}

/** A compact form for assertion messages. */
export function describe(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}`).join('\n');
}

/** A real document of the shared corpus (`focused-visit/hillingdon-2020-02-07.txt`), as pdftotext gave it. */
export function corpusText(path: string): string {
  return readFileSync(join(CORPUS, path), 'utf8');
}

/** The URI a corpus document has in the in-memory workspaces of the tests. */
export function corpusUri(path: string): string {
  return `file:///corpus/${path}`;
}

/**
 * A draft checked with the previous document of its real pair (manifest.json consecutive_pairs) at
 * hand, as the service does when the workspace holds it.
 */
export function analyzeCorpusPair(previousPath: string, draftPath: string, draftText = corpusText(draftPath)): DocumentAnalysis {
  const uri = corpusUri;
  const service = createLetterService({ workspace: memoryWorkspace({ [uri(previousPath)]: corpusText(previousPath) }) });
  return service.analyze(uri(draftPath), draftText, { previousUri: uri(previousPath) });
}
