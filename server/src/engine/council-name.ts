/**
 * Council names, read once for every use: the consistency rules ask whether two mentions name the
 * same council, and previous-letter selection groups letters by council. Both go through `readCouncil`,
 * so "London Borough of Camden", "Camden Council" and "the Camden Council" are one council everywhere,
 * and "Derby City Council" and "Derby County Council" two.
 */

export interface CouncilName {
  /** The words that name the place, lower case, without apostrophes (`kensington and chelsea`). */
  place: string[];
  /** The kind of council the name states, if any (`city`, `london borough`, `metropolitan borough`). */
  designations: string[];
}

/** Words that say what kind of council it is, not where. */
const DESIGNATION_WORDS = new Set(['city', 'county', 'borough', 'metropolitan', 'district', 'royal', 'london']);

/**
 * Reads a council's name: a leading `the`, `Council` at either end (`Council of the Isles of Scilly`),
 * designations before an `of` (`London Borough of`, `City of`) and designations at the end (`City
 * Council`, `Metropolitan Borough Council`) are set apart from the place.
 */
export function readCouncil(name: string): CouncilName {
  const words = name
    .normalize('NFKC')
    .toLowerCase()
    // An abbreviation in brackets (`(BCP)`) and a possessive (`Oldham's`) add nothing to the name.
    .replace(/\([^()]*\)/g, ' ')
    .replace(/['’]s\b/g, '')
    .replace(/['’‘]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const designations: string[] = [];
  let from = 0;
  let to = words.length;
  if (words[from] === 'the') from++;
  // What the council is called in a sentence rather than in its name: `… local authority`, `… children's services`.
  if (to - from > 2 && words[to - 2] === 'local' && words[to - 1] === 'authority') to -= 2;
  if (to - from > 2 && (words[to - 2] === 'childrens' || words[to - 2] === 'children') && words[to - 1] === 'services') to -= 2;
  if (words[to - 1] === 'council') to--;
  if (words[from] === 'council' && words[from + 1] === 'of') from += 2;
  // `London Borough of`, `Royal Borough of`, `City of`, `City and County of`: designations, then `of`.
  let k = from;
  while (k < to && (DESIGNATION_WORDS.has(words[k]) || (words[k] === 'and' && k > from))) k++;
  if (k > from && words[k] === 'of') {
    designations.push(...words.slice(from, k).filter((w) => w !== 'and'));
    from = k + 1;
  }
  if (words[from] === 'the') from++;
  // Designations at the end (`Derby City`, `Doncaster Metropolitan Borough`); the place keeps a word.
  while (to - 1 > from && DESIGNATION_WORDS.has(words[to - 1]) && words[to - 1] !== 'london') designations.unshift(words[--to]);
  return { place: words.slice(from, to), designations };
}

/** A council's name, read, reduced to its place (`Derby City Council` → `derby`): how letters are grouped; undefined if it names none. */
export function councilKey(name: CouncilName): string | undefined {
  return name.place.join(' ') || undefined;
}

/**
 * Whether two mentions name the same council: the same place, and designations that do not
 * disagree. One mention may leave a designation out (Derby ~ Derby City Council, Camden ~ London
 * Borough of Camden); two that state different ones name different councils (Derby City Council ≁
 * Derby County Council). Two mentions with no place (`the council`, `Council`) are the same.
 */
export function sameCouncil(a: string, b: string): boolean {
  if (!a.trim() || !b.trim()) return false;
  if (sameCouncilName(readCouncil(a), readCouncil(b))) return true;
  // Two bodies named together (`Slough Children First and Slough Borough Council`): either will do.
  const either = (x: string, y: string) => x.includes(' and ') && x.split(' and ').some((part) => part.trim() && sameCouncilName(readCouncil(part), readCouncil(y)));
  return either(a, b) || either(b, a);
}

/** sameCouncil for names already read (selection reads each candidate's once, not once per draft). */
/** Words after which a place's name goes on to a second place (`Kingston upon Hull`, `Blackburn with Darwen`). */
const JOINING_WORDS = new Set(['upon', 'with', 'on']);

export function sameCouncilName(x: CouncilName, y: CouncilName): boolean {
  const [shorter, longer] = x.place.length <= y.place.length ? [x.place, y.place] : [y.place, x.place];
  const extra = longer.length - shorter.length;
  // `Hull City Council` for `Kingston upon Hull`: the place after the joining word names the same council.
  const shortened = extra > 1 && JOINING_WORDS.has(longer[extra - 1]);
  if ((extra && (!shortened || !shorter.length)) || shorter.some((w, i) => w !== longer[extra + i])) return false;
  const [fewer, more] = x.designations.length <= y.designations.length ? [x, y] : [y, x];
  return fewer.designations.every((d) => more.designations.includes(d));
}
