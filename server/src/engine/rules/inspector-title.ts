import { formatDate } from '../parse/dates';
import { foldKey } from '../text/fold';
import { defineRule } from './rule';
import { isoDate } from './consistency/calendar';

export default defineRule({
  id: 'inspector-title',
  description: "The sign-off says Her Majesty's Inspector or His Majesty's Inspector as fits the letter's date.",
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    rationale:
      "Inspectors sign as `Her Majesty's Inspector` in letters dated up to the change of monarch (8 September 2022) and `His Majesty's Inspector` after it. A title that does not fit the letter's date is usually text copied from an older or newer letter. The fix writes the right title and is safe to apply.",
    examples: [{ flagged: "His Majesty's Inspector (in a letter dated 1 December 2010)", accepted: "Her Majesty's Inspector" }],
  },
  check({ letter, template, report }) {
    const title = letter.values.inspector?.title;
    const date = letter.values.letterDate?.value.date;
    if (!template.inspectorTitle) return;
    const change = isoDate(template.inspectorTitle.changeDate);
    if (!title || !date || !change) return;
    const { before, after } = template.inspectorTitle;
    // On the day itself either title is accepted.
    const accepted = date < change ? [before] : date > change ? [after] : [before, after];
    if (accepted.some((t) => foldKey(t) === foldKey(title.value))) return;
    const expected = accepted[0];
    // Either monarch's title, spelt right, is a question of the date; anything else is a misspelling.
    const knownTitle = [before, after].some((t) => foldKey(t) === foldKey(title.value));
    report({
      span: title.span,
      message: knownTitle
        ? `The letter is dated ${formatDate(date)}, so the inspector signs as '${expected}', not '${title.value}'.`
        : `The inspector's title should read '${expected}', not '${title.value}'.`,
      fixes: [{ title: `Write '${expected}'`, edits: [{ span: title.span, newText: expected }], safe: true }],
      related: letter.values.letterDate ? [{ message: 'The letter date', span: letter.values.letterDate.span }] : undefined,
    });
  },
});
