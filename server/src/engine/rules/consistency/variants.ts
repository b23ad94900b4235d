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

/** The first sentence of the first `id` part, when it reads as one of the template's variants. */
export function matchedSentence(letter: Letter, id: PartId): MatchedSentence | undefined {
  const part = letter.partsById(id)[0];
  const match = part?.sentences[0];
  if (!part || !match?.variant || (match.status !== 'exact' && match.status !== 'near')) return undefined;
  const text = part.blocks[0].text;
  return { part, match, variant: match.variant, facts: match.variant.facts, span: text.sourceSpan(match.from, match.to), exact: match.status === 'exact' };
}

/** The variant of a sentence whose facts are exactly these. */
export function variantWithFacts(sentence: TemplateSentence, facts: Facts): CompiledVariant | undefined {
  return sentence.variants.find((v) => v.facts.strengths === facts.strengths && v.facts.priorityAction === facts.priorityAction);
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
