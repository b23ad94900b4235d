import { readFileSync } from 'node:fs';
import { decodeLetter, type Encoding } from './encoding';

/** A letter read from disk (or standard input) with the encoding it is written back in. */
export interface LoadedFile {
  /** As given (or found), for the output; standard input goes by its --stdin-filename or '<stdin>'. */
  path: string;
  text: string;
  encoding: Encoding;
}

export function readLetterFile(path: string): { ok: true; file: LoadedFile } | { ok: false; error: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : 'cannot be read';
    return { ok: false, error: `${path}: ${why}` };
  }
  return decodeBytes(path, bytes);
}

export function decodeBytes(path: string, bytes: Uint8Array): { ok: true; file: LoadedFile } | { ok: false; error: string } {
  const decoded = decodeLetter(bytes);
  if (!decoded.ok) return { ok: false, error: `${path}: ${decoded.error}` };
  return { ok: true, file: { path, text: decoded.text, encoding: decoded.encoding } };
}
