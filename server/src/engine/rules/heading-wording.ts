import type { Template } from '../template/template';
import { defineRule, type Report } from './rule';
import type { Letter, SectionNode } from '../parse/model';
import { headingKey } from '../parse/classify';
import { formatDate } from '../parse/dates';
import { describePeriod, documentIsoDate, outOfPeriod } from './structure/period';

export default defineRule({
  id: 'heading-wording',
  description: 'A section heading is recognisable but not in the standard words.',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    rationale:
      'The section headings are fixed words: `Strengths`, `The service meets the requirements of statutory guidance in the following areas`, `Areas for development`, `Area for priority action` (or `Areas for priority action`). A heading that names the section in other words (`Areas of development`) or with a slip (`Areas for developement`) is read as that section and flagged, with a safe fix restoring the standard words. Markdown heading marks (`## Strengths`) and a trailing colon are layout, not wording, and are accepted silently. A Markdown heading that names no section of the template is flagged without a fix. A standard heading of another period than the letter\'s date (the template dates heading variants: `Overview` up to 2023, `Headline findings` from July 2021 in focused-visit letters) is a hint naming its period, with a fix (for review) to the heading of the letter\'s period when there is one.',
    examples: [
      { flagged: 'Areas of development', accepted: 'Areas for development' },
      { flagged: 'Areas for developement', accepted: '## Areas for development:' },
    ],
  },
  check({ letter, report }) {
    for (const section of letter.sections) {
      const heading = section.heading;
      if (heading.match === 'exact') {
        const r = otherPeriod(letter, section);
        if (r) report(r);
        continue;
      }
      const standard = letter.template.part(section.id).heading!;
      // A report's graded heading: its words before the grade (a fix of the words must keep the grade).
      const graded = letter.report?.gradedSections.find((g) => g.section === section);
      const words = graded ? graded.label.span : heading.block.text.sourceSpan(0, heading.text.length);
      if (heading.match === 'unknown') {
        report({
          span: words,
          message: `'${heading.text}' is not one of the template's section headings (${sectionHeadings(letter.template)}).`,
        });
        continue;
      }
      report({
        span: words,
        message: `The heading '${graded ? graded.label.value : heading.text}' is not in the standard words: the template has '${standard}'.`,
        fixes: [{ title: `Change the heading to '${standard}'`, edits: [{ span: words, newText: standard }], safe: true }],
      });
    }
  },
});

/**
 * A standard heading of another period than the letter's (`Overview` in a 2023 letter): a hint naming
 * its period, with the heading of the letter's period when there is exactly one.
 */
function otherPeriod(letter: Letter, section: SectionNode): Report | undefined {
  const date = documentIsoDate(letter);
  if (!date) return undefined;
  const part = letter.template.part(section.id);
  const key = headingKey(section.heading.text);
  // The part's heading is listed again among its variants with its period: the dated entry decides.
  const dated = (k: string) => part.headings.find((h) => h.key === k && (h.from || h.until)) ?? part.headings.find((h) => h.key === k);
  const used = dated(key);
  if (!used || !outOfPeriod(used, date)) return undefined;
  const fitting = [...new Set(part.headings.map((h) => h.key))].map((k) => dated(k)!).filter((h) => !outOfPeriod(h, date));
  const span = section.heading.block.text.sourceSpan(0, section.heading.text.length);
  const standard = fitting.length === 1 ? fitting[0].text : undefined;
  const today = standard ? `; a letter dated ${formatDate(letter.values.letterDate!.value.date!)} has '${standard}'` : '';
  return {
    span,
    severity: 'hint',
    message: `'${section.heading.text}' is the heading of ${describePeriod(used)}${today}.`,
    fixes: standard ? [{ title: `Change the heading to '${standard}'`, edits: [{ span, newText: standard }], safe: false }] : [],
  };
}

/** The template's section headings, in its order, for the message (from the data, not written here). */
function sectionHeadings(template: Template): string {
  return template.parts
    .filter((p) => p.kind === 'section' && p.heading)
    .map((p) => p.heading)
    .join('; ');
}
