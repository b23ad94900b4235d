import type { DocumentWorkspace } from './service';

/**
 * A workspace held in memory: documents by URI (`file:///w/a.letter`, or plain paths), links resolved
 * as relative URLs or paths. For the tests, and for hosts whose documents are all in hand.
 */
export function memoryWorkspace(documents: Record<string, string>): DocumentWorkspace & { set(uri: string, text: string | undefined): void } {
  const docs = new Map(Object.entries(documents));
  let version = 0;
  return {
    documents: () => [...docs].map(([uri, text]) => ({ uri, text })),
    read: (uri) => docs.get(uri),
    resolveLink(fromUri, path) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return path;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(fromUri)) return new URL(path, fromUri).href;
      return fromUri.slice(0, fromUri.lastIndexOf('/') + 1) + path;
    },
    get version() {
      return version;
    },
    set(uri, text) {
      if (text === undefined) docs.delete(uri);
      else docs.set(uri, text);
      version++;
    },
  };
}
