import type { CodeLens } from 'vscode-languageserver';
import type { Analysis, PreviousLetter } from '../engine';
import type { PreviousLink } from '../engine/followup';
import { describePrevious } from './followup-text';

/**
 * The code lens naming the previous letter the follow-up checks compare the draft with (a click opens
 * it), or that none was found and how to name one. It sits on the first line, always: on the
 * previous-inspection paragraph it popped in half-way through typing a letter and pushed the text down.
 * It is shown once there is something to say: a previous letter found, a link written, or a paragraph
 * about the previous inspection.
 */

/** Opens a letter at a line (registered by the client: client/src/commands.ts). */
export const OPEN_LETTER_COMMAND = 'inspectionLetters.openLetter';
/** VS Code's own command, opened at the setting that names the previous letter. */
export const OPEN_SETTINGS_COMMAND = 'workbench.action.openSettings';

const TOP = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function codeLenses(analysis: Analysis, previous: PreviousLetter | undefined, unresolved?: { link: PreviousLink; draftUri: string }): CodeLens[] {
  const { letter } = analysis;
  if (previous) {
    return [{ range: TOP, command: { title: `Previous letter: ${describePrevious(previous)}`, command: OPEN_LETTER_COMMAND, arguments: [previous.uri, 0] } }];
  }
  if (unresolved) {
    return [
      {
        range: TOP,
        command: {
          title: `Previous letter not found: ${unresolved.link.path} (no such letter; correct the path in the link)`,
          command: OPEN_LETTER_COMMAND,
          arguments: [unresolved.draftUri, unresolved.link.line],
        },
      },
    ];
  }
  if (!letter.partsById('previousInspection').length) return [];
  return [
    {
      range: TOP,
      command: {
        title: 'No previous letter found: name it with a line <!-- letter-check previous: path --> or the inspectionLetters.previousLetter setting',
        command: OPEN_SETTINGS_COMMAND,
        arguments: ['inspectionLetters.previousLetter'],
      },
    },
  ];
}
