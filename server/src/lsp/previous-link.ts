import type { Letter, PreviousLetter } from '../engine';
import { previousLink, type PreviousLink } from '../engine/followup';

/**
 * A `<!-- letter-check previous: path -->` link that names no readable document turns the automatic
 * search off and with it every follow-up check. The engine's previous-link-broken rule says so on the
 * link line (the server tells it which link did not resolve); the code lens and the status item say so too.
 */

/** The draft's link when it was not resolved to a letter (and the setting did not name one instead). */
export function unresolvedLink(letter: Letter, previous: PreviousLetter | undefined, settingNamesPrevious: boolean): PreviousLink | undefined {
  if (previous || settingNamesPrevious) return undefined;
  return previousLink(letter);
}
