import { randomBytes } from 'node:crypto';
import { renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { analyzeLetter, type Analysis, type AnalyzeOptions, type Diagnostic } from '../engine/analyze';
import { applyFixes } from '../engine/edits';
import { parseLetter } from '../engine/parse/letter';
import type { Fix } from '../engine/rules/rule';

/** Applying the safe fixes to a text until none is left, and saving the result safely. */

export const MAX_FIX_PASSES = 10;

export interface FixResult {
  text: string;
  /** The diagnostics whose safe fix was applied, over all passes. */
  fixed: Diagnostic[];
  /** The analysis of the final text: what remains. */
  analysis: Analysis;
  passes: number;
}

/**
 * Applies every safe fix, re-analyses, and repeats (one fix can reveal another: a tag removed leaves a
 * clean page-break gap), at most MAX_FIX_PASSES times.
 */
export function fixText(text: string, options: AnalyzeOptions = {}): FixResult {
  const fixed: Diagnostic[] = [];
  let analysis = analyzeLetter(parseLetter(text), options);
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    const byFix = new Map<Fix, Diagnostic>();
    for (const d of analysis.diagnostics) {
      const fix = d.fixes.find((f) => f.safe);
      if (fix) byFix.set(fix, d);
    }
    if (!byFix.size) break;
    const result = applyFixes(text, [...byFix.keys()]);
    if (!result.applied.length || result.text === text) break;
    passes++;
    for (const f of result.applied) fixed.push(byFix.get(f)!);
    text = result.text;
    analysis = analyzeLetter(parseLetter(text), options);
  }
  return { text, fixed, analysis, passes };
}

/** Writes through a temporary file in the same folder, then renames it over the original. */
export function writeAtomically(path: string, bytes: Uint8Array): void {
  const mode = statSync(path, { throwIfNoEntry: false })?.mode;
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.letter-check.tmp`);
  try {
    writeFileSync(temporary, bytes, mode === undefined ? {} : { mode: mode & 0o7777 });
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Already gone: nothing to clean up.
    }
    throw error;
  }
}
