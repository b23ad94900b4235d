import type nspell from 'nspell';

/**
 * nspell's expansion of a Hunspell dictionary (every word with its affixes applied, and its flags),
 * written out once when the command line and the server are built and read back at start: nspell
 * expanding index.dic took 250-300 ms of a 2 s check of 151 letters; reading its expansion, about a
 * third of that. The checker still spells with nspell (its `correct`, casing and compound rules); only
 * the tables it builds from the .dic file are read here instead of built. They are nspell's internals
 * (`data`, `compoundRuleCodes`, `compoundRules` of nspell 2.1), so the file names the dictionary and the
 * nspell it was made from (`key`), and a file made from anything else is not used.
 *
 * The format: a first line naming it, a line with the key, a line of JSON (the distinct flag lists and
 * the compound tables), then the words, one a line, in groups by flag list in the JSON's order, each
 * group ended by an empty line (no word is empty).
 */

const FORMAT = 'letter-check compact nspell dictionary 1';

type NSpell = ReturnType<typeof nspell>;

/** The tables nspell builds from a .dic file, as this module reads and writes them. */
interface NSpellTables {
  data: Record<string, string[]>;
  compoundRuleCodes: Record<string, string[]>;
  compoundRules: (RegExp | string)[];
}

interface Header {
  flagLists: string[][];
  compoundRuleCodes: Record<string, string[]>;
  compoundRules: { source: string; flags: string }[];
}

const tables = (spell: NSpell) => spell as unknown as NSpellTables;

/** The expansion nspell made of a dictionary, as text (see the format above). */
export function writeCompactDictionary(spell: NSpell, key: string): string {
  const { data, compoundRuleCodes, compoundRules } = tables(spell);
  const listIndex = new Map<string, number>();
  const groups: string[][] = [];
  const flagLists: string[][] = [];
  for (const word of Object.keys(data)) {
    if (word.includes('\n') || word === '') throw new Error(`a dictionary word cannot be written on one line: ${JSON.stringify(word)}`);
    const id = JSON.stringify(data[word]);
    let index = listIndex.get(id);
    if (index === undefined) {
      listIndex.set(id, (index = flagLists.length));
      flagLists.push([...data[word]]);
      groups.push([]);
    }
    groups[index].push(word);
  }
  const header: Header = {
    flagLists,
    compoundRuleCodes,
    compoundRules: compoundRules.map((r) => (typeof r === 'string' ? { source: r, flags: '' } : { source: r.source, flags: r.flags })),
  };
  return `${[FORMAT, key, JSON.stringify(header), ...groups.map((g) => `${g.join('\n')}\n`)].join('\n')}\n`;
}

/**
 * Puts a written expansion into an nspell made from the .aff file alone, as if it had read the .dic
 * file itself. False (and the speller untouched) when the text is not one made for `key`.
 */
export function readCompactDictionary(spell: NSpell, text: string, key: string): boolean {
  const firstEnd = text.indexOf('\n');
  const keyEnd = text.indexOf('\n', firstEnd + 1);
  const headerEnd = text.indexOf('\n', keyEnd + 1);
  if (firstEnd < 0 || keyEnd < 0 || headerEnd < 0) return false;
  if (text.slice(0, firstEnd) !== FORMAT || text.slice(firstEnd + 1, keyEnd) !== key) return false;
  const header = JSON.parse(text.slice(keyEnd + 1, headerEnd)) as Header;
  // Null-prototype, as nspell makes it: a word such as `constructor` must not find Object's.
  const data = Object.create(null) as Record<string, string[]>;
  let group = 0;
  // Words of one flag list share one array: nspell only reads a word's flags, and adding a word
  // without flags (spell.add(word)) pushes none into an existing one.
  let flags = header.flagLists[0];
  let start = headerEnd + 1;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    if (end < 0) return false;
    if (end === start) {
      flags = header.flagLists[++group];
    } else {
      data[text.slice(start, end)] = flags;
    }
    start = end + 1;
  }
  if (group !== header.flagLists.length) return false;
  const target = tables(spell);
  target.data = data;
  target.compoundRuleCodes = Object.assign(Object.create(null) as Record<string, string[]>, header.compoundRuleCodes);
  target.compoundRules = header.compoundRules.map((r) => new RegExp(r.source, r.flags));
  return true;
}
