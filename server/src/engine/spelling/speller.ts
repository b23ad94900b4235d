import nspell from 'nspell';
import { readCompactDictionary } from './compact-dictionary';
import domainWords from './domain-words.json';

/**
 * British English spelling, as the letters are written (organisation, prioritise, judgement): a
 * Hunspell dictionary read by nspell, plus the words of children's social care the dictionary lacks.
 * The dictionary's files are supplied by the host (the server or the command line reads them), so
 * the engine does no I/O; a rule asks only `correct` and `suggest`.
 */
export interface Speller {
  /** Whether a word (lower case, or as written) is spelt right. */
  correct(word: string): boolean;
  /** Likely corrections, best first: at most three, empty when none is one edit away. */
  suggest(word: string): string[];
}

export interface HunspellDictionary {
  aff: string | Uint8Array;
  dic: string | Uint8Array;
  /**
   * nspell's expansion of the two, written when the checker was built (compact-dictionary.ts), and
   * the key of the dictionary and nspell it must have been made from: read instead of expanding
   * `dic` (a third of the time) when the key is the one it was made with.
   */
  compact?: { text: string; key: string };
}

// The apostrophe too: `childrens` → `children's`.
const LETTERS = "abcdefghijklmnopqrstuvwxyz'";
const MAX_SUGGESTIONS = 3;
const MAX_SUGGESTED_LENGTH = 30;
/**
 * Suggestions remembered per word: a slip stays in a draft that is checked at every pause in typing.
 * (Which words are right is remembered by the spelling rule, which finds them without cutting them out.)
 */
const MAX_REMEMBERED = 20_000;

export function createSpeller(dictionary: HunspellDictionary): Speller {
  const spell = (dictionary.compact && fromCompact(dictionary.aff, dictionary.compact)) || nspell({ aff: toText(dictionary.aff), dic: toText(dictionary.dic) });
  for (const word of domainWords.words) spell.add(word);
  const suggestions = new Map<string, string[]>();
  return {
    correct: (word) => spell.correct(word),
    suggest(word) {
      // The candidates grow with the square of the word's length: beyond a long word, none are looked for.
      if (word.length > MAX_SUGGESTED_LENGTH) return [];
      let found = suggestions.get(word);
      if (!found) {
        found = oneEditAway(word, (w) => spell.correct(w));
        remember(suggestions, word, found);
      }
      return found;
    },
  };
}

/**
 * The dictionary words one edit from `word` (two letters swapped, a letter dropped, added or changed).
 * nspell's own `suggest` also searches further and takes 10-30 ms a word, which a draft checked as
 * the inspector types cannot afford; most slips are one edit.
 */
function oneEditAway(word: string, correct: (w: string) => boolean): string[] {
  const found: string[] = [];
  const consider = (candidate: string) => {
    if (found.length < MAX_SUGGESTIONS && candidate !== word && !found.includes(candidate) && correct(candidate)) found.push(candidate);
  };
  // Two letters swapped first (the commonest slip), then a letter dropped, one added, one changed.
  for (let i = 0; i + 1 < word.length; i++) consider(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  for (let i = 0; i < word.length; i++) consider(word.slice(0, i) + word.slice(i + 1));
  for (let i = 0; i <= word.length; i++) for (const c of LETTERS) consider(word.slice(0, i) + c + word.slice(i));
  for (let i = 0; i < word.length; i++) for (const c of LETTERS) consider(word.slice(0, i) + c + word.slice(i + 1));
  return found;
}

function remember<T>(map: Map<string, T>, key: string, value: T): void {
  if (map.size >= MAX_REMEMBERED) map.delete(map.keys().next().value!);
  map.set(key, value);
}

/** An nspell of the .aff file with the .dic file's expansion read from `compact`; undefined when that was made from another dictionary or nspell. */
function fromCompact(aff: string | Uint8Array, compact: { text: string; key: string }): ReturnType<typeof nspell> | undefined {
  const spell = nspell(toText(aff));
  return readCompactDictionary(spell, compact.text, compact.key) ? spell : undefined;
}

function toText(data: string | Uint8Array): string {
  return typeof data === 'string' ? data : new TextDecoder().decode(data);
}
