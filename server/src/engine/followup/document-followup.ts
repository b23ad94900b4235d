import type { Letter } from '../parse/model';
import type { PreviousLetter } from '../rules/rule';
import type { Range, Span } from '../text/source';
import { accountingOf, areasOf, type AreaMatch } from './account';
import { documentKind } from './document-facts';
import { improvementItems } from './improvement-items';
import { accountForItems, type PreviousItem } from './item-accounting';
import type { ItemStatus } from './item-status';

/**
 * The follow-up of the previous document in a draft, as hosts show it (the CLI's JSON and table, the
 * editor's follow-up view): each improvement item of the previous document, where it is there, its
 * status in the draft and where the draft speaks of it.
 *
 * - An old annual letter after an old annual letter: the previous letter's areas for development and
 *   for priority action, with the accounting the previous-* rules use (followup/account.ts), so the
 *   statuses agree with the rules: an area the rules flag as unaccounted is `not-mentioned`; an area
 *   repeated by a finding (carried forward with a marker, or repeated without one) is `still-an-issue`;
 *   an area the previous-inspection paragraph says was addressed (or otherwise covers) is `addressed`,
 *   its evidence the paragraph's claim.
 * - Any other pair: the previous document's improvement items (`What needs to improve…`, SIF
 *   recommendations or areas for improvement; an old letter's areas) accounted for on meaning in the
 *   draft's sentences and list items (followup/item-accounting.ts).
 */

export interface FollowupEvidence {
  /** In the draft. */
  span: Span;
  range: Range;
}

export interface FollowupItem {
  text: string;
  /** In the previous document. */
  span: Span;
  range: Range;
  status: ItemStatus;
  /** Where the draft speaks of the item, best first. */
  evidence: FollowupEvidence[];
}

export interface DocumentFollowup {
  previous: { uri: string; template: string };
  items: FollowupItem[];
}

const ANNUAL = 'annual-letter';

const kindOf = (letter: Letter) => documentKind(letter.source.text, letter.recognition);

export function documentFollowup(draft: Letter, previous: PreviousLetter): DocumentFollowup {
  // A modern document that no template recognises is checked as an annual letter: its kind says what it is.
  const previousKind = kindOf(previous.letter);
  const annual = kindOf(draft) === ANNUAL && previousKind === ANNUAL;
  const items = annual ? annualLetterItems(draft, previous) : meaningItems(draft, previous);
  return { previous: { uri: previous.uri, template: previousKind }, items };
}

/** The previous-* rules' accounting, read as statuses. */
function annualLetterItems(draft: Letter, previous: PreviousLetter): FollowupItem[] {
  const accounting = accountingOf(draft, previous);
  return accounting.matches.map((m) => ({
    text: m.previous.text,
    span: m.previous.span,
    range: m.previous.range,
    status: annualStatus(m),
    evidence: annualEvidence(draft, m),
  }));
}

function annualStatus(m: AreaMatch): ItemStatus {
  if (m.current) return 'still-an-issue';
  if (m.coveredBy) return 'addressed';
  return 'not-mentioned';
}

function annualEvidence(draft: Letter, m: AreaMatch): FollowupEvidence[] {
  if (m.current) return [{ span: m.current.span, range: m.current.range }];
  if (m.coveredBy) return [{ span: m.coveredBy.span, range: draft.source.rangeOf(m.coveredBy.span) }];
  return [];
}

/** The previous document's items, read once per parsed previous document (the editor re-analyses on every change). */
const itemsCache = new WeakMap<Letter, PreviousItem[]>();

export function previousItems(previous: Letter): PreviousItem[] {
  let items = itemsCache.get(previous);
  if (!items) {
    const areas = kindOf(previous) === ANNUAL ? areasOf(previous) : [];
    items = areas.length ? areas.map((a) => ({ text: a.text, span: a.span })) : improvementItems(previous.source.text).map((i) => ({ text: i.text, span: i.span }));
    itemsCache.set(previous, items);
  }
  return items;
}

function meaningItems(draft: Letter, previous: PreviousLetter): FollowupItem[] {
  const items = previousItems(previous.letter);
  if (!items.length) return [];
  return accountForItems(items, { text: draft.source.text }).map((a) => ({
    text: a.item.text,
    span: a.item.span!,
    range: previous.letter.source.rangeOf(a.item.span!),
    status: a.status,
    evidence: a.evidence.map((e) => ({ span: e.span, range: draft.source.rangeOf(e.span) })),
  }));
}
