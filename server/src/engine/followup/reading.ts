import type { Letter } from '../parse/model';
import { readClaims, type AreaKind, type Claim, type ClaimReading } from './claims';
import { findMarkers, type Marker } from './markers';
import { followupPhrases } from './phrases';

/** A letter's follow-up reading (claims and markers), computed once per parsed letter for all the rules. */
export interface FollowupReading extends ClaimReading {
  markers: Marker[];
}

const cache = new WeakMap<Letter, FollowupReading>();

export function followupOf(letter: Letter): FollowupReading {
  let reading = cache.get(letter);
  if (!reading) {
    reading = { ...readClaims(letter), markers: findMarkers(letter) };
    cache.set(letter, reading);
  }
  return reading;
}

export function claimFor(reading: FollowupReading, kind: AreaKind): Claim | undefined {
  return reading.claims.find((c) => c.kind === kind);
}

/** How the letter names an area of this kind, for messages. */
export function kindName(kind: AreaKind, plural = false): string {
  return kind === 'priorityAction' ? (plural ? 'areas for priority action' : 'area for priority action') : plural ? 'areas for development' : 'area for development';
}

/** The marker sentence to add to a finding (from the phrase data). */
export function markerSentence(kind: AreaKind): string {
  return followupPhrases().markerSentence[kind];
}
