/**
 * node:fs for the web worker (the browser bundle resolves it here). A worker has no file system: every
 * read fails as for a missing file, which the server already handles (a .letter-words or
 * .letter-check.json that is not there, a folder that cannot be listed), so the workspace is the open
 * documents only. Only the functions the server imports are here: the build fails on any other.
 */

function missing(path: unknown): Error {
  return Object.assign(new Error(`ENOENT: there is no file system in a web worker: '${String(path)}'`), { code: 'ENOENT' });
}

export function readFileSync(path: unknown): never {
  throw missing(path);
}

export function readdirSync(path: unknown): never {
  throw missing(path);
}

export function statSync(path: unknown, options?: { throwIfNoEntry?: boolean }): undefined {
  if (options?.throwIfNoEntry === false) return undefined;
  throw missing(path);
}
