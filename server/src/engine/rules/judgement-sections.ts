import { defineRule } from './rule';
import { tableRows } from './report/reading';

export default defineRule({
  id: 'judgement-sections',
  description: 'A judgement section for every row of the table that has one, in the template order, and none the table lacks.',
  defaultSeverity: 'error',
  fixable: false,
  templates: ['ilacs-report'],
  docs: {
    rationale:
      "Each judgement in the table (but Overall effectiveness) has its section, headed with the judgement and its grade, in the order help and protection, children in care (and care leavers), care leavers, the impact of leaders. A judgement of the table without its section is an error, at the place the section belongs; a section whose judgement the table lacks, or a section out of order, is a warning.",
    examples: [{ flagged: 'Table rows for children in care and for care leavers, and no section for care leavers' }],
  },
  check({ letter, template, report }) {
    const r = letter.report;
    if (!r?.table) return;
    const specs = tableRows(template);
    const order = (id: string) => template.part(id).order;
    const present = new Map(r.gradedSections.map((s) => [s.section.id, s]));
    const wanted = r.table.rows.map((row) => specs.find((s) => s.id === row.rowId)?.section).filter((s): s is string => !!s);
    for (const id of wanted) {
      if (present.has(id)) continue;
      // Where it belongs: after the last section before it in the template, else before the first section.
      const before = r.gradedSections.filter((s) => order(s.section.id) < order(id)).pop();
      const at = before ? before.section.span.end : (r.gradedSections[0]?.section.span.start ?? r.table.span.end);
      report({ span: { start: at, end: at }, message: `The table judges '${template.part(id).heading}', but the report has no section with that heading.` });
    }
    let last = -1;
    for (const s of r.gradedSections) {
      const o = order(s.section.id);
      if (!wanted.includes(s.section.id)) report({ span: s.section.heading.span, severity: 'warning', message: `The table has no row for this section's judgement.` });
      if (o < last) report({ span: s.section.heading.span, severity: 'warning', message: `This section is out of order: the sections go ${template.sectionIds.filter((id) => present.has(id)).map((id) => template.part(id).name).join(', ')}.` });
      last = Math.max(last, o);
    }
  },
});
