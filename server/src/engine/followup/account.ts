import type { FindingNode, Letter } from '../parse/model';
import type { PreviousLetter } from '../rules/rule';
import type { Range, Span } from '../text/source';
import { readClaims, type AreaKind, type Claim } from './claims';
import { findMarkers, textWithoutMarkers, type Marker } from './markers';
import { councilOf } from './previous-letter';
import { findingTerms, MATCH_THRESHOLD, sharedTerms, topicSimilarity, type TopicTerms } from './terms';

/**
 * Accounting for the previous letter's areas in a draft: each previous area for development or
 * priority action is matched by topic to the draft's areas, then said to be carried forward (the
 * matched finding has a marker), covered by the claim, or not accounted for.
 */

export interface Area {
  kind: AreaKind;
  finding: FindingNode;
  /** The finding's words without any marker sentence. */
  text: string;
  terms: TopicTerms;
  markers: Marker[];
  span: Span;
  range: Range;
}

export interface AreaMatch {
  previous: Area;
  /** The draft's finding on the same topic, if any. */
  current?: Area;
  score: number;
  shared: string[];
  /** The matched finding carries a marker. */
  carried: boolean;
  /** The claim that covers this area when it is not carried (`have been addressed`, `all but one`...). */
  coveredBy?: Claim;
  accounted: boolean;
}

export interface Accounting {
  previousUri: string;
  matches: AreaMatch[];
  /** The draft's areas that match no previous area. */
  unmatched: Area[];
  claims: Claim[];
  markers: Marker[];
}

/** A letter's areas for development and for priority action (its sections' findings). */
export function areasOf(letter: Letter, markers: readonly Marker[] = findMarkers(letter)): Area[] {
  const areas: Area[] = [];
  const ignore = (councilOf(letter) ?? '').toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 2);
  for (const section of letter.sections) {
    if (section.id !== 'areasForDevelopment' && section.id !== 'priorityAction') continue;
    for (const finding of section.findings) {
      const own = markers.filter((m) => m.finding === finding);
      const text = textWithoutMarkers(finding.block, own);
      const span = finding.block.text.sourceSpan(0, finding.block.text.length);
      areas.push({
        kind: section.id === 'priorityAction' ? 'priorityAction' : 'development',
        finding,
        text,
        terms: findingTerms(text, ignore),
        markers: own,
        span,
        range: letter.source.rangeOf(span),
      });
    }
  }
  return areas;
}

/** Pairs previous and current areas one to one, best topic match first, above the threshold. */
export function matchAreas(previous: readonly Area[], current: readonly Area[], threshold = MATCH_THRESHOLD): { previous: Area; current: Area; score: number }[] {
  const pairs: { p: number; c: number; score: number }[] = [];
  const weigh = rarityWeighting([...previous, ...current].map((a) => a.terms));
  const before = previous.map((a) => weigh(a.terms));
  const now = current.map((a) => weigh(a.terms));
  previous.forEach((_p, i) =>
    current.forEach((_c, j) => {
      const score = topicSimilarity(before[i], now[j]);
      if (score >= threshold) pairs.push({ p: i, c: j, score });
    }),
  );
  pairs.sort((a, b) => b.score - a.score || a.p - b.p || a.c - b.c);
  const usedP = new Set<number>();
  const usedC = new Set<number>();
  const out: { previous: Area; current: Area; score: number }[] = [];
  for (const pair of pairs) {
    if (usedP.has(pair.p) || usedC.has(pair.c)) continue;
    usedP.add(pair.p);
    usedC.add(pair.c);
    out.push({ previous: previous[pair.p], current: current[pair.c], score: pair.score });
  }
  return out;
}

/**
 * Terms that many of the two letters' areas share (assessment, record...) say little about which
 * issue a finding is about: weigh each term by its rarity among the areas being compared.
 */
function rarityWeighting(all: readonly TopicTerms[]): (t: TopicTerms) => TopicTerms {
  const df = new Map<string, number>();
  for (const t of all) for (const term of t.weights.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = all.length;
  return (t) => {
    const weights = new Map<string, number>();
    let total = 0;
    for (const [term, w] of t.weights) {
      const v = w * Math.log(1 + n / (df.get(term) ?? 1));
      weights.set(term, v);
      total += v;
    }
    return { weights, total, surface: t.surface };
  };
}

/** Whether a claim, read on its own, accounts for the areas of its kind that are not carried forward. */
function covers(claim: Claim): boolean {
  return claim.outcome !== 'notAddressed';
}

export function accountFor(draft: Letter, previous: PreviousLetter): Accounting {
  const markers = findMarkers(draft);
  const claims = readClaims(draft).claims;
  const before = areasOf(previous.letter);
  const now = areasOf(draft, markers);
  const pairs = matchAreas(before, now);
  const matches: AreaMatch[] = before.map((p) => {
    const pair = pairs.find((x) => x.previous === p);
    const carried = Boolean(pair && pair.current.markers.length);
    const claim = claims.find((c) => c.kind === p.kind);
    const coveredBy = !carried && claim && covers(claim) ? claim : undefined;
    return {
      previous: p,
      current: pair?.current,
      score: pair?.score ?? 0,
      shared: pair ? sharedTerms(p.terms, pair.current.terms) : [],
      carried,
      coveredBy,
      accounted: carried || Boolean(coveredBy),
    };
  });
  const matchedNow = new Set(pairs.map((x) => x.current));
  return { previousUri: previous.uri, matches, unmatched: now.filter((a) => !matchedNow.has(a)), claims, markers };
}

/** The previous area a marker refers to (for hovers): the match of the marker's finding. */
export function previousAreaForMarker(accounting: Accounting, marker: Marker): AreaMatch | undefined {
  return accounting.matches.find((m) => m.current && m.current.finding === marker.finding);
}

const cache = new WeakMap<Letter, WeakMap<Letter, Accounting>>();

/** accountFor, computed once per draft and previous letter (several rules read it). */
export function accountingOf(draft: Letter, previous: PreviousLetter): Accounting {
  let inner = cache.get(draft);
  if (!inner) cache.set(draft, (inner = new WeakMap()));
  let accounting = inner.get(previous.letter);
  if (!accounting || accounting.previousUri !== previous.uri) inner.set(previous.letter, (accounting = accountFor(draft, previous)));
  return accounting;
}

/** Where a new area for development goes: after the section's last finding (or its heading). */
export function insertionPoint(letter: Letter): { offset: number; prefix: string } | undefined {
  const section = letter.section('areasForDevelopment');
  if (!section) return undefined;
  const last = section.findings[section.findings.length - 1];
  const eol = letter.source.eol;
  if (!last) return { offset: letter.source.lines[section.heading.block.lastLine].end, prefix: `${eol}${eol}- ` };
  const bullet = last.block.marker?.text && /^[-*+]/.test(last.block.marker.text) ? `${last.block.marker.text.trim()} ` : '- ';
  return { offset: letter.source.lines[last.block.lastLine].end, prefix: `${eol}${bullet}` };
}

/**
 * The previous areas to flag as not accounted for: neither carried forward nor covered by the claim,
 * and not matched to a current finding (a matched finding without its marker is flagged as unmarked instead).
 */
export function unaccountedAreas(accounting: Accounting): AreaMatch[] {
  return accounting.matches.filter((m) => !m.accounted && !m.current);
}
