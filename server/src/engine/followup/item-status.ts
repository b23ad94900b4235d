import type { ScoredUnit } from './item-matchers';

/**
 * Whether the evidence for a previous item says it was addressed or is still an issue. Real documents
 * rarely say so with a marker (docs/followup.md): they re-list the item in their own list, or describe
 * the topic again with words that judge it ("has improved", "remains", "not consistently").
 */

export type ItemStatus = 'addressed' | 'still-an-issue' | 'not-mentioned';

/** Words that say a weakness remains. */
const STILL =
  /\b(?:remains?|remained|still|not yet|yet to|not (?:always|consistently|sufficiently|routinely|fully|all|enough|robust|effective|timely|good|clear|being|currently|as well)|inconsistent(?:ly)?|variable|variability|vary|varies|too (?:long|slow|many|few|much|brief|late|early)|lacks?|lacking|insufficient(?:ly)?|weak(?:er|ness|nesses)?|poor(?:er|ly)?|delays?|delayed|drift|does not|do not|did not|is not|are not|has not|have not|cannot|no (?:clear|formal)|requires? (?:further )?improvement|more (?:work )?(?:is needed|needs to be done|to do)|limited|gaps?|shortfalls?|disjointed|declined|deteriorat\w*|struggl\w*|challenge for)\b/gi;

/** Words that say a weakness was dealt with. */
const ADDRESSED =
  /\b(?:improved|improving|improvement since|has improved|have improved|strengthened|now|effective(?:ly)?|good|strong(?:ly)?|well|robust|thorough|high[- ]quality|excellent|outstanding|timely|promptly|swift(?:ly)?|consistently|appropriate(?:ly)?|significant(?:ly)? improved|addressed|strength|embedded|established|comprehensive|clear(?:ly)?)\b/gi;

const count = (re: RegExp, text: string) => (text.match(re) ?? []).length;

export interface StatusOptions {
  /** A list item of the draft's own improvement list scoring at least this re-lists the item. */
  relistThreshold: number;
  /** Read the words around the evidence (otherwise: re-listed is still an issue, anything else addressed). */
  useCues: boolean;
}

/** The status from the evidence (units above the matcher's threshold, best first). */
export function decideStatus(evidence: readonly ScoredUnit[], options: StatusOptions): ItemStatus {
  if (!evidence.length) return 'not-mentioned';
  if (evidence.some((e) => e.unit.inImprovementList && e.score >= options.relistThreshold)) return 'still-an-issue';
  if (!options.useCues) return 'addressed';
  let balance = 0;
  // The words of the best evidence, and of any nearly as good: weaker matches are often about something else.
  const best = evidence[0].score;
  for (const e of evidence.filter((x) => x.score >= best * 0.8)) {
    if (e.unit.inImprovementList) continue;
    const still = count(STILL, e.unit.text);
    const addressed = count(ADDRESSED, e.unit.text);
    // "However, …" turns a sentence: what follows it counts for more.
    const turn = /\b(?:however|but|although|while|despite)\b/i.test(e.unit.text) ? 0.5 : 0;
    balance += e.score * (still * (1 + turn) - addressed);
  }
  return balance > 0 ? 'still-an-issue' : 'addressed';
}
