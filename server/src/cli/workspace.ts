import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { DocumentWorkspace } from '../engine/service';
import { readLetterFile, type LoadedFile } from './files';
import { isPdf } from './pdf-documents';

/** The command line's workspace: the files it was given, by their paths as given, and any file a link names. */

/**
 * The files checked are the candidates for each other's previous document, with the PDFs read before
 * the checking (`documents`: named by --previous, a link line, or found among the paths given); a
 * linked text file is read from disk. A PDF that was not read beforehand is not read here (reading one
 * is asynchronous): it counts as unreadable.
 */
export function cliWorkspace(files: readonly LoadedFile[], documents: readonly LoadedFile[] = []): DocumentWorkspace {
  const all = [...files, ...documents];
  const byPath = new Map(all.map((f) => [resolve(f.path), f]));
  return {
    documents: () => all.map((f) => ({ uri: f.path, text: f.text })),
    read(uri) {
      const loaded = byPath.get(resolve(uri));
      if (loaded) return loaded.text;
      if (isPdf(uri) || !existsSync(uri)) return undefined;
      const read = readLetterFile(uri);
      return read.ok ? read.file.text : undefined;
    },
    resolveLink: (fromUri, path) => (isAbsolute(path) ? path : join(dirname(fromUri), path)),
    // The files do not change during a run.
    version: 0,
  };
}
