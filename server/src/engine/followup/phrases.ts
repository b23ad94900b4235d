import Ajv from 'ajv';
import phrasesData from './phrases.json';
import phrasesSchema from './phrases.schema.json';

/**
 * The follow-up phrasing (claims and carried-forward markers) as data: phrases.json, checked against
 * phrases.schema.json and compiled once. Rules never hold these patterns themselves.
 */

export type OutcomeId = 'allButN' | 'someRemainNamed' | 'notAddressed' | 'partlyAddressed' | 'allAddressed' | 'considered';
/** What an outcome implies about the markers of its kind: none, a count, the named topics, at least one, anything. */
export type Expectation = 'none' | 'count' | 'named' | 'some' | 'any';

export interface FollowupPhrases {
  claimSubject: RegExp;
  outcomes: { id: OutcomeId; pattern: RegExp; expects: Expectation; description: string }[];
  remainingHints: RegExp;
  allAddressedHints: RegExp;
  markers: { id: string; pattern: RegExp }[];
  markerSubject: RegExp;
  markerSentence: { development: string; priorityAction: string };
  /** The standard wordings of the previous-inspection paragraph, with {month} and {count} slots. */
  standardClaims: Record<'development' | 'priorityAction', Record<WordedOutcome, string>>;
}

/** The outcomes the standard paragraph has a wording for. */
export type WordedOutcome = 'allAddressed' | 'allButN' | 'notAddressed';

interface RawPhrases {
  claims: {
    subject: string;
    outcomes: { id: OutcomeId; pattern: string; expects: Expectation; description: string }[];
    remainingHints: string;
    allAddressedHints: string;
  };
  markers: { id: string; pattern: string }[];
  markerSubject: string;
  markerSentence: { development: string; priorityAction: string };
  standardClaims: FollowupPhrases['standardClaims'];
}

/** Validates and compiles phrase data; throws with every problem named (used at load and by tests). */
export function compilePhrases(data: unknown): FollowupPhrases {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(phrasesSchema);
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`);
    throw new Error(`The follow-up phrase data is not valid:\n  - ${problems.join('\n  - ')}`);
  }
  const raw = data as unknown as RawPhrases;
  const re = (source: string, flags = 'i') => new RegExp(source, flags);
  return {
    claimSubject: re(raw.claims.subject, 'gi'),
    outcomes: raw.claims.outcomes.map((o) => ({ ...o, pattern: re(o.pattern) })),
    remainingHints: re(raw.claims.remainingHints),
    allAddressedHints: re(raw.claims.allAddressedHints),
    markers: raw.markers.map((m) => ({ id: m.id, pattern: re(m.pattern, 'gi') })),
    markerSubject: re(raw.markerSubject),
    markerSentence: raw.markerSentence,
    standardClaims: { development: raw.standardClaims.development, priorityAction: raw.standardClaims.priorityAction },
  };
}

let standard: FollowupPhrases | undefined;

export function followupPhrases(): FollowupPhrases {
  standard ??= compilePhrases(phrasesData);
  return standard;
}

/** `development` or `priorityAction` from the words a letter uses. */
export function kindOf(words: string | undefined): 'development' | 'priorityAction' {
  return words && /priority/i.test(words) ? 'priorityAction' : 'development';
}

const NUMBER_WORDS: Record<string, number> = { none: 0, one: 1, two: 2, three: 3, four: 4, five: 5 };

export function numberOf(word: string | undefined): number | undefined {
  if (!word) return undefined;
  const key = word.toLowerCase();
  if (key in NUMBER_WORDS) return NUMBER_WORDS[key];
  const n = Number(key);
  return Number.isInteger(n) ? n : undefined;
}
