import type { Letter } from '../../parse/model';
import type { CompiledVariant, Facts } from '../../template/sentence-pattern';
import type { RelatedInformation, Severity } from '../rule';
import { priorityAction as findPriorityAction } from './priority-action';
import { matchedSentence, variantWithFacts, type MatchedSentence } from './variants';

/**
 * Where the summary sentence or the closing paragraph says something the sections do not bear out.
 * Shared by the rules that report it (summary-matches-sections, closing-matches-priority-action) and by
 * fixed-sentence, which then says nothing more about the same sentence: one sentence, one diagnostic.
 */

type Strengths = NonNullable<Facts['strengths']>;

const STRENGTHS_WORDS: Record<Strengths, string> = { none: 'no strengths', singular: "'an area of strength'", plural: "'areas of strength'" };

export interface SummaryDisagreement {
  summary: MatchedSentence;
  problems: { severity: Severity; text: string }[];
  related: RelatedInformation[];
  /** The variant that fits the sections. */
  right?: CompiledVariant;
}

const summaryCache = new WeakMap<Letter, SummaryDisagreement | null>();

export function summaryDisagreement(letter: Letter): SummaryDisagreement | undefined {
  let cached = summaryCache.get(letter);
  if (cached === undefined) summaryCache.set(letter, (cached = readSummary(letter) ?? null));
  return cached ?? undefined;
}

function readSummary(letter: Letter): SummaryDisagreement | undefined {
  const summary = matchedSentence(letter, 'summary');
  if (!summary || summary.facts.strengths === undefined || summary.facts.priorityAction === undefined) return undefined;
  const strengthsSection = letter.section('strengths');
  const priorityAction = findPriorityAction(letter);
  const count = strengthsSection?.findings.length ?? 0;
  const said = summary.facts.strengths;
  const problems: { severity: Severity; text: string }[] = [];
  const related: RelatedInformation[] = [];

  let strengths: Strengths = said;
  if (said !== 'none' && !strengthsSection) {
    problems.push({ severity: 'error', text: `names ${STRENGTHS_WORDS[said]} but the letter has no Strengths section` });
    strengths = 'none';
  } else if (said === 'none' && strengthsSection) {
    problems.push({ severity: 'error', text: 'names no strengths but the letter has a Strengths section' });
    strengths = count === 1 ? 'singular' : 'plural';
    related.push({ message: 'The Strengths section', span: strengthsSection.heading.span });
  } else if (said === 'singular' && count > 1) {
    problems.push({ severity: 'warning', text: `says 'an area of strength' but the Strengths section has ${count} findings` });
    strengths = 'plural';
    related.push({ message: 'The Strengths section', span: strengthsSection!.heading.span });
  }
  const hasPriorityAction = Boolean(priorityAction);
  if (summary.facts.priorityAction !== hasPriorityAction) {
    problems.push({
      severity: 'error',
      text: hasPriorityAction ? 'does not name the area for priority action that the letter has' : 'names an area for priority action but the letter has no Area for priority action section',
    });
    if (priorityAction) related.push({ message: 'The Area for priority action', span: priorityAction.span });
  }
  if (!problems.length) return undefined;
  return { summary, problems, related, right: variantWithFacts(summary.match.sentence, { strengths, priorityAction: hasPriorityAction }) };
}

/** The closing paragraph's sentence when it names priority action and the letter has none, or the reverse. */
export function closingDisagreement(letter: Letter): MatchedSentence | undefined {
  const closing = matchedSentence(letter, 'closing');
  const hasPriorityAction = Boolean(findPriorityAction(letter));
  return closing && closing.facts.priorityAction !== undefined && closing.facts.priorityAction !== hasPriorityAction ? closing : undefined;
}
