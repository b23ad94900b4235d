import { createTwoFilesPatch } from 'diff';

/** What --fix --dry-run prints: a unified diff per changed file, as `git apply` and `patch -p1` take it. */
export function unifiedDiff(path: string, before: string, after: string): string {
  const name = path.split('\\').join('/');
  const patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3 });
  // jsdiff opens with a line of '=' that is not part of the unified format.
  return patch.replace(/^=+\n/, '');
}
