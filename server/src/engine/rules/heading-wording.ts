import type { Template } from '../template/template';
import { defineRule } from './rule';

export default defineRule({
  id: 'heading-wording',
  description: 'A section heading is recognisable but not in the standard words.',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    rationale:
      'The section headings are fixed words: `Strengths`, `The service meets the requirements of statutory guidance in the following areas`, `Areas for development`, `Area for priority action` (or `Areas for priority action`). A heading that names the section in other words (`Areas of development`) or with a slip (`Areas for developement`) is read as that section and flagged, with a safe fix restoring the standard words. Markdown heading marks (`## Strengths`) and a trailing colon are layout, not wording, and are accepted silently. A Markdown heading that names no section of the template is flagged without a fix.',
    examples: [
      { flagged: 'Areas of development', accepted: 'Areas for development' },
      { flagged: 'Areas for developement', accepted: '## Areas for development:' },
    ],
  },
  check({ letter, report }) {
    for (const section of letter.sections) {
      const heading = section.heading;
      if (heading.match === 'exact') continue;
      const standard = letter.template.part(section.id).heading!;
      const words = heading.block.text.sourceSpan(0, heading.text.length);
      if (heading.match === 'unknown') {
        report({
          span: words,
          message: `'${heading.text}' is not one of the template's section headings (${sectionHeadings(letter.template)}).`,
        });
        continue;
      }
      report({
        span: words,
        message: `The heading '${heading.text}' is not in the standard words: the template has '${standard}'.`,
        fixes: [{ title: `Change the heading to '${standard}'`, edits: [{ span: words, newText: standard }], safe: true }],
      });
    }
  },
});

/** The template's section headings, in its order, for the message (from the data, not written here). */
function sectionHeadings(template: Template): string {
  return template.parts
    .filter((p) => p.kind === 'section' && p.heading)
    .map((p) => p.heading)
    .join('; ');
}
