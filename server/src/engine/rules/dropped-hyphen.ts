import { compoundsByJoinedForm } from '../spelling/hyphenated-compounds';
import { defineRule } from './rule';
import { acceptedWords } from './spelling';

/** `16and 17-year-olds`: the first number lost the hyphen that stood for `-year-olds`. */
const NUMBER_JOINED = /(?<![\d\p{L}])(\d{1,2})(and|or|to) (\d{1,2}-year-olds?)(?![\p{L}\d])/u;
const YEAR_OLD = '-year-old';
/** The most characters NUMBER_JOINED reads before `-year-old` (`16and 17`), and one for its look-behind. */
const BEFORE_YEAR_OLD = 9;

function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

const LETTER_OR_DIGIT = /[\p{L}\d]/u;

/** Whether the character at `at` is a letter, a digit or a hyphen (ASCII decided by its code; the rest by the pattern). */
function isLetterOrMark(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 128) return code === 45 || (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return LETTER_OR_DIGIT.test(text[at]);
}

/** A run of letters by its length and its first and last letters: a run of another shape is no joined compound. */
function shapeOf(length: number, first: number, last: number): number {
  return (length << 16) | (first << 8) | last;
}

const JOINED = [...compoundsByJoinedForm.keys()];
/**
 * The joined forms' shapes (403 forms, about 4% of the shapes a word can have): most words are told
 * from every joined form by their shape, without being cut out of the text to be looked up.
 */
const JOINED_SHAPES = new Set(JOINED.map((w) => shapeOf(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1))));
const SHORTEST_JOINED = Math.min(...JOINED.map((w) => w.length));
const LONGEST_JOINED = Math.max(...JOINED.map((w) => w.length));

export default defineRule({
  id: 'dropped-hyphen',
  description: 'A hyphenated word joined into one where PDF text extraction dropped a line-end hyphen.',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    rationale: [
      'When the published PDF broke a hyphenated word at the end of a line (`decision-` / `making`), text extraction drops the hyphen and joins the halves: `decisionmaking`, `multiagency`, `highquality`, and `16and 17-year-olds` for `16- and 17-year-olds`. The joined word is not the document\'s word.',
      '',
      'The rule repairs only what it is sure of: a joined word whose hyphenated form is in a list built from the real documents (compounds they write at least twice, whose joined form is not a dictionary word and is written joined almost only where a line was broken; so `wellbeing`, a word, is left alone). The safe fix puts the hyphen back. The spelling rule does not report these words a second time. A word the letter or the team accepts for spelling is left alone.',
    ].join('\n'),
    examples: [
      { flagged: 'This informs decisionmaking by managers.', accepted: 'This informs decision-making by managers.' },
      { flagged: 'Services for 16and 17-year-olds are good.', accepted: 'Services for 16- and 17-year-olds are good.' },
    ],
  },
  check({ letter, acceptedWords: teamWords, report }) {
    const text = letter.source.text;
    let own: Set<string> | undefined;
    const accepted = (word: string) => (own ??= acceptedWords(letter)).has(word) || (teamWords?.has(word) ?? false);
    const n = text.length;
    for (let i = 0; i < n; ) {
      if (!isLowerAscii(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      while (i < n && isLowerAscii(text.charCodeAt(i))) i++;
      const length = i - start;
      if (length < SHORTEST_JOINED || length > LONGEST_JOINED || !JOINED_SHAPES.has(shapeOf(length, text.charCodeAt(start), text.charCodeAt(i - 1)))) continue;
      if (isLetterOrMark(text, start - 1) || isLetterOrMark(text, i)) continue;
      const word = text.slice(start, i);
      const compound = compoundsByJoinedForm.get(word);
      if (!compound || accepted(word)) continue;
      report({
        span: { start, end: i },
        message: `'${word}' is '${compound}' with its hyphen dropped where the PDF broke the line: write '${compound}'.`,
        fixes: [{ title: `Change to '${compound}'`, edits: [{ span: { start, end: i }, newText: compound }], safe: true }],
      });
    }
    // Only the few characters before each `-year-old` are read: the pattern (Unicode, with a look-behind)
    // run over a whole report took as long as the rest of the rule.
    for (let at = text.indexOf(YEAR_OLD); at >= 0; at = text.indexOf(YEAR_OLD, at + 1)) {
      const from = Math.max(0, at - BEFORE_YEAR_OLD);
      const m = NUMBER_JOINED.exec(text.slice(from, at + YEAR_OLD.length + 2));
      if (!m) continue;
      const start = from + m.index;
      const joint = start + m[1].length;
      report({
        span: { start, end: joint + m[2].length },
        message: `'${m[1]}${m[2]}' has lost its hyphen where the PDF broke the line: write '${m[1]}- ${m[2]}'.`,
        fixes: [{ title: `Change to '${m[1]}- ${m[2]}'`, edits: [{ span: { start: joint, end: joint }, newText: '- ' }], safe: true }],
      });
    }
  },
});
