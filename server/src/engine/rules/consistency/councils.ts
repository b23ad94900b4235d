import { readCouncil, sameCouncil, sameCouncilName, type CouncilName } from '../../council-name';
import type { Located, LetterValues } from '../../parse/model';

/** Where a letter names its council, and which mention is the letter's council. */
export const COUNCIL_PLACES = { addressee: 'the addressee block', title: 'the title', opening: 'the opening paragraph' } as const;
export type CouncilPlace = keyof typeof COUNCIL_PLACES;

export interface CouncilMention {
  place: CouncilPlace;
  at: Located;
  /** The name read once (place and designations), for every comparison of this mention. */
  name: CouncilName;
}

/** The draft's mentions of the council, in letter order. */
export function councilMentions(council: LetterValues['council']): CouncilMention[] {
  return (Object.keys(COUNCIL_PLACES) as CouncilPlace[]).flatMap((place) => {
    const at = council[place];
    return at ? [{ place, at, name: readCouncil(at.value) }] : [];
  });
}

/** The mention most others agree with (on a tie, the earliest: the addressee block): the letter's council. */
export function referenceCouncil(mentions: readonly CouncilMention[]): CouncilMention | undefined {
  if (!mentions.length) return undefined;
  const agreement = mentions.map((m) => mentions.filter((o) => o !== m && sameMention(o, m)).length);
  return mentions[agreement.indexOf(Math.max(...agreement))];
}

/** Whether two mentions name the same council (both non-blank, same place, designations agreeing). */
export function sameMention(a: CouncilMention, b: CouncilMention): boolean {
  return Boolean(a.at.value.trim() && b.at.value.trim()) && (sameCouncilName(a.name, b.name) || sameCouncil(a.at.value, b.at.value));
}
