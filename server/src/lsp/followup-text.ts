import type { PreviousLetter } from '../engine';
import type { Area } from '../engine/followup/account';
import { kindName } from '../engine/followup/reading';

/** Words the editor features use about the previous letter (code lens, hovers, completion). */

/** The file name of a letter's URI (`derby-2010.letter`). */
export function letterName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** The previous letter's inspection days as it writes them (`2 and 3 November 2010`), if it names them. */
export function inspectionOf(previous: PreviousLetter): string | undefined {
  const days = previous.letter.values.inspectionDays;
  return days ? previous.letter.source.slice(days.span).replace(/\s+/g, ' ').trim() : undefined;
}

/** `derby-2010.letter (inspection 2 and 3 November 2010)`. */
export function describePrevious(previous: PreviousLetter): string {
  const inspection = inspectionOf(previous);
  return `${letterName(previous.uri)}${inspection ? ` (inspection ${inspection})` : ''}`;
}

export const NO_PREVIOUS =
  'No previous letter found: name it with a `<!-- letter-check previous: path -->` line in the draft or the `inspectionLetters.previousLetter` setting, or keep it in the workspace (same council, earlier inspection).';

/** Where a previous area is: its section, file and line (1-based, as editors show it). */
export function whereIs(area: Area, previous: PreviousLetter): string {
  const section = area.kind === 'priorityAction' ? 'Area for priority action' : 'Areas for development';
  return `${section}, ${letterName(previous.uri)} line ${area.range.start.line + 1}`;
}

export function areaKindName(area: Area): string {
  return kindName(area.kind);
}
