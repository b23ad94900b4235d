import type { Block } from '../../parse/blocks';
import type { Letter, PartNode } from '../../parse/model';
import type { PartId, SectionId, TemplatePart } from '../../template/template';
import type { Span } from '../../text/source';

/**
 * Shared reading of a letter's structure for the structure rules: which parts count as present,
 * what an inspector calls each part, where a part belongs, and how to insert text there.
 */

/**
 * How a message names a part: "the summary sentence", "the heading 'Strengths'" or, when the part is
 * a place in the letter rather than the thing missing, "the Strengths section".
 */
export function partLabel(part: TemplatePart, as: 'heading' | 'section' = 'heading'): string {
  // 'Letter date' reads 'the letter date'; an abbreviation keeps its capitals ('the COVID-19 preamble').
  const name = /^\p{Lu}{2}/u.test(part.name) ? part.name : part.name.charAt(0).toLowerCase() + part.name.slice(1);
  if (part.kind === 'section') return as === 'heading' ? `the heading '${part.heading}'` : `the ${part.name} section`;
  return part.repeatable ? `the ${name} paragraph` : `the ${name}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A section heading the classifier only guessed at (an unknown Markdown heading). */
export function isGuessedHeading(letter: Letter, node: PartNode): boolean {
  const guessed = cached(guessedCache, letter, () => new Set(letter.sections.filter((s) => s.heading.match === 'unknown').map((s) => s.heading.block)));
  return guessed.size > 0 && guessed.has(node.blocks[0]);
}

const guessedCache = new WeakMap<Letter, Set<PartNode['blocks'][number]>>();

/**
 * The parts whose position means something: the first instance of each part (every instance of a
 * repeatable one collapses to its first), without guessed headings. Later instances of a
 * non-repeatable part are duplicates, reported by duplicate-part and ignored by the other rules.
 */
export function placedParts(letter: Letter): PartNode[] {
  return cached(placedCache, letter, () => {
    const seen = new Set<PartId>();
    const out: PartNode[] = [];
    for (const node of letter.parts) {
      if (seen.has(node.id) || isGuessedHeading(letter, node)) continue;
      seen.add(node.id);
      out.push(node);
    }
    return out;
  });
}

/** Non-repeatable parts met again after their first instance: [first, duplicate] pairs. */
export function duplicates(letter: Letter): { first: PartNode; duplicate: PartNode }[] {
  const first = new Map<PartId, PartNode>();
  const out: { first: PartNode; duplicate: PartNode }[] = [];
  for (const node of letter.parts) {
    if (isGuessedHeading(letter, node)) continue;
    const earlier = first.get(node.id);
    if (!earlier) first.set(node.id, node);
    else if (!letter.template.part(node.id).repeatable) out.push({ first: earlier, duplicate: node });
  }
  return out;
}

/** The span of a part's first line (a heading, or the start of a paragraph), for pointing at it. */
export function firstLineSpan(letter: Letter, node: PartNode): Span {
  const start = node.blocks[0].span.start;
  return { start, end: Math.min(node.blocks[0].span.end, letter.source.lineAt(start).end) };
}

/** The lines of a part, from its line start to the next block's line start (so trailing blank lines go with it). */
export function partLines(letter: Letter, span: Span): Span {
  const next = blockFrom(letter, span.end);
  return { start: lineStart(letter, span.start), end: next ? lineStart(letter, next.span.start) : letter.source.text.length };
}

/** The first block that starts at or after `offset` (blocks are in text order: a binary search). */
export function blockFrom(letter: Letter, offset: number): Block | undefined {
  const blocks = letter.blocks;
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].span.start >= offset) hi = mid;
    else lo = mid + 1;
  }
  return blocks[lo];
}

/** The block just before a part, if any. */
export function blockBefore(letter: Letter, node: PartNode): Block | undefined {
  const at = letter.blocks.indexOf(node.blocks[0], Math.max(0, node.blocks[0].index - 1));
  return at > 0 ? letter.blocks[at - 1] : undefined;
}

/** A part's position in `letter.parts` (text order). */
export function partIndex(letter: Letter, node: PartNode): number {
  const index = cached(partIndexCache, letter, () => new Map(letter.parts.map((p, i) => [p, i])));
  return index.get(node) ?? -1;
}

const partIndexCache = new WeakMap<Letter, Map<PartNode, number>>();

/** The start of the line holding `offset`, never before a byte-order mark. */
export function lineStart(letter: Letter, offset: number): number {
  const start = letter.source.lineAt(offset).start;
  return start === 0 && letter.source.text.charCodeAt(0) === 0xfeff ? 1 : start;
}

/** Where a part goes when `after` is the part before it: the start of the next block's line. */
export function insertionOffset(letter: Letter, after: Span | undefined): number {
  const next = after ? blockFrom(letter, after.end) : letter.blocks[0];
  return next ? lineStart(letter, next.span.start) : letter.source.text.length;
}

/**
 * The edit that inserts a paragraph (lines joined by \n in `text`) at `at`, a line start or the end
 * of the text, as its own paragraph with a blank line either side, in the document's line ending.
 */
export function insertParagraph(letter: Letter, at: number, text: string): { span: Span; newText: string } {
  const eol = letter.source.eol;
  const body = text.split(/\r\n|\r|\n/).join(eol);
  const source = letter.source.text;
  if (at >= source.length && source.length > 0 && !letter.blocks.some((b) => b.span.start >= at)) {
    // The line breaks that end the text (counted backwards: a regular expression anchored at the end
    // would be tried from every position of the letter).
    let from = source.length;
    while (from > 0 && (source.charCodeAt(from - 1) === 10 || source.charCodeAt(from - 1) === 13)) from--;
    const breaks = source.slice(from).split(/\r\n|\r|\n/).length - 1;
    const lead = breaks >= 2 ? '' : breaks === 1 ? eol : eol + eol;
    return { span: { start: at, end: at }, newText: lead + body + eol };
  }
  return { span: { start: at, end: at }, newText: body + eol + eol };
}

/** The present part that comes nearest before `order` in the template (its last instance in the text). */
export function presentBefore(letter: Letter, order: number, among: readonly PartNode[] = placedParts(letter)): PartNode | undefined {
  let best: PartNode | undefined;
  let bestOrder = -1;
  for (const node of among) {
    const o = letter.template.part(node.id).order;
    if (o < order && o >= bestOrder) {
      best = node;
      bestOrder = o;
    }
  }
  if (!best) return undefined;
  // A repeatable part (previous inspection paragraphs): insert after its last instance.
  const all = letter.partsById(best.id);
  return letter.template.part(best.id).repeatable ? all[all.length - 1] : best;
}

/** The present part that comes nearest after `order` in the template. */
export function presentAfter(letter: Letter, order: number, among: readonly PartNode[] = placedParts(letter)): PartNode | undefined {
  let best: PartNode | undefined;
  let bestOrder = Infinity;
  for (const node of among) {
    const o = letter.template.part(node.id).order;
    if (o > order && o < bestOrder) {
      best = node;
      bestOrder = o;
    }
  }
  return best;
}

export function isSection(letter: Letter, id: PartId): id is SectionId {
  return letter.template.part(id).kind === 'section';
}

const placedCache = new WeakMap<Letter, PartNode[]>();

export function cached<T>(cache: WeakMap<Letter, T>, letter: Letter, make: () => T): T {
  let value = cache.get(letter);
  if (value === undefined) {
    value = make();
    cache.set(letter, value);
  }
  return value;
}
