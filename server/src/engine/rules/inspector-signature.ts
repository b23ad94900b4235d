import type { Letter } from '../parse/model';
import { formatDate } from '../parse/dates';
import { ROLE } from '../template/roles';
import { defineRule, type Fix } from './rule';
import { isoDate } from './consistency/calendar';
import { fittingTitles } from './consistency/monarch';

export default defineRule({
  id: 'inspector-signature',
  description: "The sign-off gives the inspector's name and title under Yours sincerely.",
  defaultSeverity: 'error',
  templates: ['annual-letter', 'focused-visit'],
  fixable: true,
  docs: {
    rationale:
      "Every real letter is signed: `Yours sincerely`, then the inspector's name and `Her Majesty's Inspector` (on one line or two; in a focused-visit letter the lead inspector's, often followed by the last page's number). A sign-off without the name or the title leaves the letter unsigned or its signatory unexplained. When the title is missing, the fix writes the title that fits the letter's date (Her Majesty's Inspector up to 8 September 2022, His after it) on the line after the name; review it. A missing name cannot be guessed, so it has no fix.",
    examples: [
      { flagged: 'Yours sincerely\n\nDick O\'Brien\n\nCopy: …', accepted: "Yours sincerely\n\nDick O'Brien\nHer Majesty's Inspector" },
      { flagged: "Yours sincerely\n\nHer Majesty's Inspector" },
    ],
  },
  check({ letter, report }) {
    const signOff = letter.partsById(ROLE.signOff)[0];
    if (!signOff) return; // missing-part reports a missing sign-off
    const { name, title } = letter.values.inspector ?? {};
    if (name && title) return;
    const expected = fittingTitles(letter)?.expected;
    const named = expected ? `'${expected}'` : eitherTitle(letter);
    if (name) {
      report({
        span: name.span,
        message: `The sign-off gives no title under the inspector's name: add ${named}.`,
        // A 'name' over several lines holds more than a name (a title broken in the text layer): no sure place for the title.
        fixes: expected && !/[\r\n]/.test(letter.source.slice(name.span)) ? [insertTitle(letter, name.span.end, expected)] : [],
      });
    } else if (title) {
      report({ span: title.span, message: "The sign-off has no inspector's name: write the inspector's name above the title." });
    } else {
      const first = signOff.blocks[0];
      report({
        span: { start: first.span.start, end: Math.min(first.span.end, letter.source.lineAt(first.span.start).end) },
        message: `The sign-off has no inspector's name or title: write the inspector's name and ${named} below '${letter.source.lineAt(first.span.start).text.trim()}'.`,
      });
    }
  },
});

/** For a letter without a date: the template's two titles and when one gives way to the other. */
function eitherTitle(letter: Letter): string {
  const titles = letter.template.inspectorTitle;
  if (!titles) return 'their title';
  const change = isoDate(titles.changeDate);
  return `'${titles.before}' (or '${titles.after}'${change ? ` after ${formatDate(change)}` : ''})`;
}

function insertTitle(letter: Letter, nameEnd: number, title: string): Fix {
  return {
    title: `Add '${title}' under the name`,
    edits: [{ span: { start: nameEnd, end: nameEnd }, newText: letter.source.eol + title }],
    safe: false,
  };
}
