import { defineRule } from './rule';

export default defineRule({
  id: 'previous-link-broken',
  description: 'The line naming the previous inspection\'s document names no document that can be read.',
  defaultSeverity: 'warning',
  fixable: false,
  docs: {
    rationale:
      'A line `<!-- letter-check previous: path -->` names the previous inspection\'s document, so that what it asked to improve is followed up. When the path names no document (a typing mistake, a file moved or renamed), every follow-up check would fall silent without saying why, and the automatic search for the previous document is not made either. This says so on the link line. The path is relative to the draft\'s folder.',
    examples: [{ flagged: '<!-- letter-check previous: ../2010/derbby.letter -->', accepted: '<!-- letter-check previous: ../2010/derby.letter -->' }],
  },
  check({ previousLinkBroken, report }) {
    if (!previousLinkBroken) return;
    report({
      span: previousLinkBroken.span,
      message: `No document '${previousLinkBroken.path}' was found to read as the previous inspection's: correct the path (it is relative to this document's folder), or remove the line to let the checker find the previous document itself.`,
    });
  },
});
