import type { Block } from '../../parse/blocks';
import type { Letter, PartNode } from '../../parse/model';
import type { TemplatePart } from '../../template/template';
import { cached, insertionOffset, isGuessedHeading, lineStart, placedParts, presentAfter, presentBefore } from './parts';
import { orphanStart } from './orphans';

/**
 * The required parts a draft lacks, each with the one place it belongs. Shared by missing-part (which
 * reports them) and by the rules that must not report the same gap again: blocks sitting where a
 * missing heading belongs (stray or unplaced) are that section's findings, not problems of their own.
 */

export interface MissingPart {
  part: TemplatePart;
  /** Offset where the part should be inserted: a line start, or the end of the text. */
  at: number;
  /** The present part it belongs after / before (in template order), if any. */
  after?: PartNode;
  before?: PartNode;
  /**
   * What the missing part would have held: unplaced blocks between `at` and the next part, or, for a
   * missing heading, the findings now read as the end of the section above it (`at` is then above them).
   */
  gap: Block[];
  /** For a missing heading: the section above whose last findings read as the missing section's (the gap). */
  takesFindingsOf?: PartNode;
}

/**
 * The parts that go as a pair with a conditional section (the area for priority action): the section
 * and the conditional parts next to it (its lead-in). Conditional parts further away (the closing's
 * consequences) are checked by their own rules.
 */
function conditionalPair(letter: Letter): TemplatePart[] {
  const parts = letter.template.parts;
  const sections = parts.filter((p) => p.required === 'conditional' && p.kind === 'section');
  return parts.filter((p) => p.required === 'conditional' && sections.some((s) => p.requiredWith === s.requiredWith && Math.abs(s.order - p.order) <= 1));
}

/** The template parts this draft must have: the `always` ones, and the priority-action pair when half of it is there. */
export function requiredParts(letter: Letter): TemplatePart[] {
  const pair = conditionalPair(letter);
  // A Markdown heading the classifier only guessed at does not make the letter one with priority action.
  const pairPresent = pair.some((p) => letter.partsById(p.id).some((n) => !isGuessedHeading(letter, n)));
  return letter.template.parts.filter((p) => p.required === 'always' || (pairPresent && pair.includes(p)));
}

const missingCache = new WeakMap<Letter, MissingPart[]>();

export function missingParts(letter: Letter): MissingPart[] {
  return cached(missingCache, letter, () => {
    const placed = placedParts(letter);
    const loose = new Set<Block>([...letter.unrecognised, ...letter.strayFindings]);
    const out: MissingPart[] = [];
    for (const part of requiredParts(letter)) {
      // Any heading for the section counts, even an unrecognised Markdown one (heading-wording reports that).
      if (letter.partsById(part.id).length) continue;
      const after = presentBefore(letter, part.order, placed);
      const before = presentAfter(letter, part.order, placed);
      const orphans = part.kind === 'section' && after ? orphanedFindings(letter, after, part) : [];
      const at = orphans.length ? lineStart(letter, orphans[0].span.start) : insertionOffset(letter, after?.span);
      const nextPart = letter.parts.find((p) => p.span.start >= at);
      const end = nextPart ? nextPart.span.start : Infinity;
      const gap = orphans.length ? orphans : letter.blocks.filter((b) => b.span.start >= at && b.span.start < end && loose.has(b));
      out.push({ part, at, after, before, gap, takesFindingsOf: orphans.length ? after : undefined });
    }
    return out;
  });
}

/** The findings at the end of the section above a missing heading that read as the missing section's. */
function orphanedFindings(letter: Letter, after: PartNode, missing: TemplatePart): Block[] {
  const above = letter.sections.find((s) => s.heading.block === after.blocks[0]);
  if (!above) return [];
  return above.findings.slice(orphanStart(letter, above, missing)).map((f) => f.block);
}

/** Blocks that a missing part's insertion would take in (so no other rule reports them). */
export function coveredByMissing(letter: Letter): Set<Block> {
  return new Set(missingParts(letter).flatMap((m) => m.gap));
}
