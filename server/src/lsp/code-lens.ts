import type { CodeLens } from 'vscode-languageserver';
import type { Analysis, PreviousLetter } from '../engine';
import { describePrevious } from './followup-text';

/**
 * The code lens on the first previous-inspection paragraph: which previous letter the follow-up
 * checks compare the draft with (a click opens it), or that none was found and how to name one.
 */

/** Opens a letter at a line (registered by the client: client/src/commands.ts). */
export const OPEN_LETTER_COMMAND = 'inspectionLetters.openLetter';
/** VS Code's own command, opened at the setting that names the previous letter. */
export const OPEN_SETTINGS_COMMAND = 'workbench.action.openSettings';

export function codeLenses(analysis: Analysis, previous: PreviousLetter | undefined): CodeLens[] {
  const { letter } = analysis;
  const paragraph = letter.partsById('previousInspection')[0];
  if (!paragraph) return [];
  const line = letter.source.lineAt(paragraph.span.start).index;
  const range = { start: { line, character: 0 }, end: { line, character: 0 } };
  if (previous) {
    return [{ range, command: { title: `Previous letter: ${describePrevious(previous)}`, command: OPEN_LETTER_COMMAND, arguments: [previous.uri, 0] } }];
  }
  return [
    {
      range,
      command: {
        title: 'No previous letter found: name it with a line <!-- letter-check previous: path --> or the inspectionLetters.previousLetter setting',
        command: OPEN_SETTINGS_COMMAND,
        arguments: ['inspectionLetters.previousLetter'],
      },
    },
  ];
}
