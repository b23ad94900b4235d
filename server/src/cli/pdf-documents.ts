import { statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parsePreviousDirective } from '../engine/followup/previous-letter';
import { readPdfFile } from '../host/pdf';
import type { LoadedFile } from './files';

/**
 * The PDFs the command line reads before it checks anything: reading a PDF is asynchronous (PDF.js),
 * checking is not, so every PDF a draft may follow up is read first and its text handed to the
 * workspace like any other document. Named by `--previous` or a configuration's "previous", by a
 * draft's link line, or found among the paths given.
 */

export const isPdf = (path: string) => /\.pdf$/i.test(path);

const DIRECTIVE = /<!--\s*letter-check\s+(previous\b[^]*?)-->/gi;

/** The PDFs the files' link lines name, resolved against each file's folder as the workspace resolves links. */
export function linkedPdfs(files: readonly LoadedFile[]): string[] {
  const out: string[] = [];
  for (const file of files) {
    if (!file.text.includes('letter-check')) continue;
    for (const m of file.text.matchAll(DIRECTIVE)) {
      const path = parsePreviousDirective(m[1]);
      if (path && isPdf(path)) out.push(isAbsolute(path) ? path : join(dirname(file.path), path));
    }
  }
  return out;
}

export interface PdfDocuments {
  /** The texts read, by the path each was named by (as the workspace knows documents). */
  documents: LoadedFile[];
  /** The PDFs that could not be read, by resolved path: the reason in plain words. */
  problems: Map<string, string>;
}

/** Reads each PDF once (by resolved path), one after another: PDF.js is one library in one thread. */
export async function readPdfDocuments(paths: readonly string[]): Promise<PdfDocuments> {
  const documents: LoadedFile[] = [];
  const problems = new Map<string, string>();
  const seen = new Set<string>();
  for (const path of paths) {
    const key = resolve(path);
    if (seen.has(key)) continue;
    seen.add(key);
    const missing = fileProblem(path);
    if (missing) {
      problems.set(key, missing);
      continue;
    }
    try {
      const read = await readPdfFile(path);
      documents.push({ path, text: read.text, encoding: 'utf8' });
    } catch (error) {
      problems.set(key, error instanceof Error ? error.message : String(error));
    }
  }
  return { documents, problems };
}

/** Why a file cannot be read, in the words the command line uses for text files; undefined when it is there. */
export function fileProblem(path: string): string | undefined {
  try {
    return statSync(path).isDirectory() ? `${path}: is a folder` : undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return `${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : 'cannot be read'}`;
  }
}
