import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, normalize } from 'node:path';

/** Finds the files to check: files named on the command line, and the letters inside named folders. */

export interface Discovery {
  files: string[];
  /** Problems with the paths given, in plain words. */
  errors: string[];
}

const LETTER_FILE = /\.(?:letter|txt)$/i;

function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

function walk(dir: string, out: string[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!isSkippedFolder(entry.name)) walk(path, out);
    } else if (LETTER_FILE.test(entry.name)) {
      // A symbolic link counts when it leads to a file; links to folders are not followed (no loops).
      if (entry.isFile() || (entry.isSymbolicLink() && statSync(path, { throwIfNoEntry: false })?.isFile())) out.push(path);
    }
  }
}

export function discoverFiles(paths: readonly string[]): Discovery {
  const files = new Set<string>();
  const errors: string[] = [];
  for (const given of paths) {
    // `./a.letter` and `a.letter` are one file, listed once.
    const path = normalize(given);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) {
      errors.push(`${path}: no such file or folder`);
    } else if (stat.isDirectory()) {
      const found: string[] = [];
      walk(path, found);
      if (!found.length) errors.push(`${path}: no *.letter or *.txt files in this folder`);
      for (const f of found) files.add(f);
    } else {
      files.add(path);
    }
  }
  return { files: [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), errors };
}
