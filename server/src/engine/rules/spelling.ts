import type { Letter } from '../parse/model';
import domainWords from '../spelling/domain-words.json';
import { compoundsByJoinedForm } from '../spelling/hyphenated-compounds';
import { readWordList } from '../spelling/word-list';
import type { Line, Span } from '../text/source';
import { LineMemo } from '../text/line-memo';
import type { Speller } from '../spelling/speller';
import { defineRule, lazyFix, type Fix } from './rule';
import { lineStart } from './structure/parts';
import { isAsciiLetter } from '../text/chars';

/** `<!-- letter-check words: Mosaic signposting -->`: words this letter spells its own way. */
const WORDS_DIRECTIVE = /^words\b[\s:]*(.*)$/i;
/** Marks of web and e-mail addresses, which are not prose: the whole run of text around one is skipped. */
const ADDRESS_MARK = /@|:\/\/|\bwww\.|\.(?:gov|org|com|net|uk)\b/gi;
const NON_ASCII_LETTER = /\p{L}/u;
/** Shorter words are abbreviations more often than slips (nd, th, wt). */
const MIN_LENGTH = 3;
/** Longer than the longest words in English dictionaries. */
const MAX_LENGTH = 45;
/** Prefixes that stand before a hyphen (pre-birth, non-attendance) but are not words on their own. */
const PREFIXES = new Set(domainWords.prefixes);

/** The words the letter's directives accept, lower case. */
export function acceptedWords(letter: Letter): Set<string> {
  const words = new Set<string>();
  for (const d of letter.directives) {
    const m = WORDS_DIRECTIVE.exec(d.body.trim());
    if (m) for (const w of readWordList(m[1])) words.add(w);
  }
  return words;
}

/** HTML left by pasting (html-residue reports it) and directive lines: spans the rule leaves alone, in order. */
function residueSpans(letter: Letter): Span[] {
  return [...letter.residue.filter((r) => r.kind === 'html').map((r) => r.span), ...letter.directives.map((d) => d.span)].sort((a, b) => a.start - b.start);
}

/**
 * The web and e-mail addresses in a line (the run of text without spaces around each mark), which
 * are not prose. Each stretch of the line is walked once, however many marks it holds: the search goes
 * on after the address found (a hostile run of @@@ is one address, not one a character).
 */
function addressSpans(line: Line): Span[] {
  const text = line.text;
  const spans: Span[] = [];
  let covered = 0;
  ADDRESS_MARK.lastIndex = 0;
  for (let m = ADDRESS_MARK.exec(text); m; m = ADDRESS_MARK.exec(text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start > covered && !isSpace(text.charCodeAt(start - 1))) start--;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    spans.push({ start: line.start + start, end: line.start + end });
    covered = ADDRESS_MARK.lastIndex = end;
  }
  return spans;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0;
}


/**
 * Whether the character next to a word makes it not a plain English word: a digit (an ordinal or a
 * code: 1st, s47) or a letter beyond ASCII (a foreign word: café).
 */
function joins(code: number): boolean {
  return (code >= 48 && code <= 57) || (code > 127 && NON_ASCII_LETTER.test(String.fromCharCode(code)));
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

/**
 * Calls `visit` for every word in lower-case ASCII letters (apostrophes inside: children's) from
 * `from` to `to` (a line: no word crosses a line break), with its offsets. Hyphens and other marks
 * separate words. A scan by character codes: a regular expression over the letter allocated a match
 * for every word and cost as much as the lookups.
 */
function forEachLowerCaseWord(text: string, from: number, to: number, visit: (start: number, end: number, hash: number) => void): void {
  const n = to;
  let i = from;
  while (i < n) {
    if (!isAsciiLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let capital = false;
    // FNV-1a over the word's characters, for the memo of words known right.
    let hash = 0x811c9dc5;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (isAsciiLetter(code)) {
        if (code <= 90) capital = true;
      } else if (!((code === APOSTROPHE || code === RIGHT_QUOTE) && i + 1 < n && isAsciiLetter(text.charCodeAt(i + 1)))) break;
      hash = Math.imul(hash ^ code, 0x01000193);
      i++;
    }
    // A capital marks a name or an abbreviation, which no dictionary holds; a run of letters longer than
    // any English word is not a word (and looking it up would take time in proportion to its square).
    if (capital || i - start < MIN_LENGTH || i - start > MAX_LENGTH) continue;
    if ((start > 0 && joins(text.charCodeAt(start - 1))) || (i < n && joins(text.charCodeAt(i)))) continue;
    visit(start, i, hash);
  }
}

/**
 * Words known to be spelt right, by a hash of their characters (as written), per speller: most words
 * of a draft were in its last version too, and finding them by hash and comparing in place saves
 * cutting each out of the letter to look it up (the slice and its string hash were most of the rule's
 * time). A hash shared by two words only means the second is looked up the slow way.
 */
const knownRight = new WeakMap<Speller, Map<number, string>>();
const MAX_KNOWN_RIGHT = 50_000;

function knownRightFor(speller: Speller): Map<number, string> {
  let right = knownRight.get(speller);
  if (!right) knownRight.set(speller, (right = new Map()));
  return right;
}

/**
 * Lines whose every word the speller alone knows (no word accepted by a letter or a team, no address
 * or HTML in them), per speller: such a line is right in any letter, and a draft checked again is
 * nearly all such lines. Passing over them made the rule three times faster on a report checked again.
 */
const rightLines = new WeakMap<Speller, LineMemo>();
const MAX_RIGHT_LINES = 20_000;

function rightLinesFor(speller: Speller): LineMemo {
  let lines = rightLines.get(speller);
  if (!lines) rightLines.set(speller, (lines = new LineMemo(MAX_RIGHT_LINES)));
  return lines;
}

export default defineRule({
  id: 'spelling',
  description: 'A word that is not in the British English dictionary (with the words of children\'s services added).',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    rationale:
      "Letters are published, and written in British English: `organisation`, `prioritise`, `judgement`. Each word in lower case is looked up in the en-GB Hunspell dictionary (the `dictionary-en-gb` package, read by nspell) with a short list of the service's own words (`unallocated`, `wellbeing`, `actioned`). Words with a capital letter are left alone: they are names (Davidson, Durham), abbreviations (CAF, LSCB) or the first word of a sentence, and no dictionary holds the names. The parts of a hyphenated word are looked up one by one (`multi-agency`; a prefix such as `pre-` or `non-` needs no entry), words of fewer than three letters or more than 45, and letters next to digits (`1st`, `s47`) are not judged, and web and e-mail addresses, HTML residue and directive lines are not read. A word one edit from a dictionary word comes with up to three corrections as quick fixes (not applied by fix-all: a name may be meant); in a draft with hundreds of unknown words (a pasted appendix, a page in another language), only the first 50 are given their corrections as the draft is checked, and the rest get theirs when the quick fix is asked for. A word the letter spells its own way is accepted for that letter by a line `<!-- letter-check words: Mosaic signposting -->`, which the quick fix *Accept … in this letter* writes; a team's words for every letter go in a `.letter-words` file in the letters' folder or a folder above it (words separated by spaces or lines, `#` for comments), which the editor and `letter-check` both read. The rule runs where the host supplies the dictionary: the editor and `letter-check` both do.",
    examples: [
      { flagged: 'Assesments are completed within timescales.', accepted: 'Assessments are completed within timescales.' },
      { flagged: 'The organization of the duty team is effective.', accepted: 'The organisation of the duty team is effective.', note: 'American spelling' },
      { flagged: 'Mosaic is used to signpost familes.', accepted: 'Mosaic is used to signpost families.', note: 'Names and abbreviations (Mosaic, LSCB) are left alone' },
    ],
  },
  check({ letter, speller, acceptedWords: teamWords, report }) {
    if (!speller) return;
    const text = letter.source.text;
    const own = acceptedWords(letter);
    const accepted = teamWords?.size ? { has: (w: string) => own.has(w) || teamWords.has(w) } : own;
    const residue = residueSpans(letter);
    const right = knownRightFor(speller);
    const memo = rightLinesFor(speller);
    // The memo only for a draft checked again (see LineMemo).
    const rightLineMemo = memo.checkedAgain(letter.source.lines) ? memo : undefined;
    let nextResidue = 0;
    let suggested = 0;
    for (const line of letter.source.lines) {
      if (line.end - line.start < MIN_LENGTH || rightLineMemo?.has(line.text)) continue;
      while (nextResidue < residue.length && residue[nextResidue].end <= line.start) nextResidue++;
      const skipped = addressSpans(line);
      for (let k = nextResidue; k < residue.length && residue[k].start < line.end; k++) skipped.push(residue[k]);
      skipped.sort((a, b) => a.start - b.start);
      // Whether the speller alone finds every word of the line right.
      let lineRight = skipped.length === 0;
      let next = 0;
      forEachLowerCaseWord(text, line.start, line.end, (start, end, hash) => {
        while (next < skipped.length && skipped[next].end <= start) next++;
        if (next < skipped.length && skipped[next].start < end) return;
        const seen = right.get(hash);
        if (seen !== undefined && seen.length === end - start && text.startsWith(seen, start)) return;
        const written = text.slice(start, end);
        const word = written.includes('’') ? written.replace(/’/g, "'") : written;
        if (text[end] === '-' && PREFIXES.has(word)) return;
        if (accepted.has(word)) {
          lineRight = false;
          return;
        }
        if (speller.correct(word)) {
          if (right.size >= MAX_KNOWN_RIGHT) right.clear();
          right.set(hash, written);
          return;
        }
        // A compound whose line-end hyphen the PDF dropped is dropped-hyphen's to report.
        if (compoundsByJoinedForm.has(word)) return;
        // After a short prefix and a hyphen, the word may be the prefix's (co-ordinated: coordinated).
        if (text[start - 1] === '-' && joinedWithPrefixIsWord(text, start, word, speller)) return;
        lineRight = false;
        const span = { start, end };
        // Suggestions cost about a millisecond a word: a draft with thousands of unknown words (a pasted
        // appendix, a page in another language) gets them for the first few, and the rest when the quick
        // fix is asked for, so one analysis never blocks the server.
        // Bounded by a count, not a clock: what is reported must not depend on how busy the machine is
        // (the editor and letter-check give the same diagnostics, and a re-check gives the same again).
        if (suggested >= MAX_EAGER_SUGGESTIONS) {
          report({
            span,
            message: `'${written}' is not in the British English dictionary: check its spelling, or accept it for this letter.`,
            fixes: [suggestionFix(speller, span, word), acceptFix(letter, word)],
          });
          return;
        }
        suggested++;
        const suggestions = speller.suggest(word).filter((s) => s.length > 1);
        const fixes: Fix[] = suggestions.map((s) => ({ title: `Change to '${s}'`, edits: [{ span, newText: s }], safe: false }));
        fixes.push(acceptFix(letter, word));
        report({
          span,
          message: suggestions.length
            ? `'${written}' is not in the British English dictionary: did you mean ${suggestions.map((s) => `'${s}'`).join(' or ')}?`
            : `'${written}' is not in the British English dictionary: check its spelling, or accept it for this letter.`,
          fixes,
        });
      });
      if (lineRight) rightLineMemo?.add(line.text);
    }
  },
});

/** The longest prefix written with a hyphen whose joined form is looked up (co-, re-, pre-, non-). */
const MAX_PREFIX_LENGTH = 4;
const LETTER = /\p{L}/u;

/** Whether the prefix before the hyphen at `start - 1`, joined to the word, is a word (co-ordinated, re-referral). */
function joinedWithPrefixIsWord(text: string, start: number, word: string, speller: Speller): boolean {
  const isLetter = (at: number) => at >= 0 && LETTER.test(text[at]);
  const hyphen = start - 1;
  let from = hyphen;
  while (hyphen - from < MAX_PREFIX_LENGTH && isLetter(from - 1)) from--;
  if (from === hyphen || isLetter(from - 1)) return false;
  return speller.correct(text.slice(from, hyphen).toLowerCase() + word);
}

/**
 * Unknown words given their suggestions in the analysis itself; the rest get them when a quick fix is
 * asked for. At up to about 6 ms a hostile word, 50 keep one analysis under a third of a second; a real
 * letter has a handful.
 */
export const MAX_EAGER_SUGGESTIONS = 50;

/** The best correction, worked out when the quick fix is shown (see lazyFix). */
function suggestionFix(speller: Speller, span: Span, word: string): Fix {
  return lazyFix(false, () => {
    const best = speller.suggest(word).find((s) => s.length > 1);
    return best ? { title: `Change to '${best}'`, edits: [{ span, newText: best }] } : { title: `No correction found for '${word}'`, edits: [] };
  });
}

/** Adds the word to the letter's `words` directive, or writes one at the top. */
function acceptFix(letter: Letter, word: string): Fix {
  const existing = letter.directives.find((d) => WORDS_DIRECTIVE.test(d.body.trim()));
  if (existing) {
    const line = letter.source.text.slice(existing.span.start, existing.span.end);
    const close = line.lastIndexOf('-->');
    const at = existing.span.start + line.slice(0, close).trimEnd().length;
    return { title: `Accept '${word}' in this letter`, edits: [{ span: { start: at, end: at }, newText: ` ${word}` }], safe: false };
  }
  // At the top of the letter, after a byte order mark, in the letter's own line ending.
  const top = lineStart(letter, 0);
  return { title: `Accept '${word}' in this letter`, edits: [{ span: { start: top, end: top }, newText: `<!-- letter-check words: ${word} -->${letter.source.eol}` }], safe: false };
}
