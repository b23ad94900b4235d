import type { Letter } from '../parse/model';
import { defineRule, type Fix } from './rule';
import { isoDate } from './consistency/calendar';

export default defineRule({
  id: 'inspector-signature',
  description: "The sign-off gives the inspector's name and title under Yours sincerely.",
  defaultSeverity: 'error',
  // The focused-visit letter's valediction rule checks its sign-off, name and title in one report.
  templates: ['annual-letter'],
  fixable: true,
  docs: {
    rationale:
      "Every real letter is signed: `Yours sincerely`, then the inspector's name and `Her Majesty's Inspector` (on one line or two). A sign-off without the name or the title leaves the letter unsigned or its signatory unexplained. When the title is missing, the fix writes the title that fits the letter's date (Her Majesty's Inspector up to 8 September 2022, His after it) on the line after the name; review it. A missing name cannot be guessed, so it has no fix.",
    examples: [
      { flagged: 'Yours sincerely\n\nDick O\'Brien\n\nCopy: …', accepted: "Yours sincerely\n\nDick O'Brien\nHer Majesty's Inspector" },
      { flagged: "Yours sincerely\n\nHer Majesty's Inspector" },
    ],
  },
  check({ letter, report }) {
    const signOff = letter.partsById('signOff')[0];
    if (!signOff) return; // missing-part reports a missing sign-off
    const { name, title } = letter.values.inspector ?? {};
    if (name && title) return;
    const expected = titleForDate(letter);
    if (name) {
      report({
        span: name.span,
        message: `The sign-off gives no title under the inspector's name: add '${expected ?? "Her Majesty's Inspector"}'${expected ? '' : " (or His Majesty's Inspector after 8 September 2022)"}.`,
        fixes: expected ? [insertTitle(letter, name.span.end, expected)] : [],
      });
    } else if (title) {
      report({ span: title.span, message: "The sign-off has no inspector's name: write the inspector's name above the title." });
    } else {
      const first = signOff.blocks[0];
      report({
        span: { start: first.span.start, end: Math.min(first.span.end, letter.source.lineAt(first.span.start).end) },
        message: `The sign-off has no inspector's name or title: write the inspector's name and '${expected ?? "Her Majesty's Inspector"}' below Yours sincerely.`,
      });
    }
  },
});

/** Her Majesty's Inspector up to the change date, His after it, by the letter's date; undefined without one. */
function titleForDate(letter: Letter): string | undefined {
  const date = letter.values.letterDate?.value.date;
  const titles = letter.template.inspectorTitle;
  if (!titles) return undefined;
  const change = isoDate(titles.changeDate);
  if (!date || !change) return undefined;
  const { before, after } = titles;
  return date <= change ? before : after;
}

function insertTitle(letter: Letter, nameEnd: number, title: string): Fix {
  return {
    title: `Add '${title}' under the name`,
    edits: [{ span: { start: nameEnd, end: nameEnd }, newText: letter.source.eol + title }],
    safe: false,
  };
}
