import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../../analyze';
import { createLetterService, type LetterService } from '../../service';
import type { Speller } from '../../spelling/speller';
import { corpusFiles, CORPUS as SHARED_CORPUS } from '../../testing';

/**
 * Test helpers for the focused-visit letters: the real letters of the shared corpus (pdftotext text of
 * the published PDFs), analysed through the service as the command line does. Tests that need the
 * corpus skip when it is not on this machine.
 */

/** The focused-visit letters of the shared corpus (../shared/corpus beside the repository, as CI has it). */
export const CORPUS = join(SHARED_CORPUS, 'focused-visit');

export function corpusNames(): string[] {
  return corpusFiles('focused-visit');
}

export function realLetter(name: string): string {
  return readFileSync(join(CORPUS, name.endsWith('.txt') ? name : `${name}.txt`), 'utf8');
}

const service = createLetterService();
const services = new WeakMap<Speller, LetterService>();

/** The letter analysed through the service; with a speller, spelling is checked too (as the editor and CLI do). */
export function analyseText(text: string, uri = 'draft.txt', speller?: Speller): { template: string; diagnostics: Diagnostic[] } {
  let checker = service;
  if (speller) {
    checker = services.get(speller) ?? createLetterService({ speller });
    services.set(speller, checker);
  }
  const a = checker.analyze(uri, text);
  return { template: a.template.id, diagnostics: a.diagnostics };
}

/** One rule's diagnostics on a text analysed as analyseText does. */
export function findingsOf(code: string, text: string): Diagnostic[] {
  return analyseText(text).diagnostics.filter((d) => d.code === code);
}

/** The real letters (file names) on which a rule reports anything. */
export function lettersFlagged(code: string): string[] {
  return corpusNames().filter((name) => findingsOf(code, realLetter(name)).length);
}

/** `line:code` of each diagnostic of these severities (1-based lines). */
export function summary(diagnostics: readonly Diagnostic[], severities: readonly Diagnostic['severity'][] = ['error']): string[] {
  return diagnostics.filter((d) => severities.includes(d.severity)).map((d) => `${d.range.start.line + 1}:${d.code}`);
}

export function hasCorpus(): boolean {
  return corpusNames().length > 0;
}
