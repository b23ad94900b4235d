import { defineRule } from './rule';
import { wordSimilarity } from '../parse/report';
import { foldKey } from '../text/fold';
import { outOfPeriod } from './structure/period';
import { describePeriod, fieldworkStart } from './report/reading';

/** A title this much like a form's fixed words (in order), and not in them, is that form in other words. */
const NEAR = 0.75;

const words = (text: string) => foldKey(text).split(/[^\p{L}\p{N}']+/u).filter(Boolean);

export default defineRule({
  id: 'report-title',
  description: "The report's title is in one of the template's title forms, the form of the fieldwork's period.",
  defaultSeverity: 'error',
  fixable: true,
  templates: ['ilacs-report'],
  docs: {
    rationale:
      "An ILACS report's title changed in 2021: before, the council's name stood on its own line above `Inspection of children's social care services` (or `Inspection of local authority children's services`); from 2021 it is `Inspection of <council> local authority children's services`. A title in the form of another period than the fieldwork's is a hint naming the form's period, with a fix (for review) writing the form of the fieldwork's period. A title close to a form but not in its words (`Inspection of Leeds local authority childrens services`) is a warning; a title in no form of the template is an error. Titles the template accepts at any date (`Inspection of Kent children's services`, a trust's `Inspection of Bradford Children and Families Trust`) are left alone.",
    examples: [
      { flagged: "Blackpool Borough Council / Inspection of children's social care services (fieldwork of March 2024)", accepted: "Inspection of Blackpool Borough Council local authority children's services" },
      { flagged: "Inspecton of Leeds local authority children's services", accepted: "Inspection of Leeds local authority children's services" },
    ],
  },
  check({ letter, template, report }) {
    const r = letter.report;
    const part = template.parts.find((p) => p.kind === 'titleBlock');
    const title = part && letter.partsById(part.id)[0];
    if (!r || !part || !title) return;
    const span = title.span;
    const written = title.blocks.map((b) => b.text.text).join(' ');
    const forms = part.titleForms;
    // The forms with words of their own besides the council's: the catch-all `Inspection of {council}` has two.
    const specific = forms.filter((f) => words(f.text.replace('{council}', ' ')).length > 2);
    const shown = (forms.find((f) => f.from || f.until) ?? forms[0])?.text.replace('{council}', '<council>');
    const near = () => {
      const have = words(written);
      let best: { text: string; likeness: number } | undefined;
      for (const f of specific) {
        const fixed = words(f.text.replace('{council}', ' '));
        // The share of the form's own words the title has, in order.
        const common = (wordSimilarity(have, fixed) * (have.length + fixed.length)) / 2;
        const likeness = common / fixed.length;
        if (!best || likeness > best.likeness) best = { text: f.text, likeness };
      }
      return best && best.likeness >= NEAR && best.likeness < 1 ? best : undefined;
    };
    if (!r.titleForm) {
      const close = near();
      report({
        span,
        severity: close ? 'warning' : 'error',
        message: close
          ? `The title '${written}' is close to the form '${close.text.replace('{council}', '<council>')}' but not in its words.`
          : `The title '${written}' is not in a form of a report's title: '${shown}'.`,
      });
      return;
    }
    if (!specific.includes(r.titleForm as (typeof specific)[number])) {
      const close = near();
      if (close) report({ span, severity: 'warning', message: `The title '${written}' is close to the form '${close.text.replace('{council}', '<council>')}' but not in its words.` });
      return;
    }
    const start = fieldworkStart(letter);
    if (!start || !outOfPeriod(r.titleForm, start)) return;
    const fitting = forms.filter((f) => (f.from || f.until) && !outOfPeriod(f, start));
    const council = letter.values.council.title?.value;
    const standard = fitting.length === 1 && council ? fitting[0].text.replace('{council}', council) : undefined;
    report({
      span,
      severity: 'hint',
      message: `'${written}' is the title of reports on ${describePeriod(r.titleForm)}; this fieldwork began ${start}${fitting.length === 1 ? `: the title is '${fitting[0].text.replace('{council}', council ?? '<council>')}'` : ''}.`,
      fixes: standard ? [{ title: `Write '${standard}'`, edits: [{ span, newText: standard }], safe: false }] : [],
    });
  },
});
