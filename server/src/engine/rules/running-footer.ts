import { defineRule } from './rule';
import { foldKey } from '../text/fold';

export default defineRule({
  id: 'running-footer',
  description: "A running footer (where the pasted report has them) gives the title page's dates and the title's words.",
  defaultSeverity: 'warning',
  fixable: true,
  templates: ['ilacs-report'],
  docs: {
    rationale:
      "From November 2021 each page of a published report ends with a running footer, the title and the inspection dates, typed separately from the title page. Real footers differ from the title page: in the form of the dates only (`14 to 25 February 2022` beside `14 February to 25 February 2022`) or in substance (`10 May` for `9 May`, a year wrong, a two-digit year). Dates naming other days are a warning with a fix writing the title page's dates; the same days in another form are a hint. A footer naming the council otherwise than the title is a warning. A draft has no footers: nothing is checked then.",
    examples: [{ flagged: 'Inspection of Gateshead local authority children’s services / 6 to 12 December 2024 (title page: 2 to 6 December 2024)' }],
  },
  check({ letter, report }) {
    const r = letter.report;
    const title = letter.partsById('title')[0];
    const fieldwork = r?.fieldwork;
    if (!r || !r.footers.length) return;
    const titleKey = title ? foldKey(title.blocks[0].text.text).replace(/\s+/g, ' ') : undefined;
    const written = fieldwork ? letter.source.slice(fieldwork.span).trim() : undefined;
    // Each footer text once (at its first page), with the number of pages that carry it.
    const seen = new Set<string>();
    const pages = new Map<string, number>();
    for (const f of r.footers) pages.set(`${f.title.value}|${f.dates?.value}`, (pages.get(`${f.title.value}|${f.dates?.value}`) ?? 0) + 1);
    for (const footer of r.footers) {
      const key = `${footer.title.value}|${footer.dates?.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const onPages = pages.get(key)! > 1 ? ` (on ${pages.get(key)} pages)` : '';
      if (footer.dates && fieldwork && written) {
        const same = footer.parsed?.key !== undefined && footer.parsed.key === fieldwork.value.key;
        const text = footer.dates.value.replace(/^\(|\)$/g, '').trim();
        if (!same) {
          report({
            span: footer.dates.span,
            message: `The running footer gives the dates '${text}', the title page '${written}'${onPages}.`,
            fixes: [{ title: `Write '${written}'`, edits: [{ span: footer.dates.span, newText: written }], safe: false }],
          });
        } else if (footer.parsed?.ranges.some((x) => x.problems.length)) {
          report({
            span: footer.dates.span,
            message: `The running footer writes the dates '${text}' (${footer.parsed.ranges.flatMap((x) => x.problems).join('; ')}), the title page '${written}'${onPages}.`,
            fixes: [{ title: `Write '${written}'`, edits: [{ span: footer.dates.span, newText: written }], safe: true }],
          });
        } else if (foldKey(text).replace(/\s+/g, ' ') !== foldKey(written).replace(/\s+/g, ' ')) {
          report({
            span: footer.dates.span,
            severity: 'hint',
            message: `The running footer writes the dates '${text}', the title page '${written}': the same days${onPages}.`,
            fixes: [{ title: `Write '${written}'`, edits: [{ span: footer.dates.span, newText: written }], safe: true }],
          });
        }
      }
      const folded = foldKey(footer.title.value);
      const digit = folded.search(/\d/);
      // The title before any dates on its line (and an opening bracket before them).
      const footerTitle = (digit < 0 ? folded : folded.slice(0, digit)).replace(/\s+/g, ' ').trim().replace(/\($/, '').trim();
      if (titleKey && titleKey.startsWith('inspection of') && footerTitle !== titleKey && !/\d/.test(footer.title.value)) {
        report({ span: footer.title.span, message: `The running footer's title '${footer.title.value}' is not the report's title '${title!.blocks[0].text.text}'${onPages}.` });
      }
    }
  },
});
