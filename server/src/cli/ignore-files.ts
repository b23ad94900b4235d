import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/**
 * `.gitignore` and `.letter-checkignore` files, read as git reads `.gitignore`: each applies to the
 * files below its folder, up to the top of the repository (the folder holding `.git`). Within a folder,
 * `.letter-checkignore` comes after `.gitignore`, so `!pattern` there checks a file git ignores.
 */

export const IGNORE_FILES = ['.gitignore', '.letter-checkignore'] as const;

export class IgnoreFiles {
  private readonly byFolder = new Map<string, Ignore | null>();
  private readonly tops = new Map<string, boolean>();

  isIgnored(path: string): boolean {
    const file = resolve(path);
    for (let folder = dirname(file); ; folder = dirname(folder)) {
      const matcher = this.matcherOf(folder);
      if (matcher && matcher.ignores(relative(folder, file).split(sep).join('/'))) return true;
      if (this.isRepositoryTop(folder) || dirname(folder) === folder) return false;
    }
  }

  private matcherOf(folder: string): Ignore | null {
    let matcher = this.byFolder.get(folder);
    if (matcher !== undefined) return matcher;
    matcher = null;
    for (const name of IGNORE_FILES) {
      let text: string;
      try {
        text = readFileSync(join(folder, name), 'utf8');
      } catch {
        continue;
      }
      (matcher ??= ignore()).add(text);
    }
    this.byFolder.set(folder, matcher);
    return matcher;
  }

  private isRepositoryTop(folder: string): boolean {
    let top = this.tops.get(folder);
    if (top === undefined) this.tops.set(folder, (top = statSync(join(folder, '.git'), { throwIfNoEntry: false }) !== undefined));
    return top;
  }
}
