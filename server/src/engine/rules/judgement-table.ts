import { defineRule } from './rule';
import { describePeriod, fieldworkStart, rowsInPeriod, tableRows } from './report/reading';
import { inPeriod } from '../template/template';

export default defineRule({
  id: 'judgement-table',
  description: "The judgement table's rows are the rows the fieldwork's period has, in the template's words and order.",
  defaultSeverity: 'error',
  fixable: true,
  templates: ['ilacs-report'],
  docs: {
    rationale:
      "The table's rows changed with the framework: children in care and care leavers were judged together for fieldwork until December 2022 and separately from January 2023, and Overall effectiveness is not judged for fieldwork from 27 April 2026. A row of another period (a combined row in a 2024 report, separate rows in a 2021 one, an Overall effectiveness row in a report on May 2026 fieldwork) or a row the period needs and the table lacks is an error. A row label in other words (real reports of 2025-26 have `The experiences and progress of children care leavers`) is a warning, with a fix writing the template's label; rows out of the template's order are a warning.",
    examples: [
      { flagged: 'The experiences and progress of children care leavers', accepted: 'The experiences and progress of care leavers' },
      { flagged: 'The experiences and progress of children in care and care leavers (fieldwork of March 2024)', accepted: 'two rows: …of children in care; …of care leavers' },
    ],
  },
  check({ letter, template, report }) {
    const table = letter.report?.table;
    if (!table) return;
    const start = fieldworkStart(letter);
    const all = tableRows(template);
    const wanted = rowsInPeriod(template, start);
    const seen = new Set<string>();
    let lastOrder = -1;
    for (const row of table.rows) {
      if (!row.rowId) {
        report({ span: row.label.span, message: `The table has a row '${row.label.value}' that is not a judgement of the template (${wanted.map((r) => `'${r.label}'`).join(', ')}).` });
        continue;
      }
      const spec = all.find((r) => r.id === row.rowId)!;
      if (seen.has(row.rowId)) report({ span: row.label.span, message: `The table has the row '${spec.label}' twice.` });
      seen.add(row.rowId);
      if (row.match === 'near') {
        report({
          span: row.label.span,
          severity: 'warning',
          message: `The row label '${row.label.value}' is in other words: the template has '${spec.label}'.`,
          fixes: [{ title: `Write '${spec.label}'`, edits: [{ span: row.label.span, newText: spec.label }], safe: false }],
        });
      }
      if (start && !inPeriod(spec, start)) {
        report({ span: row.label.span, message: `The row '${spec.label}' belongs to ${describePeriod(spec)}; this fieldwork began ${start}: the table has ${wanted.map((r) => `'${r.label}'`).join(', ')}.` });
      }
      const order = all.indexOf(spec);
      if (order < lastOrder) report({ span: row.label.span, severity: 'warning', message: `The row '${spec.label}' is out of the template's order (${wanted.map((r) => `'${r.label}'`).join(', ')}).` });
      lastOrder = Math.max(lastOrder, order);
    }
    for (const spec of wanted) {
      if (seen.has(spec.id)) continue;
      // A row of the other period standing in for it has been reported above.
      report({ span: { start: table.span.end, end: table.span.end }, message: `The table has no row '${spec.label}'${start ? ` (fieldwork beginning ${start} has it)` : ''}.` });
    }
  },
});
