import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { DocumentWorkspace } from '../engine/service';
import { readLetterFile, type LoadedFile } from './files';

/** The command line's workspace: the files it was given, by their paths as given, and any file a link names. */

/** The files checked are the candidates for each other's previous document; a linked file is read from disk. */
export function cliWorkspace(files: readonly LoadedFile[]): DocumentWorkspace {
  const byPath = new Map(files.map((f) => [resolve(f.path), f]));
  return {
    documents: () => files.map((f) => ({ uri: f.path, text: f.text })),
    read(uri) {
      const loaded = byPath.get(resolve(uri));
      if (loaded) return loaded.text;
      if (!existsSync(uri)) return undefined;
      const read = readLetterFile(uri);
      return read.ok ? read.file.text : undefined;
    },
    resolveLink: (fromUri, path) => (isAbsolute(path) ? path : join(dirname(fromUri), path)),
    // The files do not change during a run.
    version: 0,
  };
}
