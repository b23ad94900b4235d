import type { PartNode, Letter } from '../../parse/model';
import type { SentenceMatch } from '../../match/sentences';
import type { CompiledVariant, Facts } from '../../template/sentence-pattern';
import type { PartId, TemplateSentence } from '../../template/template';
import type { Span } from '../../text/source';

/** The template variant a fixed sentence of the draft matched, with where that sentence is. */
export interface MatchedSentence {
  part: PartNode;
  match: SentenceMatch;
  variant: CompiledVariant;
  facts: Facts;
  span: Span;
  /** Exact matches can be replaced without review: the sentence holds only template words. */
  exact: boolean;
}

/**
 * The first sentence of the first `id` part, when it reads as one of the template's variants, or is
 * in other words that still say what the variants' facts are about. The facts of a sentence in the
 * words of a variant are the variant's; of a sentence in other words, what its own words say (a near
 * miss of one variant can say what another says: `areas of strength and satisfactory practice` is
 * closest to the variant that names no strengths).
 */
export function matchedSentence(letter: Letter, id: PartId): MatchedSentence | undefined {
  const part = letter.partsById(id)[0];
  const match = part?.sentences[0];
  if (!part || !match?.variant || (match.status !== 'exact' && match.status !== 'near' && match.status !== 'different')) return undefined;
  const text = part.blocks[0].text;
  const exact = match.status === 'exact';
  const words = text.text.slice(match.from, match.to);
  // A sentence in other words altogether is read only when it speaks of what the facts are about.
  if (match.status === 'different' && !FACT_WORDS.test(words)) return undefined;
  const facts = exact ? match.variant.facts : factsFromWords(words, match.sentence);
  return { part, match, variant: match.variant, facts, span: text.sourceSpan(match.from, match.to), exact };
}

const FACT_WORDS = /strength|priority action/i;

/** What a sentence's words say about strengths and priority action (only the facts its variants carry). */
export function factsFromWords(words: string, sentence: TemplateSentence): Facts {
  const facts: Facts = {};
  if (sentence.variants.some((v) => v.facts.strengths !== undefined)) {
    facts.strengths = /\bno\s+(?:areas?\s+of\s+)?strengths?\b/i.test(words)
      ? 'none'
      : /\b(?:an?|one|a single)\s+(?:area\s+of\s+)?strength\b/i.test(words)
        ? 'singular'
        : /\bstrengths?\b/i.test(words)
          ? 'plural'
          : 'none';
  }
  if (sentence.variants.some((v) => v.facts.priorityAction !== undefined)) {
    facts.priorityAction = /\bpriority\s+action\b/i.test(words) && !/\bno\s+(?:areas?\s+(?:for|of)\s+)?priority\s+action\b/i.test(words);
  }
  return facts;
}

/** The variant of a sentence whose facts are exactly these (never an earlier wording). */
export function variantWithFacts(sentence: TemplateSentence, facts: Facts): CompiledVariant | undefined {
  return sentence.variants.find((v) => !v.until && v.facts.strengths === facts.strengths && v.facts.priorityAction === facts.priorityAction);
}

/**
 * A variant written out in full. Alternatives [[a|b]] take their first option, or the last one when
 * `plural` (the template writes singular first: [[area|areas]]); slots are left as {name}.
 */
export function renderVariant(variant: CompiledVariant, plural = false): string {
  return variant.pieces
    .map((p) => (p.kind === 'text' ? p.text : p.kind === 'choice' ? p.options[plural ? p.options.length - 1 : 0] : `{${p.name}}`))
    .join('');
}

/** A template part's fixed sentences written out as one paragraph (first variant of each). */
export function renderPart(sentences: readonly TemplateSentence[], plural = false): string {
  return sentences.map((s) => renderVariant(s.variants[0], plural)).join(' ');
}
