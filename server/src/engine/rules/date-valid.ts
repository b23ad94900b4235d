import { formatDate, type ParsedDate } from '../parse/dates';
import type { Span } from '../text/source';
import { defineRule, type Report } from './rule';
import { formatInspectionDays, isWellFormedDays, whyNotADate, writtenDayCount } from './consistency/calendar';
import type { Letter } from '../parse/model';

export default defineRule({
  id: 'date-valid',
  description: 'The letter date and the inspection days are real dates, written as day, month name and year.',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    rationale:
      'A date that does not exist (`31 February 2011`, a misspelt month) cannot be published and makes every check that depends on it meaningless: that is an error. Letters write dates as the day, the full month name and the year (`1 December 2010`); another form (`1st Dec 2010`) is a warning with a safe fix to the standard form. Where the real documents of a template write the inspection days in several ways (focused visits: `18 to 19 October 2022`, `13 October and 15 October 2020`, `15, 16 and 21 July 2025`), each of them is accepted and only a date not written as day, full month name and year is flagged; a fix is offered only when it keeps every day written.',
    examples: [
      { flagged: '31 February 2011', note: 'not a real date (error)' },
      { flagged: '1st Dec 2010', accepted: '1 December 2010', note: 'non-standard form (warning, fixed)' },
    ],
  },
  check({ letter, template, report }) {
    const { letterDate, inspectionDays } = letter.values;
    const source = letter.source.text;
    if (letterDate) {
      const written = source.slice(letterDate.span.start, letterDate.span.end);
      const r = dateReport('The letter date', letterDate.value, written, letterDate.span);
      if (r) report(r);
    }
    const unread = unreadInspectionDays(letter);
    if (!inspectionDays && unread) {
      // Days with numbers are read however wrong they are (and judged below): these have none to read.
      report({
        span: unread.span,
        message: `The inspection days '${unread.written}' cannot be read as dates. Write the two days of the inspection, such as '2 and 3 November 2010'.`,
      });
    }
    if (inspectionDays) {
      const { first, last } = inspectionDays.value;
      const span = inspectionDays.span;
      const written = source.slice(span.start, span.end);
      const bad = [first, last].map((d) => whyNotADate(d)).filter((w): w is string => Boolean(w));
      if (bad.length) {
        report({ span, message: `The inspection days '${written}' are not real dates: ${[...new Set(bad)].join('; ')}. Write the two days of the inspection, such as '2 and 3 November 2010'.` });
      } else if (first.date && last.date && first.date < last.date) {
        const standard = formatInspectionDays(first.date, last.date);
        const oneLine = written.replace(/\s+/g, ' ').trim();
        const accepted = oneLine === standard || (template.inspectionDates.writtenForms === 'any' && isWellFormedDays(oneLine));
        if (!accepted) {
          // The standard form names the first and last day: where more are written, it would drop some.
          const twoDays = writtenDayCount(oneLine) <= 2;
          report({
            span,
            severity: 'warning',
            message: twoDays
              ? `Write the inspection days in the standard form, day and full month name: '${standard}'.`
              : `Write each inspection day as a day and the full month name, ending with the year (not '${oneLine}').`,
            fixes: twoDays ? [{ title: `Write '${standard}'`, edits: [{ span, newText: standard }], safe: true }] : [],
          });
        }
      }
    }
  },
});

function dateReport(what: string, date: ParsedDate, written: string, span: Span): Report | undefined {
  const why = whyNotADate(date);
  if (why) return { span, message: `${what} '${written.trim()}' is not a real date: ${why}. Write the day, the month's name and the year, such as '1 December 2010'.` };
  const standard = date.date ? formatDate(date.date) : undefined;
  if (date.date && standard && (date.problem || written.replace(/\s+/g, ' ').trim() !== standard)) {
    return {
      span,
      severity: 'warning',
      message: `${what} should be written as day, full month name and year: '${standard}'.`,
      fixes: [{ title: `Write '${standard}'`, edits: [{ span, newText: standard }], safe: true }],
    };
  }
  return undefined;
}

/** The inspection days as the opening paragraph writes them, when they could not be read as dates. */
function unreadInspectionDays(letter: Letter): { written: string; span: Span } | undefined {
  const opening = letter.partsById('opening')[0];
  const slot = opening?.sentences.find((s) => s.status !== 'different' && s.slots.inspectionDates)?.slots.inspectionDates;
  if (!opening || !slot || !slot.value.trim()) return undefined;
  return { written: slot.value, span: opening.blocks[0].text.sourceSpan(slot.from, slot.to) };
}
