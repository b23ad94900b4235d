/**
 * node:url for the web worker (the browser bundle resolves it here): the two conversions between
 * file: URLs and POSIX paths that the server uses, on the worker's own URL class. In a browser the
 * documents are rarely file: ones (vscode-remote:, vscode-vfs:, untitled:); the server converts only those.
 */

export function fileURLToPath(url: string | URL): string {
  const parsed = typeof url === 'string' ? new URL(url) : url;
  if (parsed.protocol !== 'file:') throw new TypeError(`The URL must be of scheme file: ${parsed.href}`);
  return decodeURIComponent(parsed.pathname);
}

export function pathToFileURL(path: string): URL {
  const url = new URL('file:///');
  // The pathname setter percent-encodes what a URL cannot hold; '%', '?' and '#' it would read as syntax.
  url.pathname = path.replace(/%/g, '%25').replace(/\?/g, '%3F').replace(/#/g, '%23');
  return url;
}
