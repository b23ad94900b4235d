import { defineRule } from './rule';
import { iso } from '../parse/date-ranges';
import { foldKey } from '../text/fold';

export default defineRule({
  id: 'report-inspector-title',
  description: "The lead inspector is Her Majesty's Inspector or His Majesty's Inspector as fits the fieldwork's dates.",
  defaultSeverity: 'warning',
  fixable: true,
  templates: ['ilacs-report'],
  docs: {
    rationale:
      "A report's lead inspector is `Her Majesty's Inspector` for fieldwork before the change of monarch (8 September 2022) and `His Majesty's Inspector` for fieldwork after it. A report is written after its fieldwork, so for fieldwork that ended in the hundred days before the change either title is accepted (real reports on June and July 2022 fieldwork say Her). `HMI` is accepted at any date. A lead-inspector line without a title (every real report gives one) is a warning, with a fix adding the title the fieldwork's date gives. The fix writes the title that fits and is safe.",
    examples: [{ flagged: "Lead inspector: Jo Smith, Her Majesty's Inspector (fieldwork 4 to 15 March 2024)", accepted: "Lead inspector: Jo Smith, His Majesty's Inspector" }],
  },
  check({ letter, template, report }) {
    const inspector = letter.report?.inspector;
    const title = inspector?.title;
    const fieldwork = letter.report?.fieldwork?.value;
    const spec = template.inspectorTitle;
    if (!spec) return;
    if (inspector && !title) {
      // Every real report names the lead inspector's title (MODERN-TEMPLATES §1.2): a line without it is unfinished.
      const expected = fieldwork?.first ? (iso(fieldwork.first) > spec.changeDate ? spec.after : spec.before) : undefined;
      const end = inspector.line.span.end;
      const written = inspector.line.value.trimEnd();
      report({
        span: inspector.line.span,
        message: `The lead inspector line gives no title: add '${expected ?? `${spec.before}' or '${spec.after}`}' after the name.`,
        fixes: expected && !written.endsWith(':') ? [{ title: `Add ', ${expected}'`, edits: [{ span: { start: end - (inspector.line.value.length - written.length), end }, newText: `, ${expected}` }], safe: false }] : [],
      });
      return;
    }
    if (!title || !fieldwork?.first || !fieldwork.last) return;
    if (spec.abbreviation && title.value === spec.abbreviation) return;
    const change = spec.changeDate;
    const lastDay = iso(fieldwork.last);
    const grace = new Date(fieldwork.last.getTime() + (spec.graceDays ?? 0) * 86400000);
    const accepted = iso(fieldwork.first) > change ? [spec.after] : iso(grace) < change ? [spec.before] : [spec.before, spec.after];
    const written = title.value.replace(/s$/, '');
    if (accepted.some((t) => foldKey(t) === foldKey(written))) return;
    const expected = accepted[0];
    report({
      span: title.span,
      message: `The fieldwork ended ${lastDay}, so the lead inspector is '${expected}', not '${title.value}'.`,
      fixes: [{ title: `Write '${expected}'`, edits: [{ span: title.span, newText: expected }], safe: true }],
    });
  },
});
