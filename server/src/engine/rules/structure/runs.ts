import type { Block } from '../../parse/blocks';
import type { Letter } from '../../parse/model';

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
