import { defineRule } from './rule';

/** A sentence end inside an item (not the tag's, not an abbreviation's): the item holds two sentences. */
const INNER_SENTENCE = /[.!?]\s+(?=[A-Z])(?!(?:\(|National|Framework))/g;

export default defineRule({
  id: 'improvement-list',
  description: "'What needs to improve?' is there unless every judgement is outstanding; one noun phrase an item; national-framework tags on every item or none, and then the footnote.",
  defaultSeverity: 'warning',
  fixable: false,
  templates: ['ilacs-report'],
  docs: {
    rationale:
      "The areas for improvement follow the summary under `What needs to improve?`; only a report whose every judgement is outstanding goes without (`thurrock-2024-10-29`), and one without the list otherwise is an error. Each item is one noun phrase (`The quality, consistency and timeliness of assessments.`): an item of two sentences is a warning (two items run together, or a finding in the list). From 2025 items end with their Children's Social Care: National Framework tag, `(outcome 3, national framework)`; then every item has one (an item without is a warning) and the page has the footnote that explains them (its absence is a warning).",
    examples: [{ flagged: '◼ Pathway planning for care leavers. Leaders know this.', accepted: '◼ Pathway planning for care leavers.' }],
  },
  check({ letter, template, report }) {
    const r = letter.report;
    if (!r?.table) return;
    const list = r.improvements;
    const part = template.parts.find((p) => p.kind === 'list');
    if (!list) {
      const grades = r.table.rows.map((row) => row.grade?.gradeId).filter(Boolean);
      if (grades.length && grades.every((g) => g === 'outstanding')) return;
      const at = r.gradedSections[0]?.section.span.start ?? r.table.span.end;
      report({ span: { start: at, end: at }, severity: 'error', message: `'${part?.heading ?? 'What needs to improve?'}' and its items are missing: only a report whose every judgement is outstanding goes without them.` });
      return;
    }
    if (!list.items.length) {
      report({ span: list.heading.span, severity: 'error', message: 'The list of what needs to improve has no items.' });
      return;
    }
    for (const item of list.items) {
      const text = item.tag ? item.block.text.text.slice(0, item.block.text.text.length - item.tag.value.length) : item.block.text.text;
      INNER_SENTENCE.lastIndex = 0;
      const m = INNER_SENTENCE.exec(text.trim());
      if (m) report({ span: item.block.span, message: 'This item holds more than one sentence: each item is one noun phrase (two items run together, or a finding in the list?).' });
    }
    const tagged = list.items.filter((i) => i.tag);
    if (tagged.length && tagged.length < list.items.length) {
      for (const item of list.items) if (!item.tag) report({ span: item.block.span, message: `${tagged.length} of the ${list.items.length} items end with a national-framework tag and this one has none: tag every item or none.` });
    }
    if (tagged.length && !list.footnote && !letter.decorations.some((d) => part?.list?.footnote?.test(d.text.text))) {
      report({ span: list.heading.span, message: `The items are tagged to the national framework, but the report has no footnote saying so: '${part?.list?.footnoteText ?? ''}'` });
    }
  },
});
