import { isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveLinkPath } from '../engine/followup';
import type { DocumentWorkspace } from '../engine/service';
import { isPdf, type PreviousPdfs } from './previous-pdfs';
import { toPath, type WorkspaceLetters } from './workspace-letters';

/**
 * The workspace as the server shows it to the engine's service, which chooses a draft's previous
 * document (`previousFor`, the same choice letter-check makes): the workspace's letters (open text
 * winning over the file on disk), the PDFs read so far, and any file a link names, read on demand
 * (a text file at once, a PDF in the background: see previous-pdfs.ts).
 */
export function serverWorkspace(letters: WorkspaceLetters, pdfs: PreviousPdfs, maxFileSizeKb: () => number): DocumentWorkspace & { analysing(uri: string): void } {
  // The service keeps its index of candidates while the version stays the same.
  let seen = '';
  let version = 0;
  let draftUri = '';
  return {
    /**
     * The draft whose previous document is chosen next. Its own edits do not change the version: the
     * service leaves a draft out of its own candidates, so the index need not be built again (and
     * every candidate's kind, council and date looked at again) for each keystroke typed in it.
     */
    analysing(uri) {
      draftUri = uri;
    },
    *documents() {
      yield* letters.candidates('');
      yield* pdfs.documents();
    },
    read(uri) {
      if (isPdf(uri)) return pdfs.text(uri);
      const known = letters.text(uri);
      if (known !== undefined || !uri.startsWith('file:')) return known;
      // A linked letter outside the workspace is read on demand.
      return letters.readFile(uri, maxFileSizeKb()) ? letters.text(uri) : undefined;
    },
    resolveLink: resolveLinkPath,
    get version() {
      // The changes to every letter but the draft's.
      const now = `${letters.candidatesKey(draftUri)}:${pdfs.version}`;
      if (now !== seen) {
        seen = now;
        version++;
      }
      return version;
    },
  };
}

/** The URI the `inspectionLetters.previousLetter` setting names: a path, absolute or relative to the first workspace folder. */
export function settingPreviousUri(setting: string, workspaceFolders: readonly string[]): string {
  const path = isAbsolute(setting) || !workspaceFolders.length ? setting : join(toPath(workspaceFolders[0]), setting);
  return pathToFileURL(path).toString();
}
