import type { PartNode, Letter } from '../parse/model';
import { MONTHS, monthIndex } from '../parse/dates';
import type { Span } from '../text/source';
import { followupPhrases, kindOf, numberOf, type Expectation, type OutcomeId } from './phrases';
import { sentenceRanges } from './sentences';
import { topicTerms, type TopicTerms } from './terms';

/**
 * Reads what each previous-inspection paragraph claims: which inspection, about which kind of area,
 * and what became of them. Wording the phrase data does not know is kept as `unknown`, never guessed.
 */

export type AreaKind = 'development' | 'priorityAction';

export interface NamedTopic {
  text: string;
  span: Span;
  terms: TopicTerms;
}

export interface Claim {
  kind: AreaKind;
  outcome: OutcomeId | 'unknown';
  /** What the outcome implies about the markers of this kind. */
  expects: Expectation;
  /** For `all but N`: N. */
  remaining?: number;
  /** For `further work is on-going regarding A, B and C`: the topics. */
  topics: NamedTopic[];
  /** The paragraph says some of these areas remain (continue to be addressed, ongoing development...). */
  remainsOpen: boolean;
  /** The previous inspection's month as the claim names it (month 0-11). */
  month?: { month: number; year: number; span: Span; text: string };
  /** The claim's subject (`The areas of development identified at the previous inspection`). */
  subjectSpan: Span;
  /** The claim sentence and the sentences that follow it up to the next claim. */
  span: Span;
  /** The claim sentence alone, and its folded text. */
  sentence: { span: Span; text: string };
  part: PartNode;
}

export interface ClaimReading {
  claims: Claim[];
  /** Previous-inspection paragraphs in which no claim could be read. */
  unread: { part: PartNode; span: Span }[];
}

const MONTH_YEAR = new RegExp(`\\b(${MONTHS.join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?\\s+(\\d{4})\\b`, 'i');
const TOPIC_START = /^(?:and\s+)?(?:the|a|an|how|their|its|[a-z]+ing)\b/i;

export function readClaims(letter: Letter): ClaimReading {
  const phrases = followupPhrases();
  const claims: Claim[] = [];
  const unread: ClaimReading['unread'] = [];
  for (const part of letter.partsById('previousInspection')) {
    let found = 0;
    for (const block of part.blocks) {
      const text = block.text;
      const sentences = sentenceRanges(text.text);
      let current: Claim | undefined;
      for (const s of sentences) {
        const sentence = text.text.slice(s.from, s.to);
        phrases.claimSubject.lastIndex = 0;
        const subject = phrases.claimSubject.exec(sentence);
        if (!subject) {
          if (current) {
            current.span = { start: current.span.start, end: text.sourceSpan(s.from, s.to).end };
            followUp(current, sentence);
          }
          continue;
        }
        found++;
        const kind = kindOf(subject.groups?.kind);
        let outcome: Claim['outcome'] = 'unknown';
        let expects: Expectation = 'any';
        let remaining: number | undefined;
        const topics: NamedTopic[] = [];
        for (const o of phrases.outcomes) {
          const m = o.pattern.exec(sentence);
          if (!m) continue;
          outcome = o.id;
          expects = o.expects;
          if (o.id === 'allButN') remaining = numberOf(m.groups?.count);
          if (o.id === 'someRemainNamed' && m.groups?.topics) {
            const at = s.from + m.index + m[0].indexOf(m.groups.topics);
            topics.push(...splitTopics(m.groups.topics).map((t) => ({ text: t.text, span: text.sourceSpan(at + t.from, at + t.to), terms: topicTerms(t.text) })));
          }
          break;
        }
        const monthMatch = MONTH_YEAR.exec(sentence);
        const month = monthMatch
          ? {
              month: monthIndex(monthMatch[1]),
              year: Number(monthMatch[2]),
              span: text.sourceSpan(s.from + monthMatch.index, s.from + monthMatch.index + monthMatch[0].length),
              text: monthMatch[0],
            }
          : undefined;
        current = {
          kind,
          outcome,
          expects,
          remaining,
          topics,
          remainsOpen: outcome === 'notAddressed' || outcome === 'someRemainNamed' || outcome === 'allButN' || outcome === 'partlyAddressed',
          month: month && month.month >= 0 ? month : undefined,
          subjectSpan: text.sourceSpan(s.from + subject.index, s.from + subject.index + subject[0].length),
          span: text.sourceSpan(s.from, s.to),
          sentence: { span: text.sourceSpan(s.from, s.to), text: sentence },
          part,
        };
        if (outcome === 'allButN' && remaining === 0) current.expects = 'none';
        claims.push(current);
      }
    }
    if (!found) unread.push({ part, span: part.blocks[0]?.span ?? part.span });
  }
  return { claims, unread };
}

/** A sentence after a `considered` claim says what became of the areas. */
function followUp(claim: Claim, sentence: string): void {
  if (claim.outcome !== 'considered') return;
  const phrases = followupPhrases();
  if (phrases.remainingHints.test(sentence)) {
    claim.remainsOpen = true;
    claim.expects = 'any';
  } else if (phrases.allAddressedHints.test(sentence) && !claim.remainsOpen) {
    claim.expects = 'none';
  }
}

/** `reflecting children's ethnicity, religion and cultural identity in case records, the inclusion of ..., and the ...` */
export function splitTopics(list: string): { text: string; from: number; to: number }[] {
  const pieces: { from: number; to: number }[] = [];
  const re = /,\s+|(?<!\s)\s+and\s+(?=the\s)/g;
  let from = 0;
  for (const m of list.matchAll(re)) {
    pieces.push({ from, to: m.index! });
    from = m.index! + m[0].length;
  }
  pieces.push({ from, to: list.length });
  const topics: { text: string; from: number; to: number }[] = [];
  for (const p of pieces) {
    let from = p.from;
    const piece = list.slice(p.from, p.to);
    const and = /^and\s+/i.exec(piece);
    if (and) from += and[0].length;
    const text = list.slice(from, p.to).trim();
    if (!text) continue;
    const last = topics[topics.length - 1];
    if (last && !TOPIC_START.test(text)) {
      last.to = p.to;
      last.text = list.slice(last.from, p.to);
    } else {
      topics.push({ text, from, to: p.to });
    }
  }
  return topics;
}
