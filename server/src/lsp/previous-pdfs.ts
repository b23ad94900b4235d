import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readPdfFile } from '../host/pdf';
import { toPath } from './workspace-letters';

/**
 * The PDFs a draft may follow up (Ofsted publishes its letters and reports as PDF), read into text
 * in the server's process (host/pdf.ts, unpdf) and kept. Reading is asynchronous and never done on
 * the typing path: a PDF asked for (named by a link line or the setting) or found in the workspace is
 * queued, read one at a time (PDF.js yields between pages, so edits and diagnostics go on
 * meanwhile), and `onRead` is called when its text (or its problem) is known; meanwhile the PDF
 * counts as pending, not as unreadable. A text is kept until the file's size or time changes.
 */

export const isPdf = (uri: string) => /\.pdf$/i.test(uri.replace(/[?#].*$/, ''));

/** PDFs larger than this are not read (Ofsted's are under 1 MB; this leaves room for scanned ones). */
const MAX_PDF_BYTES = 20 * 1024 * 1024;
/** The most PDFs found in the workspace that are read (a folder of every report ever published is not all read). */
const MAX_WORKSPACE_PDFS = 200;
const MAX_DEPTH = 8;
const SKIP_DIR = /^(?:\.|node_modules$|dist$|out$)/;

interface Entry {
  /** The file's size and modification time when read: a change reads it again. */
  stamp: string;
  text?: string;
  problem?: string;
  pending: boolean;
}

export class PreviousPdfs {
  private readonly entries = new Map<string, Entry>();
  /** The PDFs found by the last scan of the workspace folders (candidates for every draft). */
  private found: string[] = [];
  private queue: Promise<void> = Promise.resolve();
  /** Changes whenever a text is read or forgotten (the workspace's version includes it). */
  version = 0;

  constructor(
    private readonly onRead: (uri: string) => void,
    private readonly log: (message: string) => void = () => {},
    private readonly read: typeof readPdfFile = readPdfFile,
  ) {}

  /** The PDF's text when it has been read; otherwise it is queued (unless it cannot be read) and undefined. */
  text(uri: string): string | undefined {
    const stamp = stampOf(uri);
    const entry = this.entries.get(uri);
    if (entry && (entry.pending || entry.stamp === stamp)) return entry.text;
    if (stamp === undefined) {
      if (entry) this.forget(uri);
      return undefined;
    }
    // A PDF changed on disk keeps its old text until the new one is read.
    this.enqueue(uri, stamp);
    return this.entries.get(uri)?.text;
  }

  /** Whether the PDF is being read (or waits to be): a link to it is not broken yet. */
  isPending(uri: string): boolean {
    return !!this.entries.get(uri)?.pending;
  }

  /** A PDF being read or waiting to be, if any. */
  anyPending(): string | undefined {
    for (const [uri, entry] of this.entries) if (entry.pending) return uri;
    return undefined;
  }

  /** Why the PDF could not be read, once its reading failed. */
  problem(uri: string): string | undefined {
    return this.entries.get(uri)?.problem;
  }

  /** The workspace's PDFs that have been read, with their texts (candidates for a draft's previous document). */
  *documents(): Iterable<{ uri: string; text: string }> {
    for (const uri of this.found) {
      const text = this.entries.get(uri)?.text;
      if (text !== undefined) yield { uri, text };
    }
  }

  /** Finds the PDFs under the folders (URIs or paths) and queues those not read yet. Never throws. */
  scan(folders: readonly string[]): number {
    const found: string[] = [];
    const walk = (dir: string, depth: number) => {
      if (depth > MAX_DEPTH || found.length >= MAX_WORKSPACE_PDFS) return;
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return;
      }
      for (const name of names) {
        if (found.length >= MAX_WORKSPACE_PDFS) return;
        const path = join(dir, name);
        if (isPdf(name)) {
          found.push(pathToFileURL(path).toString());
          continue;
        }
        if (SKIP_DIR.test(name)) continue;
        try {
          if (statSync(path).isDirectory()) walk(path, depth + 1);
        } catch {
          // Gone, or not ours to read.
        }
      }
    };
    for (const folder of folders) walk(toPath(folder), 0);
    const gone = this.found.filter((uri) => !found.includes(uri));
    this.found = found;
    for (const uri of found) this.text(uri);
    if (gone.length) this.version++;
    return found.length;
  }

  /** Resolves once every PDF queued so far has been read (for tests and the measurements). */
  idle(): Promise<void> {
    return this.queue;
  }

  private forget(uri: string): void {
    this.entries.delete(uri);
    this.version++;
  }

  private enqueue(uri: string, stamp: string): void {
    const entry: Entry = { stamp, pending: true, text: this.entries.get(uri)?.text };
    this.entries.set(uri, entry);
    this.queue = this.queue.then(async () => {
      const started = Date.now();
      try {
        const read = await this.read(toPath(uri), { maxBytes: MAX_PDF_BYTES });
        entry.text = read.text;
        entry.problem = undefined;
        this.log(`Read ${uri} (${read.pages} pages) in ${Date.now() - started} ms.`);
      } catch (error) {
        entry.text = undefined;
        entry.problem = error instanceof Error ? error.message : String(error);
        this.log(`Could not read ${uri}: ${entry.problem}`);
      }
      entry.pending = false;
      this.version++;
      try {
        this.onRead(uri);
      } catch (error) {
        this.log(`After reading ${uri}: ${String(error)}`);
      }
    });
  }
}

function stampOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    const info = statSync(toPath(uri));
    return info.isFile() ? `${info.size}:${info.mtimeMs}` : undefined;
  } catch {
    return undefined;
  }
}
