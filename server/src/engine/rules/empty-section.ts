import { defineRule } from './rule';
import { partIndex, partLines } from './structure/parts';
import { hasStrayFindingsAbove } from './structure/runs';

export default defineRule({
  id: 'empty-section',
  description: 'A section heading has no findings under it.',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    rationale:
      'A section heading announces findings of its kind; a heading with nothing under it before the next heading or the closing paragraph leaves the section empty, which the template does not allow. Add the findings, or (for Strengths, which is optional) remove the heading. The fix for an optional section removes the heading; review it, since the summary sentence must then agree.',
    examples: [{ flagged: 'Strengths\n\nThe service meets the requirements of statutory guidance in the following areas', note: 'Strengths has no findings.' }],
  },
  check({ letter, report }) {
    for (const section of letter.sections) {
      if (section.findings.length || section.heading.match === 'unknown') continue;
      // A heading repeated straight after itself is the duplicate-part rule's to report.
      const node = letter.partsById(section.id).find((p) => p.blocks[0] === section.heading.block);
      if (node && letter.parts[partIndex(letter, node) + 1]?.id === section.id) continue;
      // Findings straight above the heading: the heading was put below them, which finding-outside-section reports.
      if (hasStrayFindingsAbove(letter, section)) continue;
      const part = letter.template.part(section.id);
      const optional = part.required === 'optional';
      report({
        span: section.heading.span,
        message: `The '${part.heading}' section has no findings: add its findings under the heading${optional ? ', or remove the heading if there are none' : ''}.`,
        fixes: optional
          ? [{ title: `Remove the empty '${part.heading}' heading`, edits: [{ span: partLines(letter, section.heading.span), newText: '' }], safe: false }]
          : [],
      });
    }
  },
});
