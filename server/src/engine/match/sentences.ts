import type { MappedText } from '../text/mapped';
import type { TemplateSentence } from '../template/template';
import { WORD, type CompiledVariant } from '../template/sentence-pattern';
import { align, type Difference, type Token } from './word-diff';

/**
 * Matches a paragraph of a draft against the template's fixed sentences for that part, in order.
 * Exact matches use the compiled patterns; otherwise the next sentence of the draft is aligned word by
 * word against each variant, and a close one is a near miss with its differences.
 */

export type SentenceStatus = 'exact' | 'near' | 'different' | 'missing';

export interface SlotValue {
  value: string;
  /** Folded-text range in the paragraph. */
  from: number;
  to: number;
}

export interface SentenceMatch {
  sentence: TemplateSentence;
  status: SentenceStatus;
  /** The variant matched or closest (undefined only when missing). */
  variant?: CompiledVariant;
  variantIndex: number;
  similarity: number;
  /** Folded-text range of the draft sentence; for missing, an empty range where it should go. */
  from: number;
  to: number;
  slots: Record<string, SlotValue>;
  differences: Difference[];
}

/** A near miss must share this much with the standard wording; less is a different sentence. */
export const NEAR_MISS_SIMILARITY = 0.6;

const SENTENCE_END = /[.!?](?=\s|$)|:(?=\s*$)/g;

/** The end (exclusive) of the draft sentence starting at `from`. */
export function sentenceEnd(text: string, from: number): number {
  SENTENCE_END.lastIndex = from;
  const m = SENTENCE_END.exec(text);
  return m ? m.index + 1 : text.length;
}

/** WORD's own copy for tokenize's exec loop (matchAll copied the pattern on every call). */
const TOKEN = new RegExp(WORD.source, WORD.flags);

export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    tokens.push({ text: m[0], from: from + m.index, to: from + m.index + m[0].length });
  }
  return tokens;
}

function skipSpaces(text: string, at: number): number {
  while (at < text.length && text.charCodeAt(at) === 32) at++;
  return at;
}

export function exactMatch(sentence: TemplateSentence, text: string, at: number): SentenceMatch | undefined {
  for (let v = 0; v < sentence.variants.length; v++) {
    const variant = sentence.variants[v];
    variant.regex.lastIndex = at;
    const m = variant.regex.exec(text);
    if (!m) continue;
    const slots: Record<string, SlotValue> = {};
    variant.slots.forEach((name, k) => {
      const [from, to] = m.indices![k + 1]!;
      slots[name] = { value: m[k + 1], from, to };
    });
    return { sentence, status: 'exact', variant, variantIndex: v, similarity: 1, from: at, to: at + m[0].length, slots, differences: [] };
  }
  return undefined;
}

/**
 * The closest variant (and expansion of its alternatives) to the draft sentence [from, to). With
 * `minSimilarity`, alignments that cannot reach it are cut short: a result below it then says only
 * that (status 'different', no differences), which is all a caller looking for near misses needs.
 */
export function closestVariant(sentence: TemplateSentence, text: string, from: number, to: number, minSimilarity = 0): SentenceMatch {
  const tokens = tokenize(text, from, to);
  let best: SentenceMatch | undefined;
  for (let v = 0; v < sentence.variants.length; v++) {
    const variant = sentence.variants[v];
    for (const expansion of variant.expansions) {
      // similarity = 1 - 2 cost / (n + m), so reaching minSimilarity allows at most this cost.
      // (Costs are multiples of 0.25: the small margin keeps rounding from cutting an alignment at the bar.)
      const maxCost = minSimilarity > 0 ? ((1 - minSimilarity) * (tokens.length + expansion.length)) / 2 + 1e-9 : Infinity;
      const a = align(tokens, expansion, maxCost);
      if (!best || a.similarity > best.similarity) {
        const slots: Record<string, SlotValue> = {};
        for (const [name, span] of Object.entries(a.slots)) slots[name] = { value: text.slice(span.from, span.to), ...span };
        best = {
          sentence,
          status: a.similarity >= NEAR_MISS_SIMILARITY ? 'near' : 'different',
          variant,
          variantIndex: v,
          similarity: a.similarity,
          from,
          to,
          slots,
          differences: a.differences,
        };
      }
    }
  }
  return best!;
}

const lowerCounts = new WeakMap<readonly string[], Map<string, number>>();

function countLower(words: readonly string[], skipSlots: boolean): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of words) {
    if (skipSlots && w.length > 2 && w.startsWith('{') && w.endsWith('}')) continue;
    const k = w.toLowerCase();
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/**
 * An upper bound on closestVariant(...).similarity that needs no alignment: each template word the
 * draft sentence lacks (ignoring case) costs at least 0.5 in any alignment (a deletion or a
 * substitution). Lets a caller that only wants near misses skip alignments that cannot reach the bar.
 */
export function similarityBound(sentence: TemplateSentence, text: string, from: number, to: number): number {
  const tokens = tokenize(text, from, to);
  const draft = countLower(
    tokens.map((t) => t.text),
    false,
  );
  let bound = 0;
  for (const variant of sentence.variants) {
    for (const expansion of variant.expansions) {
      let wanted = lowerCounts.get(expansion);
      if (!wanted) lowerCounts.set(expansion, (wanted = countLower(expansion, true)));
      let unmatched = 0;
      for (const [word, count] of wanted) unmatched += Math.max(0, count - (draft.get(word) ?? 0));
      const total = tokens.length + expansion.length;
      bound = Math.max(bound, total === 0 ? 1 : 1 - unmatched / total);
      if (bound >= 1) return bound;
    }
  }
  return bound;
}

/** Matches the sentences of one fixed paragraph, in template order. */
export function matchParagraph(text: MappedText | string, sentences: readonly TemplateSentence[]): SentenceMatch[] {
  const folded = typeof text === 'string' ? text : text.text;
  const results: SentenceMatch[] = [];
  let at = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s];
    at = skipSpaces(folded, at);
    const exact = exactMatch(sentence, folded, at);
    if (exact) {
      results.push(exact);
      at = exact.to;
      continue;
    }
    if (at >= folded.length) {
      results.push(missing(sentence, at));
      continue;
    }
    const end = sentenceEnd(folded, at);
    const near = closestVariant(sentence, folded, at, end);
    if (near.status === 'near') {
      results.push(near);
      at = end;
      continue;
    }
    // Not this sentence: if it is one of the later ones, this one is missing; otherwise it was replaced.
    const later = sentences
      .slice(s + 1)
      .some((other) => exactMatch(other, folded, at) || closestVariant(other, folded, at, end, NEAR_MISS_SIMILARITY).status === 'near');
    if (later) {
      results.push(missing(sentence, at));
    } else {
      results.push(near);
      at = end;
    }
  }
  return results;
}

function missing(sentence: TemplateSentence, at: number): SentenceMatch {
  return { sentence, status: 'missing', variantIndex: -1, similarity: 0, from: at, to: at, slots: {}, differences: [] };
}
