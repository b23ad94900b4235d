import { isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Letter, PreviousLetter } from '../engine';
import { councilOf, inspectionDate, previousLink, resolveLinkPath, selectPreviousLetter } from '../engine/followup';
import { toPath, type WorkspaceLetters } from './workspace-letters';

/**
 * Chooses the previous inspection's letter for a draft: the file named by the
 * `inspectionLetters.previousLetter` setting, else the engine's choice among the workspace's letters
 * (the draft's `<!-- letter-check previous: path -->` link, or the latest earlier letter of the same
 * council). The choice is remembered until the draft's council, dates or link, or any candidate, change.
 */
export class PreviousLetters {
  private readonly memo = new Map<string, { key: string; previous?: PreviousLetter }>();

  constructor(private readonly letters: WorkspaceLetters) {}

  find(draftUri: string, draft: Letter, setting: string, workspaceFolders: readonly string[], maxFileSizeKb: number): PreviousLetter | undefined {
    if (setting) return this.fromSetting(draftUri, setting, workspaceFolders, maxFileSizeKb);
    const link = previousLink(draft);
    if (link) {
      // A linked letter outside the workspace is read on demand.
      const target = resolveLinkPath(draftUri, link.path);
      if (target.startsWith('file:') && this.letters.text(target) === undefined) this.letters.readFile(target, maxFileSizeKb);
    }
    // The council as written: selection reads its designation too (Derby City Council is not Derby County Council).
    const key = [councilOf(draft), inspectionDate(draft)?.getTime(), link?.path, this.letters.candidatesKey(draftUri)].join('\n');
    const hit = this.memo.get(draftUri);
    if (hit && hit.key === key) return hit.previous;
    const previous = selectPreviousLetter(draft, this.letters.candidateIndex(), { draftUri });
    this.memo.set(draftUri, { key, previous });
    return previous;
  }

  forget(draftUri: string): void {
    this.memo.delete(draftUri);
  }

  private fromSetting(draftUri: string, setting: string, workspaceFolders: readonly string[], maxFileSizeKb: number): PreviousLetter | undefined {
    const path = isAbsolute(setting) || !workspaceFolders.length ? setting : join(toPath(workspaceFolders[0]), setting);
    const uri = pathToFileURL(path).toString();
    if (uri === draftUri) return undefined;
    if (this.letters.text(uri) === undefined) this.letters.readFile(uri, maxFileSizeKb);
    const letter = this.letters.letter(uri);
    return letter ? { uri, letter } : undefined;
  }
}
