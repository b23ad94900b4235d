import type { Letter } from '../parse/model';
import { formatDate } from '../parse/dates';
import { ROLE } from '../template/roles';
import { foldKey } from '../text/fold';
import type { Span } from '../text/source';
import { defineRule } from './rule';
import { fittingTitles } from './consistency/monarch';

/** Characters either side of a title that a regex must match literally. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The template's two titles written anywhere in the letter's text outside the sign-off (the inspectors
 * sentence of a focused visit: `Her Majesty's Inspectors for this visit were …`), singular or plural,
 * across a line break, with either apostrophe. `word` is the span of the words that differ between the
 * two titles (Her/His), which is all a fix needs to change.
 */
function titlesInText(letter: Letter, before: string, after: string): { span: Span; word: Span; said: string }[] {
  const [headBefore, headAfter, tail] = split(before, after);
  if (!headBefore || !headAfter || !tail) return [];
  const source = (t: string) => escape(t).replace(/ /g, '\\s+').replace(/'/g, "['’]");
  // Without the `u` flag: with `i` and `u` together V8 reads each `\\b` by Unicode case folding, and
  // the scan of a letter took 30 times as long (0.18 ms against 6 µs); the titles are plain text.
  const pattern = new RegExp(`\\b(${source(headBefore)}|${source(headAfter)})(${source(tail)})s?\\b`, 'gi');
  const signOff = letter.partsById(ROLE.signOff).map((p) => p.span);
  const found: { span: Span; word: Span; said: string }[] = [];
  for (const m of letter.source.text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    if (signOff.some((s) => start < s.end && end > s.start)) continue;
    const said = foldKey(m[1]) === foldKey(headBefore) ? before : after;
    found.push({ span: { start, end }, word: { start, end: start + m[1].length }, said });
  }
  return found;
}

/** The two titles' differing heads and their common tail: `Her`, `His`, ` Majesty's Inspector`. */
function split(before: string, after: string): [string, string, string] {
  let common = 0;
  while (common < Math.min(before.length, after.length) && before[before.length - 1 - common] === after[after.length - 1 - common]) common++;
  // The tail starts at a word boundary, so the heads are whole words.
  while (common > 0 && before[before.length - common] !== ' ') common--;
  return [before.slice(0, before.length - common), after.slice(0, after.length - common), before.slice(before.length - common)];
}

export default defineRule({
  id: 'inspector-title',
  description: "The sign-off and the inspectors sentence say Her Majesty's Inspector or His Majesty's Inspector as fits the letter's date.",
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    rationale:
      "Inspectors sign as `Her Majesty's Inspector` in letters dated up to the change of monarch (8 September 2022) and `His Majesty's Inspector` after it, and a focused-visit letter names the visit's inspectors the same way (`His Majesty's Inspectors for this visit were …`). A title that does not fit the letter's date is usually text copied from an older or newer letter. On the day of the change either is accepted, and so is either in a letter dated after it about a visit that ended before it (drafted under the old title: real reports on summer-2022 fieldwork were published after the change with `Her`; no real focused-visit letter falls in that window, the last with `Her` dated 31 August 2022, the first with `His` 20 October 2022). The fix writes the right title (in the inspectors sentence, the one word that differs) and is safe to apply.",
    examples: [
      { flagged: "His Majesty's Inspector (in a letter dated 1 December 2010)", accepted: "Her Majesty's Inspector" },
      { flagged: "Her Majesty's Inspectors for this visit were … (in a letter dated 20 October 2022 about a visit in September 2022)", accepted: "His Majesty's Inspectors for this visit were …" },
    ],
  },
  check({ letter, template, report }) {
    if (!template.inspectorTitle) return;
    const fitting = fittingTitles(letter);
    if (!fitting) return;
    const { accepted, expected, date } = fitting;
    const { before, after } = template.inspectorTitle;
    const related = letter.values.letterDate ? [{ message: 'The letter date', span: letter.values.letterDate.span }] : undefined;
    const title = letter.values.inspector?.title;
    if (title && !accepted.some((t) => foldKey(t) === foldKey(title.value))) {
      // Either monarch's title, spelt right, is a question of the date; anything else is a misspelling.
      const knownTitle = [before, after].some((t) => foldKey(t) === foldKey(title.value));
      report({
        span: title.span,
        message: knownTitle
          ? `The letter is dated ${formatDate(date)}, so the inspector signs as '${expected}', not '${title.value}'.`
          : `The inspector's title should read '${expected}', not '${title.value}'.`,
        fixes: [{ title: `Write '${expected}'`, edits: [{ span: title.span, newText: expected }], safe: true }],
        related,
      });
    }
    const [headBefore, headAfter] = split(before, after);
    const right = expected === before ? headBefore : headAfter;
    for (const found of titlesInText(letter, before, after)) {
      if (accepted.includes(found.said)) continue;
      const written = letter.source.slice(found.span).replace(/\s+/g, ' ');
      const rest = letter.source.slice({ start: found.word.end, end: found.span.end }).replace(/\s+/g, ' ');
      report({
        span: found.span,
        message: `The letter is dated ${formatDate(date)}, so the inspectors are '${right}${rest}', not '${written}'.`,
        fixes: [{ title: `Write '${right}${rest}'`, edits: [{ span: found.word, newText: right }], safe: true }],
        related,
      });
    }
  },
});
