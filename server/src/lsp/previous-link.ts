import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { Letter, PreviousLetter } from '../engine';
import { previousLink, type PreviousLink } from '../engine/followup';
import { DIAGNOSTIC_SOURCE } from './convert';

/**
 * A `<!-- letter-check previous: path -->` link that names no readable document turns the automatic
 * search off and with it every follow-up check: the editor says so on the link line, rather than
 * failing silently. (The engine leaves a link unresolved without a word: it cannot know whether a file exists.)
 */

export const LINK_NOT_FOUND = 'previous-link-not-found';

/** The draft's link when it was not resolved to a letter (and the setting did not name one instead). */
export function unresolvedLink(letter: Letter, previous: PreviousLetter | undefined, settingNamesPrevious: boolean): PreviousLink | undefined {
  if (previous || settingNamesPrevious) return undefined;
  return previousLink(letter);
}

export function linkNotFoundDiagnostic(letter: Letter, link: PreviousLink): LspDiagnostic {
  return {
    range: letter.source.rangeOf(link.span),
    severity: DiagnosticSeverity.Warning,
    code: LINK_NOT_FOUND,
    source: DIAGNOSTIC_SOURCE,
    message: `No letter found at '${link.path}' (a path from this letter's folder): the checks against the previous inspection's letter are off until the link names a letter that exists.`,
  };
}
