import type { Block } from '../../parse/blocks';
import type { Letter, SectionNode } from '../../parse/model';
import { coveredByMissing } from './missing';

/** Groups blocks into runs that follow one another in the letter (nothing else between them). */
export function runs(letter: Letter, blocks: readonly Block[]): Block[][] {
  const out: Block[][] = [];
  const sorted = [...blocks].sort((a, b) => a.span.start - b.span.start);
  for (const block of sorted) {
    const run = out[out.length - 1];
    const last = run?.[run.length - 1];
    if (last && letter.blocks[last.index + 1] === block) run.push(block);
    else out.push([block]);
  }
  return out;
}

/**
 * The section whose heading comes straight after a run of findings outside any section, when that
 * section has no findings of its own: the heading was put below its findings (or they above it). One
 * move, so finding-outside-section reports it and empty-section says nothing.
 */
export function emptySectionBelow(letter: Letter, run: readonly Block[]): SectionNode | undefined {
  const next = letter.blocks[run[run.length - 1].index + 1];
  if (!next) return undefined;
  return letter.sections.find((s) => s.heading.block === next && !s.findings.length && s.heading.match !== 'unknown');
}

/**
 * Whether findings outside any section, and not left to a missing heading above them, stand straight
 * above this section's heading: the case finding-outside-section reports (see emptySectionBelow).
 */
export function hasStrayFindingsAbove(letter: Letter, section: SectionNode): boolean {
  const before = letter.blocks[section.heading.block.index - 1];
  return before !== undefined && letter.strayFindings.includes(before) && !coveredByMissing(letter).has(before);
}
