import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createSpeller, type Speller } from '../engine/spelling/speller';

/**
 * Reads the en-GB Hunspell dictionary for the spelling rule, for the hosts (the server and the
 * command line): the engine itself does no I/O. The bundles find it beside them in
 * dist/dictionary-en-gb/ (copied there by the build); run from source, in node_modules.
 */

const PACKAGE = 'dictionary-en-gb';

/** The folder holding index.aff and index.dic, looking up from `from`; undefined when there is none. */
export function findDictionary(from: string = __dirname): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    for (const candidate of [join(dir, PACKAGE), join(dir, 'node_modules', PACKAGE)]) {
      if (existsSync(join(candidate, 'index.aff')) && existsSync(join(candidate, 'index.dic'))) return candidate;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

let loaded: { speller?: Speller; problem?: string } | undefined;

/**
 * The speller, loaded once (about 0.2 s and 20 MB), or a plain problem when the dictionary cannot be
 * read: the spelling rule is then silent and every other rule goes on.
 */
export function loadSpeller(): { speller?: Speller; problem?: string } {
  if (loaded) return loaded;
  const folder = findDictionary();
  if (!folder) return (loaded = { problem: `The British English dictionary (${PACKAGE}) was not found beside the checker: spelling is not checked.` });
  try {
    loaded = { speller: createSpeller({ aff: readFileSync(join(folder, 'index.aff')), dic: readFileSync(join(folder, 'index.dic')) }) };
  } catch (error) {
    loaded = { problem: `The British English dictionary in ${folder} could not be read (${error instanceof Error ? error.message : String(error)}): spelling is not checked.` };
  }
  return loaded;
}
