import type { Letter, PreviousLetter } from '../engine';
import { previousLink, resolveLinkPath, type PreviousLink } from '../engine/followup';
import { settingPreviousUri } from './previous-letter';

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

/** The PDFs the server is reading (previous-pdfs.ts), as far as the waiting below asks. */
export interface PdfsBeingRead {
  isPending(uri: string): boolean;
  anyPending(): string | undefined;
}

/**
 * Where a draft's previous document stands when none is in use: a PDF it names (by its link or the
 * setting) still being read, or, naming none, any PDF being read that may be it; else a link that names
 * nothing readable. The follow-up view and the status item say the same.
 */
export function previousWaiting(
  draft: { uri: string; letter: Letter; setting?: string },
  previous: PreviousLetter | undefined,
  pdfs: PdfsBeingRead,
  workspaceFolders: readonly string[],
): { reading?: string; notFound?: string } {
  const link = unresolvedLink(draft.letter, previous, !!draft.setting);
  const wanted = draft.setting ? settingPreviousUri(draft.setting, workspaceFolders) : link && resolveLinkPath(draft.uri, link.path);
  if (wanted && pdfs.isPending(wanted)) return { reading: wanted };
  if (link) return { notFound: link.path };
  const any = previous || draft.setting ? undefined : pdfs.anyPending();
  return any ? { reading: any } : {};
}
