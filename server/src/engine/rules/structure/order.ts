import type { Block } from '../../parse/blocks';
import type { Letter, PartNode } from '../../parse/model';
import { cached, insertionOffset, placedParts, presentAfter, presentBefore } from './parts';

/**
 * Which parts are out of the template order, and where each belongs. The parts kept in place are the
 * heaviest run whose template order increases along the text (each part weighs 1 plus a little per
 * block, so a section with its findings stays put and a lone paragraph moves): one moved paragraph is
 * one misplaced part, not every part after it.
 */

export interface MisplacedPart {
  node: PartNode;
  /** The in-order parts it belongs between. */
  after?: PartNode;
  before?: PartNode;
  /** Where it belongs: a line start, or the end of the text. */
  at: number;
  /** Unplaced blocks at that place that belong with it (the inspector's name left behind by a moved sign-off). */
  gap: Block[];
}

const cache = new WeakMap<Letter, MisplacedPart[]>();

export function misplacedParts(letter: Letter): MisplacedPart[] {
  return cached(cache, letter, () => {
    // A floating part has no one place: it neither is reported nor counts against the others.
    const placed = placedParts(letter).filter((p) => !letter.template.part(p.id).floating);
    const inOrder = heaviestIncreasingRun(letter, placed);
    const kept = placed.filter((_, i) => inOrder.has(i));
    const loose = new Set<Block>(letter.unrecognised);
    const out: MisplacedPart[] = [];
    placed.forEach((node, i) => {
      if (inOrder.has(i)) return;
      const order = letter.template.part(node.id).order;
      const after = presentBefore(letter, order, kept);
      const before = presentAfter(letter, order, kept);
      const at = insertionOffset(letter, after?.span);
      const next = letter.parts.find((p) => p.span.start >= at);
      const end = next ? next.span.start : Infinity;
      const gap = letter.blocks.filter((b) => b.span.start >= at && b.span.start < end && loose.has(b));
      out.push({ node, after, before, at, gap });
    });
    return out;
  });
}

/** Blocks that a misplaced part would take in once moved (so they are not reported on their own). */
export function coveredByMisplaced(letter: Letter): Set<Block> {
  return new Set(misplacedParts(letter).flatMap((m) => m.gap));
}

function heaviestIncreasingRun(letter: Letter, placed: PartNode[]): Set<number> {
  const n = placed.length;
  const order = placed.map((p) => letter.template.part(p.id).order);
  const weight = placed.map((p) => 1 + p.blocks.length / 1000);
  const best = new Array<number>(n).fill(0);
  const prev = new Array<number>(n).fill(-1);
  let top = -1;
  for (let i = 0; i < n; i++) {
    best[i] = weight[i];
    for (let j = 0; j < i; j++) {
      if (order[j] < order[i] && best[j] + weight[i] > best[i]) {
        best[i] = best[j] + weight[i];
        prev[i] = j;
      }
    }
    if (top < 0 || best[i] > best[top]) top = i;
  }
  const kept = new Set<number>();
  for (let i = top; i >= 0; i = prev[i]) kept.add(i);
  return kept;
}
