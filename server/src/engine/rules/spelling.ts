import type { Letter } from '../parse/model';
import domainWords from '../spelling/domain-words.json';
import type { Span } from '../text/source';
import { defineRule, type Fix } from './rule';

/** `<!-- letter-check words: Mosaic signposting -->`: words this letter spells its own way. */
const WORDS_DIRECTIVE = /^words\b[\s:]*(.*)$/i;
/** A run of text without spaces: a word with its punctuation, or an address (checked as a whole). */
const CHUNK = /\S+/g;
/** Letters, with apostrophes inside (children's); hyphens and other marks separate words. */
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
/** Web and e-mail addresses are not prose. */
const ADDRESS = /@|:\/\/|^www\.|\.(?:gov|org|com|net|uk)\b/i;
const LOWER_ASCII = /^[a-z]+(?:'[a-z]+)*$/;
const DIGIT = /\d/;
/** Shorter words are abbreviations more often than slips (nd, th, wt). */
const MIN_LENGTH = 3;
/** Prefixes that stand before a hyphen (pre-birth, non-attendance) but are not words on their own. */
const PREFIXES = new Set(domainWords.prefixes);

/** The words the letter's directives accept, lower case. */
export function acceptedWords(letter: Letter): Set<string> {
  const words = new Set<string>();
  for (const d of letter.directives) {
    const m = WORDS_DIRECTIVE.exec(d.body.trim());
    if (m) for (const w of m[1].split(/[\s,]+/)) if (w) words.add(w.toLowerCase().replace(/’/g, "'"));
  }
  return words;
}

/** Spans the rule leaves alone: HTML left by pasting (html-residue reports it) and directive lines. */
function skippedSpans(letter: Letter): Span[] {
  return [...letter.residue.filter((r) => r.kind === 'html').map((r) => r.span), ...letter.directives.map((d) => d.span)].sort((a, b) => a.start - b.start);
}

export default defineRule({
  id: 'spelling',
  description: 'A word that is not in the British English dictionary (with the words of children\'s services added).',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    rationale:
      "Letters are published, and written in British English: `organisation`, `prioritise`, `judgement`. Each word in lower case is looked up in the en-GB Hunspell dictionary (the `dictionary-en-gb` package, read by nspell) with a short list of the service's own words (`unallocated`, `wellbeing`, `actioned`). Words with a capital letter are left alone: they are names (Davidson, Durham), abbreviations (CAF, LSCB) or the first word of a sentence, and no dictionary holds the names. The parts of a hyphenated word are looked up one by one (`multi-agency`; a prefix such as `pre-` or `non-` needs no entry), words of fewer than three letters and letters next to digits (`1st`, `s47`) are not judged, and web and e-mail addresses, HTML residue and directive lines are not read. A word one edit from a dictionary word comes with up to three corrections as quick fixes (not applied by fix-all: a name may be meant). A word the letter spells its own way is accepted for that letter by a line `<!-- letter-check words: Mosaic signposting -->`, which the quick fix *Accept … in this letter* writes. The rule runs where the host supplies the dictionary: the editor and `letter-check` both do.",
    examples: [
      { flagged: 'Assesments are completed within timescales.', accepted: 'Assessments are completed within timescales.' },
      { flagged: 'The organization of the duty team is effective.', accepted: 'The organisation of the duty team is effective.', note: 'American spelling' },
      { flagged: 'Mosaic is used to signpost familes.', accepted: 'Mosaic is used to signpost families.', note: 'Names and abbreviations (Mosaic, LSCB) are left alone' },
    ],
  },
  check({ letter, speller, report }) {
    if (!speller) return;
    const text = letter.source.text;
    const accepted = acceptedWords(letter);
    const skipped = skippedSpans(letter);
    let next = 0;
    for (const chunk of text.matchAll(CHUNK)) {
      const start = chunk.index;
      while (next < skipped.length && skipped[next].end <= start) next++;
      if (next < skipped.length && skipped[next].start < start + chunk[0].length) continue;
      if (ADDRESS.test(chunk[0])) continue;
      for (const w of chunk[0].matchAll(WORD)) {
        const written = w[0];
        const word = written.replace(/’/g, "'");
        // Only words in lower case are judged: a capital marks a name or an abbreviation, which no dictionary holds.
        if (word !== word.toLowerCase() || word.length < MIN_LENGTH || !LOWER_ASCII.test(word) || accepted.has(word)) continue;
        // Letters against digits are a code or an ordinal (1st, s47), not a word.
        const before = chunk[0][w.index - 1] ?? '';
        const after = chunk[0][w.index + written.length] ?? '';
        if (DIGIT.test(before) || DIGIT.test(after)) continue;
        if ((after === '-' && PREFIXES.has(word)) || speller.correct(word)) continue;
        const span = { start: start + w.index, end: start + w.index + written.length };
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
      }
    }
  },
});

/** Adds the word to the letter's `words` directive, or writes one at the top. */
function acceptFix(letter: Letter, word: string): Fix {
  const existing = letter.directives.find((d) => WORDS_DIRECTIVE.test(d.body.trim()));
  if (existing) {
    const line = letter.source.text.slice(existing.span.start, existing.span.end);
    const close = line.lastIndexOf('-->');
    const at = existing.span.start + line.slice(0, close).trimEnd().length;
    return { title: `Accept '${word}' in this letter`, edits: [{ span: { start: at, end: at }, newText: ` ${word}` }], safe: false };
  }
  const eol = letter.source.text.includes('\r\n') ? '\r\n' : '\n';
  return { title: `Accept '${word}' in this letter`, edits: [{ span: { start: 0, end: 0 }, newText: `<!-- letter-check words: ${word} -->${eol}` }], safe: false };
}
