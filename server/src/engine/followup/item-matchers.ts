import conceptsData from './concepts.json';
import termsData from './terms.json';
import type { DraftUnit } from './draft-units';
import { findingTerms, MATCH_THRESHOLD, stem, topicSimilarity, topicTerms, type TopicTerms } from './terms';

/**
 * Matchers that find where a current document speaks of a previous item: each scores every unit
 * (sentence or list item) of the document for one item, 0 to about 1. Compared on real pairs in
 * docs/followup.md (npm run eval:followup).
 */

export interface ScoredUnit {
  unit: DraftUnit;
  score: number;
}

export interface Matcher {
  name: string;
  /** Score above which a unit speaks of the item. */
  threshold: number;
  /** Prepares the document once; returns the scorer for items. */
  prepare(units: readonly DraftUnit[]): (item: string) => ScoredUnit[];
}

/** Synonym table (scripts/build-synonyms.ts): word → words of the same WordNet sense. */
export type Synonyms = Record<string, readonly string[]>;

/** The existing weighted-term matcher (terms.ts, as account.ts uses it for old letters), unit by unit. */
export const termsMatcher: Matcher = {
  name: 'terms (existing)',
  threshold: MATCH_THRESHOLD,
  prepare(units) {
    const unitTerms = units.map((u) => topicTerms(u.text));
    return (item) => {
      const terms = findingTerms(item);
      // Rarity among the document's units and the item, as account.ts weighs terms among areas.
      const all = [terms, ...unitTerms];
      const df = new Map<string, number>();
      for (const t of all) for (const k of t.weights.keys()) df.set(k, (df.get(k) ?? 0) + 1);
      const weigh = (t: TopicTerms): TopicTerms => {
        const weights = new Map<string, number>();
        let total = 0;
        for (const [k, w] of t.weights) {
          const v = w * Math.log(1 + all.length / (df.get(k) ?? 1));
          weights.set(k, v);
          total += v;
        }
        return { weights, total };
      };
      const q = weigh(terms);
      return units.map((unit, i) => ({ unit, score: topicSimilarity(q, weigh(unitTerms[i])) }));
    };
  },
};

/** Concept phrases compiled into one pattern (one pass over a text), with the concept of each phrase. */
interface Concepts {
  pattern: RegExp;
  conceptOf: Map<string, string>;
}

function compileConcepts(list: readonly { concept: string; phrases: readonly string[] }[]): Concepts {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "'?");
  const conceptOf = new Map<string, string>();
  const phrases = new Set<string>();
  for (const e of list)
    for (const p of e.phrases) {
      const phrase = p.toLowerCase();
      phrases.add(phrase);
      // Keyed without apostrophes: the pattern matches `children's` and `childrens` alike.
      if (!conceptOf.has(phrase.replace(/'/g, ''))) conceptOf.set(phrase.replace(/'/g, ''), `#${e.concept}`);
    }
  // Longest phrases first, so `return home interviews` wins over the shorter phrases inside it.
  const ordered = [...phrases].sort((a, b) => b.length - a.length);
  return { pattern: new RegExp(`(?<![a-z0-9])(?:${ordered.map(escape).join('|')})(?![a-z0-9])`, 'g'), conceptOf };
}

/** The old letters' equivalents (terms.json) and the modern documents' phrase concepts (concepts.json). */
const OLD_CONCEPTS = compileConcepts(termsData.equivalents);
const ALL_CONCEPTS = compileConcepts([...conceptsData.concepts, ...termsData.equivalents]);
const STOP = new Set<string>([...termsData.stopWords, ...termsData.templateWords, ...conceptsData.extraStopWords]);

/** A unit's or an item's terms with counts: concept ids for concept phrases, stems for the other content words. */
export function tokens(text: string, concepts: Concepts): Map<string, number> {
  return tokenize(text, concepts).counts;
}

/** The terms with counts, and the text left once concept phrases are taken out (for synonyms). */
function tokenize(text: string, concepts: Concepts): { counts: Map<string, number>; rest: string } {
  const out = new Map<string, number>();
  const lower = text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(concepts.pattern, (phrase) => {
      const id = concepts.conceptOf.get(phrase.replace(/'/g, ''));
      if (id) out.set(id, (out.get(id) ?? 0) + 1);
      return ' ';
    });
  for (const raw of lower.split(/[^a-z0-9']+/)) {
    const s = termOf(raw);
    if (s !== undefined) out.set(s, (out.get(s) ?? 0) + 1);
  }
  return { counts: out, rest: lower };
}

/** Each word's term (its stem) or null (a stop word, a number, too short), remembered: a document's words repeat, and so do the documents'. */
const terms = new Map<string, string | null>();
const MAX_TERMS = 50_000;

function termOf(raw: string): string | undefined {
  let term = terms.get(raw);
  if (term === undefined) {
    term = null;
    const word = raw.replace(/^'+|'+$/g, '');
    if (!(word.length < 3 || STOP.has(word) || /^\d+$/.test(word))) {
      const s = stem(word);
      if (!STOP.has(s)) term = s;
    }
    if (terms.size >= MAX_TERMS) terms.clear();
    terms.set(raw, term);
  }
  return term ?? undefined;
}

/**
 * Words that say which aspect of a topic an item is about (its quality, its timeliness), not the
 * topic: in a query they weigh half and do not count towards what a unit must cover.
 */
const ASPECTS = new Set<string>(conceptsData.aspects.map((w) => (w.startsWith('#') ? w : stem(w))));

/** The base forms to look a word up under in the synonym table (WordNet lists lemmas). */
function lemmas(word: string): string[] {
  const out = [word];
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('s')) out.push(word.slice(0, -1));
  if (word.endsWith('ed')) out.push(word.slice(0, -2), word.slice(0, -1));
  if (word.endsWith('ing')) out.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  return out;
}

/** How many of an item's most specific terms a unit must share to score 1. */
const MASS_TERMS = 4;
const CONCEPT_WEIGHT = 2;

export interface Bm25Options {
  name: string;
  threshold: number;
  synonyms?: Synonyms;
  /** Weight of a synonym's stem in the query (the word itself weighs 1). */
  synonymWeight?: number;
  modernConcepts?: boolean;
  k1?: number;
  b?: number;
}

/**
 * BM25 over the document's units, the item as the query, normalised by the item's own idf mass so
 * the score reads as "how much of what the item is about this unit says" (0..1).
 */
export function bm25Matcher(options: Bm25Options): Matcher {
  const k1 = options.k1 ?? 1.2;
  const b = options.b ?? 0.75;
  const concepts = options.modernConcepts ? ALL_CONCEPTS : OLD_CONCEPTS;
  const synonymWeight = options.synonymWeight ?? 0.5;
  /** The item's terms: its first sentence says what the issue is; the rest elaborates and weighs half. */
  const query = (item: string): Map<string, number> => {
    const q = new Map<string, number>();
    const cut = /[.;:](?=\s+[A-Z])/.exec(item);
    const parts = cut ? [item.slice(0, cut.index), item.slice(cut.index + 1)] : [item];
    parts.forEach((part, n) => {
      const { counts, rest } = tokenize(part, concepts);
      const weight = n === 0 ? 1 : 0.5;
      // A concept stands for a phrase of several words: it weighs as much as two words.
      for (const t of counts.keys()) q.set(t, Math.max(q.get(t) ?? 0, ASPECTS.has(t) ? weight / 2 : t.startsWith('#') ? weight * CONCEPT_WEIGHT : weight));
      if (!options.synonyms) return;
      // Synonyms of the words outside concept phrases (a phrase's words mean the phrase, not themselves).
      for (const word of rest.match(/[a-z]{3,}/g) ?? []) {
        if (STOP.has(word)) continue;
        for (const lemma of lemmas(word))
          for (const syn of options.synonyms[lemma] ?? []) {
            const s = stem(syn);
            if (!STOP.has(syn) && !STOP.has(s) && !q.has(s) && !ASPECTS.has(s)) q.set(s, synonymWeight * weight);
          }
      }
    });
    return q;
  };
  return {
    name: options.name,
    threshold: options.threshold,
    prepare(units) {
      const docs = units.map((u) => tokens(u.text, concepts));
      const lengths = docs.map((d) => [...d.values()].reduce((a, c) => a + c, 0));
      const avg = lengths.reduce((a, c) => a + c, 0) / Math.max(1, lengths.length) || 1;
      const df = new Map<string, number>();
      for (const d of docs) for (const t of d.keys()) df.set(t, (df.get(t) ?? 0) + 1);
      const n = docs.length;
      const idf = (t: string) => Math.log(1 + (n - (df.get(t) ?? 0) + 0.5) / ((df.get(t) ?? 0) + 0.5));
      // The units holding each term, with its count there: an item's terms visit only those units
      // (every unit times every query term, synonyms included, was most of a follow-up's time).
      const postings = new Map<string, { unit: number; tf: number }[]>();
      docs.forEach((d, i) => {
        for (const [t, tf] of d) {
          if (!tf) continue;
          const list = postings.get(t);
          if (list) list.push({ unit: i, tf });
          else postings.set(t, [{ unit: i, tf }]);
        }
      });
      const norms = lengths.map((length) => k1 * (1 - b + (b * length) / avg));
      return (item) => {
        const q = query(item);
        // What a unit must cover to score 1: the item's few most specific own terms (a long SIF
        // recommendation is spoken of a clause at a time).
        const own = [...q].filter(([t, w]) => w >= 0.5 && !ASPECTS.has(t) && w !== synonymWeight * 0.5).map(([t, w]) => w * idf(t));
        const mass = own.sort((a, z) => z - a).slice(0, MASS_TERMS).reduce((a, c) => a + c, 0);
        // Each unit's sum is taken over the query's terms in the query's order, as unit by unit.
        const scores = new Float64Array(units.length);
        for (const [t, w] of q) {
          const list = postings.get(t);
          if (!list) continue;
          const weight = w * idf(t);
          for (const { unit: i, tf } of list) scores[i] += weight * ((tf * (k1 + 1)) / (tf + norms[i]));
        }
        return units.map((unit, i) => ({ unit, score: mass ? scores[i] / mass : 0 }));
      };
    },
  };
}
