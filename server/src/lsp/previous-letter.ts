import { isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Letter, PreviousLetter } from '../engine';
import { toPath, type WorkspaceLetters } from './workspace-letters';

/**
 * Chooses the previous inspection's letter for a draft: the file named by the
 * `inspectionLetters.previousLetter` setting, or else the best candidate among the workspace's letters.
 */
export function previousLetterFor(
  draftUri: string,
  draft: Letter,
  letters: WorkspaceLetters,
  setting: string,
  workspaceFolders: readonly string[],
  maxFileSizeKb: number,
): PreviousLetter | undefined {
  if (setting) {
    const path = isAbsolute(setting) || !workspaceFolders.length ? setting : join(toPath(workspaceFolders[0]), setting);
    const uri = pathToFileURL(path).toString();
    if (uri === draftUri) return undefined;
    if (letters.letter(uri) === undefined) letters.readFile(uri, maxFileSizeKb);
    const letter = letters.letter(uri);
    return letter ? { uri, letter } : undefined;
  }
  return pickPrevious(draft, letters.letters().filter((c) => c.uri !== draftUri));
}

/**
 * The candidate of the same council whose inspection came before the draft's, preferring the one in
 * the month and year the draft names as its previous inspection, else the latest earlier one.
 */
export function pickPrevious(draft: Letter, candidates: readonly PreviousLetter[]): PreviousLetter | undefined {
  const council = councilKey(draft);
  const draftStart = draft.values.inspectionDays?.value.first.date;
  if (!council || !draftStart) return undefined;
  const named = draft.values.previousInspections.map((p) => monthKey(p.value));
  let best: { candidate: PreviousLetter; score: number; time: number } | undefined;
  for (const candidate of candidates) {
    if (councilKey(candidate.letter) !== council) continue;
    const start = candidate.letter.values.inspectionDays?.value.first.date;
    if (!start || start.getTime() >= draftStart.getTime()) continue;
    const score = named.includes(monthKey(start)) ? 1 : 0;
    const time = start.getTime();
    if (!best || score > best.score || (score === best.score && time > best.time)) best = { candidate, score, time };
  }
  return best?.candidate;
}

function councilKey(letter: Letter): string | undefined {
  const c = letter.values.council;
  return (c.title ?? c.opening ?? c.addressee)?.value.toLowerCase().replace(/\s+/g, ' ').trim();
}

function monthKey(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth()}`;
}
