import type { Confusable } from '../template/template';
import { foldKey } from '../text/fold';
import type { MappedText } from '../text/mapped';
import { defineRule, type TextEdit } from './rule';

const WORD_EDGE_BEFORE = '(?<![\\p{L}\\p{N}\'-])';
const WORD_EDGE_AFTER = '(?![\\p{L}\\p{N}]|-\\p{L})';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function phraseSource(wrong: string): string {
  return foldKey(wrong).split(' ').filter(Boolean).map(escapeRegExp).join(' ');
}

/** A case-insensitive, whole-word pattern for a confusable phrase; its words may be split over lines. */
export function confusablePattern(wrong: string): RegExp {
  return new RegExp(`${WORD_EDGE_BEFORE}${phraseSource(wrong)}${WORD_EDGE_AFTER}`, 'giu');
}

interface CompiledConfusables {
  entries: { confusable: Confusable; pattern: RegExp; right: string }[];
  /**
   * The longest word of each phrase written in plain ASCII, lower case: a text whose lower case holds
   * none of them holds none of the phrases. Searching for plain words (indexOf) is much faster than
   * any case-insensitive pattern, and most blocks of a letter hold none.
   */
  keyWords: string[];
  /** The key words as one case-insensitive pattern (none when there are none): one scan of a block instead of one a word. */
  anyKeyWord?: RegExp;
  /** Whether every phrase is plain ASCII, so that keyWords alone can rule them all out. */
  allAscii: boolean;
}

/** The compiled patterns, once per template's list (compiling them on every check cost as much as the scan). */
const compiled = new WeakMap<readonly Confusable[], CompiledConfusables>();

function patternsFor(confusables: readonly Confusable[]): CompiledConfusables {
  let patterns = compiled.get(confusables);
  if (!patterns) {
    const ascii = confusables.map((c) => phraseSource(c.wrong)).filter((p) => /^[\x20-\x7e]+$/.test(p));
    const longestWord = (phrase: string) => foldKey(phrase).toLowerCase().split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
    const keyWords = [...new Set(confusables.filter((c) => /^[\x20-\x7e]+$/.test(phraseSource(c.wrong))).map((c) => longestWord(c.wrong)))];
    patterns = {
      entries: confusables.map((c) => ({ confusable: c, pattern: confusablePattern(c.wrong), right: foldKey(c.right) })),
      keyWords,
      // ASCII case-insensitively (no `u`): only ASCII letters fold to ASCII letters then, and the two
      // Unicode characters that fold to one (long s, Kelvin sign) are looked for on their own below.
      anyKeyWord: keyWords.length ? new RegExp(keyWords.map(escapeRegExp).join('|'), 'i') : undefined,
      allAscii: ascii.length === confusables.length,
    };
    compiled.set(confusables, patterns);
  }
  return patterns;
}

/**
 * Whether the text may hold one of the phrases. A case-insensitive Unicode pattern also matches the
 * long s for 's' and the Kelvin sign for 'k', which lower-casing does not give: text with either is
 * searched in full.
 */
function mayHoldAny(patterns: CompiledConfusables, text: string): boolean {
  if (!patterns.allAscii || text.includes('\u017F') || text.includes('\u212A')) return true;
  return patterns.anyKeyWord !== undefined && patterns.anyKeyWord.test(text);
}

/** Gives `replacement` the case of `original`: all capitals, a capital first letter, or as it is. */
function matchCase(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase()) return replacement.toUpperCase();
  if (/^\p{Lu}/u.test(original)) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}

/**
 * The edits that turn the matched words into the right ones. When the two phrases have the same number
 * of words only the words that differ are replaced, so line breaks inside the phrase stay where they are.
 */
function correctionEdits(text: MappedText, from: number, matched: string, right: string): TextEdit[] {
  const matchedWords = matched.split(' ');
  const rightWords = right.split(' ').filter(Boolean);
  if (matchedWords.length !== rightWords.length) {
    return [{ span: text.sourceSpan(from, from + matched.length), newText: matchCase(matched, right) }];
  }
  const edits: TextEdit[] = [];
  let at = from;
  matchedWords.forEach((word, k) => {
    if (word.toLowerCase() !== rightWords[k].toLowerCase()) {
      edits.push({ span: text.sourceSpan(at, at + word.length), newText: matchCase(word, rightWords[k]) });
    }
    at += word.length + 1;
  });
  return edits;
}

export default defineRule({
  id: 'confused-word',
  description: 'A word easily confused with another that the letter means, such as "enquires" for "enquiries".',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    rationale:
      'Some slips survive spelling checkers because the wrong word is a real word: a published letter says `Child protection enquires are supported …` where it means *enquiries* (the noun; *enquires* is the verb). The phrases come from the template\'s `confusables` list, each written with enough context that it is wrong wherever it occurs; they are matched as whole words, whatever their case, even across a line break. The safe fix replaces only the wrong word and keeps its capital letter.',
    examples: [
      {
        flagged: 'Child protection enquires are supported by highly effective multi-agency strategy meetings.',
        accepted: 'Child protection enquiries are supported by highly effective multi-agency strategy meetings.',
      },
      {
        flagged: 'Section 47 enquires are carried out by suitably qualified social workers.',
        accepted: 'The council enquires whether the family has been seen.',
        note: 'The verb on its own is not flagged.',
      },
    ],
  },
  check({ letter, template, report }) {
    const patterns = patternsFor(template.confusables ?? []);
    const reported = new Set<number>();
    for (const block of letter.blocks) {
      const mapped = block.text;
      // Most blocks hold no phrase at all: one fast scan says so, and only the others get every pattern.
      if (!mayHoldAny(patterns, mapped.text)) continue;
      for (const { confusable, pattern, right } of patterns.entries) {
        // exec in a loop rather than matchAll, which copies the pattern on every call (4x slower here).
        pattern.lastIndex = 0;
        for (let m = pattern.exec(mapped.text); m; m = pattern.exec(mapped.text)) {
          const edits = correctionEdits(mapped, m.index!, m[0], right);
          if (!edits.length) continue;
          // Two entries can cover the same slip ("child protection enquires", "enquires are"): report it once.
          const key = edits[0].span.start;
          if (reported.has(key)) continue;
          reported.add(key);
          const wrongWords = edits.map((e) => letter.source.slice(e.span)).join(' ');
          const rightWords = edits.map((e) => e.newText).join(' ');
          report({
            span: { start: edits[0].span.start, end: edits[edits.length - 1].span.end },
            message: `'${wrongWords}' should probably be '${rightWords}' here (${confusable.why}).`,
            fixes: [{ title: `Change '${wrongWords}' to '${rightWords}'`, edits, safe: true }],
          });
        }
      }
    }
  },
});
