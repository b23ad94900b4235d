import type { TextEdit } from '../rules/rule';
import { MONTHS } from '../parse/dates';
import type { AreaKind, Claim } from './claims';
import { followupPhrases, numberOf, type WordedOutcome } from './phrases';

/**
 * The standard wordings of the previous-inspection paragraph (phrases.json `standardClaims`): filled
 * in for completions, recognised in a draft, and rewritten when the markers change what it must say.
 */

export interface StandardClaim {
  kind: AreaKind;
  outcome: WordedOutcome;
  /** The month and year as the sentence writes them (`March 2010`). */
  month: string;
  count?: number;
}

const KINDS: AreaKind[] = ['development', 'priorityAction'];
const OUTCOMES: WordedOutcome[] = ['allAddressed', 'allButN', 'notAddressed'];
const COUNT_WORDS = ['none', 'one', 'two', 'three', 'four', 'five'];

/** `one`..`five`, then digits, as the letters write `All but one of ...`. */
export function countWord(n: number): string {
  return COUNT_WORDS[n] ?? String(n);
}

/** `March 2010` for a date. */
export function monthYear(date: Date): string {
  return `${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}

/** The standard sentence for this kind and outcome; a slot without a value stays `{month}` / `{count}`. */
export function standardClaim(kind: AreaKind, outcome: WordedOutcome, values: { month?: string; count?: number } = {}): string {
  return followupPhrases()
    .standardClaims[kind][outcome].replace('{month}', values.month ?? '{month}')
    .replace('{count}', values.count === undefined ? '{count}' : countWord(values.count));
}

let patterns: { kind: AreaKind; outcome: WordedOutcome; pattern: RegExp }[] | undefined;

/** Reads a (folded) sentence written in one of the standard wordings, with its month and count; else undefined. */
export function readStandardClaim(sentence: string): StandardClaim | undefined {
  patterns ??= KINDS.flatMap((kind) =>
    OUTCOMES.map((outcome) => {
      const parts = followupPhrases().standardClaims[kind][outcome].split(/(\{month\}|\{count\})/);
      const source = parts
        .map((p) => (p === '{month}' ? `(?<month>(?:${MONTHS.join('|')}) \\d{4})` : p === '{count}' ? '(?<count>one|two|three|four|five|\\d+)' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')))
        .join('');
      return { kind, outcome, pattern: new RegExp(`^${source}$`, 'i') };
    }),
  );
  const text = sentence.trim();
  for (const { kind, outcome, pattern } of patterns) {
    const m = pattern.exec(text);
    if (m?.groups) return { kind, outcome, month: m.groups.month, count: numberOf(m.groups.count) };
  }
  return undefined;
}

/**
 * The edit that makes a claim in a standard wording say that `carried` of its areas remain (the number
 * of findings marked as carried forward), or undefined when the claim is not in a standard wording (a
 * rewrite could lose what the inspector wrote) or already says so. `of` is how many areas of the kind
 * the previous inspection identified, when known: all of them carried is `have not been addressed`.
 */
export function claimRewrite(claim: Claim, carried: number, of?: number): { title: string; edit: TextEdit; text: string } | undefined {
  const read = readStandardClaim(claim.sentence.text);
  if (!read || read.kind !== claim.kind) return undefined;
  // The singular `The area of priority action ... has been addressed` names one area.
  const total = of ?? (read.kind === 'priorityAction' && read.outcome !== 'allButN' ? 1 : undefined);
  const outcome: WordedOutcome = carried === 0 ? 'allAddressed' : total !== undefined && carried >= total ? 'notAddressed' : 'allButN';
  const text = standardClaim(read.kind, outcome, { month: read.month, count: carried });
  if (text === claim.sentence.text.trim()) return undefined;
  const gist = outcome === 'allButN' ? `All but ${countWord(carried)} of the ... have been addressed` : outcome === 'notAddressed' ? '... not been addressed' : '... been addressed';
  return { title: `'${gist}'`, edit: { span: claim.sentence.span, newText: text }, text };
}
