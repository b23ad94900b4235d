import { followupOf } from '../followup/reading';
import { defineRule } from './rule';

export default defineRule({
  id: 'previous-marker-outside-areas',
  description: 'A carried-forward marker on a finding that is not an area for development or priority action.',
  defaultSeverity: 'error',
  templates: ['annual-letter'],
  fixable: false,
  docs: {
    rationale:
      "A marker such as 'This was an area for development at the previous inspection.' says the issue is still open. Under `Strengths` or `The service meets the requirements ...` it contradicts the section: either the finding belongs under `Areas for development`, or the improvement should be worded as progress ('Considerable action has been taken since the last inspection to ...').",
    examples: [
      {
        flagged: 'Strengths\n- Supervision is regular and well recorded. This was an area for development at the previous inspection.',
        accepted: 'Strengths\n- Considerable action has been taken since the last inspection to improve staff supervision.',
      },
    ],
  },
  check({ letter, report }) {
    const reading = followupOf(letter);
    for (const marker of reading.markers) {
      if (!marker.section || marker.section === 'areasForDevelopment' || marker.section === 'priorityAction') continue;
      const section = letter.template.part(marker.section);
      report({
        span: marker.span,
        message: `This finding under '${section.heading ?? section.name}' is marked as still an area from the previous inspection. Move it to 'Areas for development', or reword it as progress made since the previous inspection.`,
      });
    }
  },
});
