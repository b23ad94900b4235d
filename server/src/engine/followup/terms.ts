import termsData from './terms.json';

/**
 * Topic terms: what a finding is about, as a bag of meaning-bearing terms (stemmed content words,
 * minus stop words and template words, plus concepts from a small domain list of equivalent phrases),
 * so the same issue is recognised when an inspector rewords it a year later.
 */

export interface TopicTerms {
  /** term → weight (concepts weigh more than single words). */
  weights: Map<string, number>;
  total: number;
  /** A word as written for each stem (for messages): `assess` → `assessments`. */
  surface?: Map<string, string>;
}

const STOP = new Set<string>([...termsData.stopWords, ...termsData.templateWords]);

interface Equivalent {
  concept: string;
  pattern: RegExp;
}

const EQUIVALENTS: Equivalent[] = termsData.equivalents.map((e) => ({
  concept: `#${e.concept}`,
  pattern: new RegExp(`(?<![a-z0-9])(?:${[...e.phrases].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![a-z0-9])`, 'g'),
}));

export const MATCH_THRESHOLD: number = termsData.matchThreshold;
export const TOPIC_COVERAGE: number = termsData.topicCoverage;

function escape(s: string): string {
  return s.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "'?");
}

const SUFFIXES = ['ational', 'isation', 'ization', 'fulness', 'ousness', 'iveness', 'ments', 'ment', 'ation', 'ings', 'ing', 'edly', 'ed', 'ly', 'ness', 'ity', 'ive', 'al', 'er', 'e'];
/** The suffixes by their last letter, in the order above: a word is only tried against those it can end with. */
const SUFFIXES_BY_LAST = new Map<string, string[]>();
for (const s of SUFFIXES) {
  const last = s[s.length - 1];
  const list = SUFFIXES_BY_LAST.get(last);
  if (list) list.push(s);
  else SUFFIXES_BY_LAST.set(last, [s]);
}
const CONSONANTS = 'bcdfghjklmnpqrstvwxyz';

/**
 * A light suffix-stripping stemmer: enough to make `assessments`/`assessed`, `recording`/`records` meet.
 * (String tests, not regular expressions: it runs on every word of every finding compared.)
 */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.endsWith("'s") || w.endsWith("s'")) w = w.slice(0, -2);
  if (w.length <= 3) return w;
  // Plurals: -ies to -y, -ss kept, another final s dropped.
  if (w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  for (const s of SUFFIXES_BY_LAST.get(w[w.length - 1]) ?? []) {
    if (w.endsWith(s) && w.length - s.length >= 4) {
      w = w.slice(0, -s.length);
      if (endsInDoubledConsonant(w)) w = w.slice(0, -1);
      break;
    }
  }
  return w;
}

/** `stopp` (from `stopped`), not `ss` or `ll`. */
function endsInDoubledConsonant(w: string): boolean {
  const last = w[w.length - 1];
  return w.length >= 2 && last === w[w.length - 2] && last !== 's' && last !== 'l' && CONSONANTS.includes(last);
}

/**
 * The topic terms of a finding: its first sentence says what the issue is, so its terms weigh double;
 * the rest elaborates. Words of `ignore` (the council's name) are dropped.
 */
export function findingTerms(text: string, ignore: readonly string[] = []): TopicTerms {
  const cut = /[.;](?=\s+[A-Z])/.exec(text);
  const head = topicTerms(cut ? text.slice(0, cut.index) : text, ignore);
  const all = topicTerms(text, ignore);
  for (const [term, w] of head.weights) all.weights.set(term, w * HEAD_FACTOR);
  all.total = [...all.weights.values()].reduce((a, b) => a + b, 0);
  for (const [k, v] of head.surface ?? []) all.surface?.set(k, v);
  return all;
}

const HEAD_FACTOR: number = termsData.firstSentenceFactor;

/** The topic terms of a text. Concept phrases are counted as their concept and their words removed. */
export function topicTerms(text: string, ignore: readonly string[] = []): TopicTerms {
  let lower = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  const weights = new Map<string, number>();
  const surface = new Map<string, string>();
  for (const e of EQUIVALENTS) {
    e.pattern.lastIndex = 0;
    if (e.pattern.test(lower)) {
      weights.set(e.concept, termsData.conceptWeight);
      e.pattern.lastIndex = 0;
      lower = lower.replace(e.pattern, ' ');
    }
  }
  for (const raw of lower.split(/[^a-z0-9']+/)) {
    const word = trimQuotes(raw);
    if (word.length < 3 || STOP.has(word) || /^\d+$/.test(word) || ignore.includes(word)) continue;
    const s = stem(word);
    if (STOP.has(s)) continue;
    weights.set(s, Math.max(weights.get(s) ?? 0, 1));
    if (!surface.has(s)) surface.set(s, word);
  }
  let total = 0;
  for (const w of weights.values()) total += w;
  return { weights, total, surface };
}

function trimQuotes(word: string): string {
  let from = 0;
  let to = word.length;
  while (from < to && word[from] === "'") from++;
  while (to > from && word[to - 1] === "'") to--;
  return word.slice(from, to);
}

function shared(a: TopicTerms, b: TopicTerms): number {
  let sum = 0;
  for (const [term, w] of a.weights) if (b.weights.has(term)) sum += Math.min(w, b.weights.get(term)!);
  return sum;
}

/** Cosine-like similarity of two findings' topics, 0..1. */
export function topicSimilarity(a: TopicTerms, b: TopicTerms): number {
  if (!a.total || !b.total) return 0;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [term, w] of a.weights) {
    na += w * w;
    const v = b.weights.get(term);
    if (v) dot += w * v;
  }
  for (const w of b.weights.values()) nb += w * w;
  return dot / Math.sqrt(na * nb);
}

/** How much of a short topic (a named remaining topic) a finding covers, 0..1. */
export function topicCoverage(topic: TopicTerms, finding: TopicTerms): number {
  if (!topic.total) return 0;
  return shared(topic, finding) / topic.total;
}

/** The terms two texts share, as words (concepts by name), heaviest first: for messages and hovers. */
export function sharedTerms(a: TopicTerms, b: TopicTerms): string[] {
  return [...a.weights.entries()]
    .filter(([t]) => b.weights.has(t))
    .sort((x, y) => y[1] - x[1])
    .map(([t]) => (t.startsWith('#') ? t.slice(1).replace(/-/g, ' ') : (a.surface?.get(t) ?? t)));
}
