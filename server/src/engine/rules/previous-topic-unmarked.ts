import { followupOf } from '../followup/reading';
import { TOPIC_COVERAGE, topicCoverage, topicTerms, type TopicTerms } from '../followup/terms';
import type { Block } from '../parse/blocks';
import { defineRule } from './rule';

export default defineRule({
  id: 'previous-topic-unmarked',
  description: 'A topic the paragraph names as remaining from the previous inspection has no finding marked as carried forward.',
  defaultSeverity: 'error',
  templates: ['annual-letter'],
  fixable: false,
  docs: {
    rationale:
      "When the paragraph on the previous inspection names the topics that remain ('further work is on-going regarding A, B and C, and these remain areas for development'), each of them must appear among the areas for development with a marker sentence ('This was an area for development at the last inspection.'). A named topic with no such finding leaves the reader unable to find what the paragraph promises.",
    examples: [
      {
        flagged: "... further work is on-going regarding ... the electronic case recording system, and these remain areas for development. (no marked finding about the recording system)",
        accepted: '- Staff report that ... the electronic recording system is slow and unreliable. ... The electronic case recording system was an area for development at the last inspection.',
      },
    ],
  },
  check({ letter, report }) {
    const reading = followupOf(letter);
    // Each marked finding's terms are computed once, not again for every claim and topic.
    const termsOf = new Map<Block, TopicTerms>();
    const findingTerms = (block: Block) => {
      let terms = termsOf.get(block);
      if (!terms) termsOf.set(block, (terms = topicTerms(block.text.text)));
      return terms;
    };
    for (const claim of reading.claims) {
      if (!claim.topics.length) continue;
      const marked = reading.markers.filter((m) => m.kind === claim.kind);
      for (const topic of claim.topics) {
        const covered = marked.some((m) => topicCoverage(topic.terms, findingTerms(m.block)) >= TOPIC_COVERAGE);
        if (covered) continue;
        report({
          span: topic.span,
          message: `The paragraph names '${topic.text}' as remaining from the previous inspection, but no area for development about it is marked as carried forward. Add the marker sentence to that finding (or write the finding), or take the topic out of the paragraph.`,
          related: marked.map((m) => ({ message: 'A finding marked as carried forward', span: m.span })),
        });
      }
    }
  },
});
