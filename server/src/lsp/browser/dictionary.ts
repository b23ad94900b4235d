import aff from 'dictionary-en-gb/index.aff';
import dic from 'dictionary-en-gb/index.dic';
import { createSpeller, type Speller } from '../../engine/spelling/speller';

/**
 * host/dictionary.ts for the web worker (the browser bundle resolves that module here): a worker
 * cannot read the dictionary beside it, so the build bundles its two files in as text.
 */

let loaded: { speller?: Speller; problem?: string } | undefined;

/** The speller, made once from the bundled dictionary; a plain problem if that fails. */
export function loadSpeller(): { speller?: Speller; problem?: string } {
  if (loaded) return loaded;
  try {
    loaded = { speller: createSpeller({ aff, dic }) };
  } catch (error) {
    loaded = { problem: `The bundled British English dictionary could not be read (${error instanceof Error ? error.message : String(error)}): spelling is not checked.` };
  }
  return loaded;
}
