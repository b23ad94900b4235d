import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, normalize, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
// Required, not imported: its ES module build (and fdir's) reads import.meta.url, which a CommonJS bundle lacks.
import tinyglobby = require('tinyglobby');

/**
 * Finds the files to check: files named on the command line, the letters inside named folders, the
 * files quoted globs match, less those `!globs` name and those an ignore rule leaves out.
 */

export interface Discovery {
  files: string[];
  /**
   * PDFs named or found in the folders given: not checked, but read (before the checking starts) as
   * candidates for the drafts' previous documents, as Ofsted publishes them.
   */
  pdfs: string[];
  /** Whether `-` (standard input) was named. */
  stdin: boolean;
  /** Problems with the paths given, in plain words. */
  errors: string[];
  /** Notes that are not errors (a folder whose letters are all ignored). */
  notes: string[];
}

export interface DiscoverOptions {
  /** Whether a file is left out by an ignore file or the configuration; none without it. */
  isIgnored?: (path: string) => boolean;
}

const LETTER_FILE = /\.(?:letter|txt)$/i;
const PDF_FILE = /\.pdf$/i;

function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

function walk(dir: string, out: string[], pdfs: string[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!isSkippedFolder(entry.name)) walk(path, out, pdfs);
    } else if (PDF_FILE.test(entry.name)) {
      if (entry.isFile()) pdfs.push(path);
    } else if (LETTER_FILE.test(entry.name)) {
      // A symbolic link counts when it leads to a file; links to folders are not followed (no loops).
      if (entry.isFile() || (entry.isSymbolicLink() && statSync(path, { throwIfNoEntry: false })?.isFile())) out.push(path);
    }
  }
}

export function discoverFiles(paths: readonly string[], options: DiscoverOptions = {}): Discovery {
  // Paths and globs are read from the working folder, and files listed as they were given.
  const cwd = process.cwd();
  const at = (p: string) => resolve(cwd, p);
  const files = new Set<string>();
  const pdfs = new Set<string>();
  const errors: string[] = [];
  const notes: string[] = [];
  let stdin = false;
  const negations = paths.filter((p) => p.length > 1 && p.startsWith('!')).map((p) => p.slice(1));
  const excluded = negations.length ? picomatch(negations, { dot: true }) : () => false;
  const keep = (path: string) => !excluded(relative(cwd, at(path)).split(sep).join('/')) && !excluded(path.split(sep).join('/'));
  const add = (all: readonly string[], named: string, nothing: string) => {
    for (const f of all) if (PDF_FILE.test(f) && keep(f) && !options.isIgnored?.(at(f))) pdfs.add(f);
    const found = all.filter((f) => !PDF_FILE.test(f));
    if (!found.length && all.length) return;
    const kept = found.filter(keep);
    const checked = options.isIgnored ? kept.filter((f) => !options.isIgnored!(at(f))) : kept;
    if (!found.length) errors.push(`${named}: ${nothing}`);
    else if (!checked.length && kept.length) notes.push(`${named}: every file here is ignored (by .gitignore, .letter-checkignore or a configuration's "ignore"); --no-ignore checks them`);
    for (const f of checked) files.add(f);
  };
  for (const given of paths) {
    if (given === '-') {
      stdin = true;
      continue;
    }
    if (given.length > 1 && given.startsWith('!')) continue;
    // `./a.letter` and `a.letter` are one file, listed once.
    const path = normalize(given);
    const stat = statSync(at(path), { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      const found: string[] = [];
      const pdfsHere: string[] = [];
      walk(path, found, pdfsHere);
      for (const f of pdfsHere) if (keep(f) && !options.isIgnored?.(at(f))) pdfs.add(f);
      add(found, path, 'no *.letter or *.txt files in this folder');
    } else if (stat) {
      add([path], path, '');
    } else if (tinyglobby.isDynamicPattern(given)) {
      const found = tinyglobby.globSync(given, { cwd, onlyFiles: true, ignore: ['**/node_modules/**'], expandDirectories: false }).map(normalize);
      add(found, given, 'no files match this pattern');
    } else {
      errors.push(`${path}: no such file or folder`);
    }
  }
  const sorted = (set: Set<string>) => [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { files: sorted(files), pdfs: sorted(pdfs), stdin, errors, notes };
}
