import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readWordList } from '../engine/spelling/word-list';

/**
 * A team's own words for the spelling rule: a `.letter-words` file (words separated by spaces or line
 * breaks, `#` starts a comment), found like `.editorconfig`: the nearest one in the letter's folder or
 * a folder above it. The server and letter-check read the same file, so the editor and CI agree.
 */

export const WORDS_FILE = '.letter-words';

const NONE: ReadonlySet<string> = new Set();
/** Larger than any word list a team would keep: a bigger file is not read (it is not a word list). */
const MAX_BYTES = 1024 * 1024;

/**
 * Finds and reads words files, remembering each folder's answer until `forget` (the server calls it
 * when a words file changes; letter-check runs once and never needs to).
 */
export class WordsFiles {
  private readonly byFolder = new Map<string, { path?: string; words: ReadonlySet<string> }>();

  /** The words accepted for a letter at this path (empty when no words file is above it). */
  wordsFor(letterPath: string): ReadonlySet<string> {
    return this.forFolder(dirname(letterPath)).words;
  }

  /** The words file that serves a letter at this path, if any. */
  fileFor(letterPath: string): string | undefined {
    return this.forFolder(dirname(letterPath)).path;
  }

  forget(): void {
    this.byFolder.clear();
  }

  private forFolder(folder: string): { path?: string; words: ReadonlySet<string> } {
    const known = this.byFolder.get(folder);
    if (known) return known;
    const candidate = join(folder, WORDS_FILE);
    let found: { path?: string; words: ReadonlySet<string> } | undefined;
    try {
      const stat = statSync(candidate);
      if (stat.isFile()) found = { path: candidate, words: stat.size <= MAX_BYTES ? readWordList(readFileSync(candidate, 'utf8')) : NONE };
    } catch {
      // No words file here (or it cannot be read): look in the folder above.
    }
    const parent = dirname(folder);
    found ??= parent === folder ? { words: NONE } : this.forFolder(parent);
    this.byFolder.set(folder, found);
    return found;
  }
}
