import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import nspell from 'nspell';
import nspellPackage from 'nspell/package.json';
import { writeCompactDictionary } from '../engine/spelling/compact-dictionary';
import { createSpeller, type Speller } from '../engine/spelling/speller';

/**
 * Reads the en-GB Hunspell dictionary for the spelling rule, for the hosts (the server and the
 * command line): the engine itself does no I/O. The bundles find it beside them in
 * dist/dictionary-en-gb/ (copied there by the build, with nspell's expansion of it: COMPACT_FILE);
 * run from source, in node_modules.
 */

const PACKAGE = 'dictionary-en-gb';

/** nspell's expansion of index.dic, written by the build beside the dictionary (engine/spelling/compact-dictionary.ts). */
export const COMPACT_FILE = 'nspell-expanded.txt';

/** The folder holding index.aff and index.dic, looking up from `from`; undefined when there is none. */
export function findDictionary(from: string = __dirname): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    for (const candidate of [join(dir, PACKAGE), join(dir, 'node_modules', PACKAGE)]) {
      if (existsSync(join(candidate, 'index.aff')) && existsSync(join(candidate, 'index.dic'))) return candidate;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** What an expansion must have been made from: these .aff and .dic files, read by this version of nspell. */
export function compactDictionaryKey(aff: Uint8Array, dic: Uint8Array): string {
  return `nspell ${nspellPackage.version} ${createHash('sha256').update(aff).update(dic).digest('hex')}`;
}

/** nspell's expansion of the dictionary in `folder`, as the build writes it beside the bundles. */
export function compactDictionaryOf(folder: string): string {
  const aff = readFileSync(join(folder, 'index.aff'));
  const dic = readFileSync(join(folder, 'index.dic'));
  return writeCompactDictionary(nspell({ aff, dic }), compactDictionaryKey(aff, dic));
}

let loaded: { speller?: Speller; problem?: string } | undefined;

/**
 * The speller, loaded once (about 0.1 s from the expansion the build writes, 0.25 s without it, and
 * 20 MB), or a plain problem when the dictionary cannot be read: the spelling rule is then silent and
 * every other rule goes on.
 */
export function loadSpeller(): { speller?: Speller; problem?: string } {
  if (loaded) return loaded;
  const folder = findDictionary();
  if (!folder) return (loaded = { problem: `The British English dictionary (${PACKAGE}) was not found beside the checker: spelling is not checked.` });
  try {
    loaded = { speller: readSpeller(folder) };
  } catch (error) {
    loaded = { problem: `The British English dictionary in ${folder} could not be read (${error instanceof Error ? error.message : String(error)}): spelling is not checked.` };
  }
  return loaded;
}

/** The speller of the dictionary in `folder`, from its expansion when there is one made from it. */
export function readSpeller(folder: string): Speller {
  const aff = readFileSync(join(folder, 'index.aff'));
  const dic = readFileSync(join(folder, 'index.dic'));
  const compactPath = join(folder, COMPACT_FILE);
  const compact = existsSync(compactPath) ? { text: readFileSync(compactPath, 'utf8'), key: compactDictionaryKey(aff, dic) } : undefined;
  return createSpeller({ aff, dic, compact });
}
