import { draftUnits, type DraftUnit } from './draft-units';
import { bm25Matcher, type Matcher, type ScoredUnit, type Synonyms } from './item-matchers';
import { decideStatus, type ItemStatus, type StatusOptions } from './item-status';
import synonymsData from './synonyms.json';

/**
 * Accounting for the previous document's improvement items in a draft (any kind of document): for
 * each item, the draft's sentences or list items that speak of it, and whether they say it was
 * addressed, is still an issue, or does not come up. Pure: text in, result out. The chosen matcher
 * and its settings are measured in docs/followup.md.
 */

export interface PreviousItem {
  text: string;
  /** Where the item is in the previous document (passed through). */
  span?: { start: number; end: number };
}

export interface ItemAccount {
  item: PreviousItem;
  status: ItemStatus;
  /** The draft's units that speak of the item, best first (at most three). */
  evidence: { span: { start: number; end: number }; text: string; score: number; inImprovementList: boolean }[];
}

export interface AccountingOptions {
  matcher?: Matcher;
  status?: StatusOptions;
  /** Evidence kept per item. */
  maxEvidence?: number;
}

/** The synonyms shipped with the engine (WordNet, compiled by scripts/build-synonyms.ts). */
export const SYNONYMS: Synonyms = synonymsData.synonyms;

/** The matcher chosen by the measurements (docs/followup.md). */
export const CHOSEN_MATCHER: Matcher = bm25Matcher({ name: 'bm25 + synonyms + concepts', threshold: 0.3, synonyms: SYNONYMS, modernConcepts: true });
export const CHOSEN_STATUS: StatusOptions = { relistThreshold: 0.45, useCues: true };

export function accountForItems(previousItems: readonly PreviousItem[], draft: { text: string; units?: readonly DraftUnit[] }, options: AccountingOptions = {}): ItemAccount[] {
  const matcher = options.matcher ?? CHOSEN_MATCHER;
  const statusOptions = options.status ?? CHOSEN_STATUS;
  const maxEvidence = options.maxEvidence ?? 3;
  const units = draft.units ?? draftUnits(draft.text);
  const score = matcher.prepare(units);
  return previousItems.map((item) => {
    const evidence: ScoredUnit[] = score(item.text)
      .filter((s) => s.score >= matcher.threshold)
      .sort((a, b) => b.score - a.score || a.unit.span.start - b.unit.span.start)
      .slice(0, maxEvidence);
    return {
      item,
      status: decideStatus(evidence, statusOptions),
      evidence: evidence.map((e) => ({ span: e.unit.span, text: e.unit.text, score: e.score, inImprovementList: e.unit.inImprovementList })),
    };
  });
}
