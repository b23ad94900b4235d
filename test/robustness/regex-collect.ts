import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformSync } from 'esbuild';

/**
 * Collects the regular expressions the engine uses: literals found by scanning its source files
 * (TypeScript compiled to plain JavaScript with esbuild, then lexed just enough to tell a regex from a
 * division), and patterns built at run time with `new RegExp`, recorded by a spy on the constructor.
 */

export interface FoundRegex {
  source: string;
  flags: string;
  /** Where it came from: file, or `runtime`. */
  origin: string;
}

const ROOT = join(__dirname, '..', '..');

export function engineSourceFiles(dir = 'server/src/engine'): string[] {
  return (readdirSync(join(ROOT, dir), { recursive: true }) as string[])
    .map(String)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts') && !f.includes('testing'))
    .map((f) => join(ROOT, dir, f))
    .sort();
}

/** Characters after which a `/` starts a regular expression rather than dividing. */
const REGEX_AFTER = new Set(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+', '-', '*', '%', '<', '>', '~', '^', '']);
const REGEX_AFTER_WORDS = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await']);

/** Regex literals in JavaScript source. Handles strings, template literals, comments and classes. */
export function regexLiterals(js: string): { source: string; flags: string }[] {
  const found: { source: string; flags: string }[] = [];
  let prev = ''; // previous significant character, or word
  let i = 0;
  const n = js.length;
  const templateDepth: number[] = [];
  let braceDepth = 0;
  while (i < n) {
    const c = js[i];
    if (c === '/' && js[i + 1] === '/') {
      while (i < n && js[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && js[i + 1] === '*') {
      i = js.indexOf('*/', i + 2) + 2;
      if (i < 2) break;
      continue;
    }
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      i++;
      while (i < n && js[i] !== c) i += js[i] === '\\' ? 2 : 1;
      i++;
      prev = 'str';
      continue;
    }
    if (c === '`' || (c === '}' && templateDepth.length && templateDepth[templateDepth.length - 1] === braceDepth)) {
      if (c === '}') templateDepth.pop();
      i++;
      while (i < n && js[i] !== '`') {
        if (js[i] === '\\') i += 2;
        else if (js[i] === '$' && js[i + 1] === '{') {
          braceDepth++;
          templateDepth.push(braceDepth);
          i += 2;
          break;
        } else i++;
      }
      if (js[i] === '`') {
        i++;
        prev = 'str';
      } else prev = '{';
      continue;
    }
    if (c === '/') {
      if (REGEX_AFTER.has(prev) || REGEX_AFTER_WORDS.has(prev)) {
        let j = i + 1;
        let inClass = false;
        while (j < n && (js[j] !== '/' || inClass)) {
          if (js[j] === '\\') j++;
          else if (js[j] === '[') inClass = true;
          else if (js[j] === ']') inClass = false;
          else if (js[j] === '\n') break;
          j++;
        }
        const source = js.slice(i + 1, j);
        let k = j + 1;
        while (k < n && /[a-z]/.test(js[k])) k++;
        found.push({ source, flags: js.slice(j + 1, k) });
        i = k;
        prev = 'regex';
        continue;
      }
      i++;
      prev = '/';
      continue;
    }
    if (/[\w$]/.test(c)) {
      let j = i;
      while (j < n && /[\w$]/.test(js[j])) j++;
      prev = js.slice(i, j);
      i = j;
      continue;
    }
    if (c === '{') braceDepth++;
    if (c === '}') braceDepth--;
    prev = c;
    i++;
  }
  return found;
}

/** Every regex literal in the engine's source files. */
export function engineRegexLiterals(): FoundRegex[] {
  const out: FoundRegex[] = [];
  for (const file of engineSourceFiles()) {
    const ts = readFileSync(file, 'utf8');
    const { code } = transformSync(ts, { loader: 'ts', format: 'esm', target: 'es2022', minifyWhitespace: false });
    for (const r of regexLiterals(code)) out.push({ ...r, origin: relative(ROOT, file) });
  }
  return out;
}

/** Installs a spy on the RegExp constructor (before the engine is imported) and returns what it saw. */
export function spyOnRegExpConstructor(): FoundRegex[] {
  const seen: FoundRegex[] = [];
  const Original = RegExp;
  const Spy = new Proxy(Original, {
    construct(target, args, newTarget) {
      const made = Reflect.construct(target, args, newTarget) as RegExp;
      seen.push({ source: made.source, flags: made.flags, origin: 'runtime' });
      return made;
    },
    apply(target, thisArg, args) {
      const made = Reflect.apply(target, thisArg, args) as RegExp;
      seen.push({ source: made.source, flags: made.flags, origin: 'runtime' });
      return made;
    },
  });
  (globalThis as { RegExp: RegExpConstructor }).RegExp = Spy;
  return seen;
}
