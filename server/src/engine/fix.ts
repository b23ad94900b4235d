import type { Analysis, Diagnostic } from './analyze';
import { applyFixes } from './edits';
import type { Fix } from './rules/rule';

/** Applying the safe fixes to a text until none is left: the same for `letter-check --fix` and the editor's Fix All. */

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
 * clean page-break gap), at most MAX_FIX_PASSES times. `analyse` is the analysis of a text as the
 * caller runs it (template, previous document, settings).
 */
export function fixText(text: string, analyse: (text: string) => Analysis): FixResult {
  const fixed: Diagnostic[] = [];
  let analysis = analyse(text);
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
    analysis = analyse(text);
  }
  return { text, fixed, analysis, passes };
}
