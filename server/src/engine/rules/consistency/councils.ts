import type { Located, LetterValues } from '../../parse/model';

/**
 * Whether two mentions name the same council. A leading `the` and a trailing `Council` do not matter
 * (Doncaster ~ Doncaster Council), nor a designation one mention leaves out (Derby ~ Derby City
 * Council); a different designation does (Derby City Council ≁ Derby County Council).
 */

const DESIGNATIONS = new Set(['city', 'county', 'borough', 'metropolitan', 'district', 'royal']);

export function councilWords(name: string): string[] {
  const words = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[\s,]+/)
    .filter(Boolean);
  if (words[0] === 'the') words.shift();
  if (words[words.length - 1] === 'council') words.pop();
  return words;
}

export function sameCouncil(a: string, b: string): boolean {
  const x = councilWords(a);
  const y = councilWords(b);
  // Names that fold to the same words are the same, even when nothing is left but "council".
  if (a.trim() && b.trim() && x.join(' ') === y.join(' ')) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (!short.length) return false;
  if (short.some((w, i) => w !== long[i])) return false;
  return long.slice(short.length).every((w) => DESIGNATIONS.has(w));
}

export const COUNCIL_PLACES = { addressee: 'the addressee block', title: 'the title', opening: 'the opening paragraph' } as const;
export type CouncilPlace = keyof typeof COUNCIL_PLACES;

export interface CouncilMention {
  place: CouncilPlace;
  at: Located;
}

/** The draft's mentions of the council, in letter order. */
export function councilMentions(council: LetterValues['council']): CouncilMention[] {
  return (Object.keys(COUNCIL_PLACES) as CouncilPlace[]).flatMap((place) => {
    const at = council[place];
    return at ? [{ place, at }] : [];
  });
}

/** The mention most others agree with (on a tie, the earliest: the addressee block): the letter's council. */
export function referenceCouncil(mentions: readonly CouncilMention[]): CouncilMention | undefined {
  if (!mentions.length) return undefined;
  const agreement = mentions.map((m) => mentions.filter((o) => o !== m && sameCouncil(o.at.value, m.at.value)).length);
  return mentions[agreement.indexOf(Math.max(...agreement))];
}
