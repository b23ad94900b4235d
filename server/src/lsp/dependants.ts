import type { Letter } from '../engine';
import { councilKey, councilOf, previousLink, readCouncil, resolveLinkPath } from '../engine/followup';

/**
 * Which open drafts depend on which letters, so that a change to one letter re-checks exactly the
 * drafts it can affect: those that used it as their previous letter, those whose link names it, and
 * those of its council (before or after the change), for which it may now be (or no longer be) the
 * latest earlier letter. A draft without a council or a link can have no previous letter to gain.
 */

interface DraftDependency {
  previous?: string;
  link?: string;
  council?: string;
}

export class Dependants {
  private readonly drafts = new Map<string, DraftDependency>();
  /** The council each letter was last seen with (drafts and changed letters), to know what a change moved it from. */
  private readonly councils = new Map<string, string>();

  /** After a draft's analysis: what it used and what it could use. */
  record(draftUri: string, draft: Letter, previousUri: string | undefined): void {
    const link = previousLink(draft);
    const council = councilKeyOf(draft);
    this.drafts.set(draftUri, { previous: previousUri, link: link && sameUri(resolveLinkPath(draftUri, link.path)), council });
    this.remember(draftUri, council);
  }

  forget(draftUri: string): void {
    this.drafts.delete(draftUri);
  }

  /**
   * The drafts to check again after `changedUri` changed (edited, opened, closed, created, renamed or
   * deleted); `after` is the council (key) its text names now (undefined when it is gone or names none).
   */
  affectedBy(changedUri: string, after: string | undefined): string[] {
    const before = this.councils.get(changedUri);
    this.remember(changedUri, after);
    const changed = sameUri(changedUri);
    const out: string[] = [];
    for (const [uri, d] of this.drafts) {
      if (uri === changedUri) continue;
      const councilMatches = d.council !== undefined && (d.council === before || d.council === after);
      if (d.previous === changedUri || d.link === changed || councilMatches) out.push(uri);
    }
    return out;
  }

  private remember(uri: string, council: string | undefined): void {
    if (council === undefined) this.councils.delete(uri);
    else this.councils.set(uri, council);
  }
}

function councilKeyOf(letter: Letter): string | undefined {
  const written = councilOf(letter);
  return written === undefined ? undefined : councilKey(readCouncil(written));
}

/** URIs compared as the link resolution writes them (percent-encoding and case of file URIs aside). */
function sameUri(uri: string): string {
  try {
    return decodeURIComponent(uri).toLowerCase();
  } catch {
    return uri.toLowerCase();
  }
}
