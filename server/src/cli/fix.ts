import { randomBytes } from 'node:crypto';
import { renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Saving a fixed letter safely (the fixing itself is the engine's: engine/fix.ts). */

/** Writes through a temporary file in the same folder, then renames it over the original. */
export function writeAtomically(path: string, bytes: Uint8Array): void {
  const mode = statSync(path, { throwIfNoEntry: false })?.mode;
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.letter-check.tmp`);
  try {
    writeFileSync(temporary, bytes, mode === undefined ? {} : { mode: mode & 0o7777 });
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Already gone: nothing to clean up.
    }
    throw error;
  }
}
