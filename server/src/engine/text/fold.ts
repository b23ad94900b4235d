/**
 * Character folding for comparison: text pasted from PDFs and word processors uses curly quotes,
 * typographic dashes and odd spaces that must not make a standard sentence look different.
 */

const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '`': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u202F': ' ',
  '\u2009': ' ',
  '\u200A': ' ',
  '\t': ' ',
  '\uFEFF': ' ',
};

export function foldChar(ch: string): string {
  // Fast path: printable ASCII folds to itself except the backtick (and tab, below 32).
  const c = ch.charCodeAt(0);
  if (c >= 32 && c < 127 && c !== 96) return ch;
  return FOLD[ch] ?? ch;
}

/** Folds quotes, dashes and spaces and collapses runs of white space. */
export function foldText(text: string): string {
  if (foldsToItself(text)) return text;
  let out = '';
  let space = false;
  for (const ch of text) {
    const f = foldChar(ch);
    if (f === ' ' || f === '\n' || f === '\r') {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += f;
  }
  return out;
}

/**
 * Printable ASCII other than the backtick, with single spaces between words: the common case (a
 * heading, a short line), which folds to itself, so it is returned as it is instead of rebuilt.
 */
function foldsToItself(text: string): boolean {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === n - 1 || text.charCodeAt(i - 1) === 32) return false;
    } else if (c < 33 || c > 126 || c === 96) {
      return false;
    }
  }
  return true;
}

/** Folded, lower-cased, for recognising a phrase whatever its case. */
export function foldKey(text: string): string {
  return foldText(text).toLowerCase();
}

/**
 * Whether the text has more than `max` printable ASCII characters (other than those in `ignored`).
 * Folding keeps each of them as one character, so such text cannot fold to a key of `max` characters:
 * a cheap test that spares folding every paragraph when looking for headings, decorations and grades.
 */
export function countsBeyond(text: string, max: number, ignored: string): boolean {
  if (text.length <= max) return false;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c < 127 && !includesCode(ignored, c) && ++n > max) return true;
  }
  return false;
}

/** Whether `chars` holds the character `code` (compared as codes: no one-character string per test). */
function includesCode(chars: string, code: number): boolean {
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === code) return true;
  return false;
}
