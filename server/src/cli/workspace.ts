import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { DocumentWorkspace } from '../engine/service';
import { decodeLetter, type Encoding } from './encoding';

/** The command line's workspace: the files it was given, by their paths as given, and any file a link names. */

export interface LoadedFile {
  path: string;
  text: string;
  encoding: Encoding;
}

/** Reads a letter file, or says plainly why it cannot be read. */
export function readLetterFile(path: string): { ok: true; file: LoadedFile } | { ok: false; error: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : 'cannot be read';
    return { ok: false, error: `${path}: ${why}` };
  }
  const decoded = decodeLetter(bytes);
  if (!decoded.ok) return { ok: false, error: `${path}: ${decoded.error}` };
  return { ok: true, file: { path, text: decoded.text, encoding: decoded.encoding } };
}

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
