import type { Letter } from '../../parse/model';
import { MONTHS } from '../../parse/dates';
import type { ReportSpec, Template } from '../../template/template';
import type { Span } from '../../text/source';
import type { MappedText } from '../../text/mapped';

/**
 * What a later document says of the previous inspection (`Since the last inspection in March 2019, when
 * services were judged to be good, …`) and what the previous document itself says: its fieldwork and
 * its overall grade. The words come from the templates' `report.previousInspection` and
 * `report.previousReference`; the grade vocabulary from `report.grades`.
 */

/** `March 2019` or `2019`: a month (optional) and a year. */
const WHEN = new RegExp(`\\b(?:(${MONTHS.join('|')})\\s+)?((?:19|20)\\d\\d)\\b`, 'g');
/** A grade followed by the judgement it is of (`good in help and protection`). */
const JUDGEMENT_AFTER = /^\s+(?:in|for)\s/;
/** How far before a date the words naming an inspection are looked for. */
const NEAR = 90;

export interface DateMention {
  /** 0-11, when the month is named. */
  month?: number;
  year: number;
  written: string;
  span: Span;
}

export interface GradeMention {
  gradeId: string;
  written: string;
  span: Span;
  /** The sentence names one judgement (care leavers, leaders…) rather than the whole. */
  oneJudgement: boolean;
}

/** The words a document's previous inspection is named with: the draft's template's, else the previous document's. */
export function referenceWords(draft: Template, previous?: Template): { inspection: RegExp; reference: NonNullable<ReportSpec['previousReference']> } | undefined {
  for (const t of [draft, previous]) {
    const r = t?.report;
    if (r?.previousInspection && r.previousReference) return { inspection: r.previousInspection, reference: r.previousReference };
  }
  return undefined;
}

/** Sentences of a text, as offsets (a full stop followed by space and a capital or digit ends one). */
function sentences(text: string): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let from = 0;
  const end = /[.!?]["'’”)]?\s+(?=[A-Z0-9‘“"'])/g;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    out.push({ from, to: m.index + 1 });
    from = m.index + m[0].length;
  }
  if (from < text.length) out.push({ from, to: text.length });
  return out;
}

/** The month-and-year or year that a sentence naming the previous inspection gives it (not a JTAI's, not a visit's). */
export function mentionedDates(text: MappedText, words: { inspection: RegExp; reference: NonNullable<ReportSpec['previousReference']> }): DateMention[] {
  const out: DateMention[] = [];
  const t = text.text;
  for (const s of sentences(t)) {
    const sentence = t.slice(s.from, s.to);
    if (!words.inspection.test(sentence)) continue;
    WHEN.lastIndex = 0;
    for (let m = WHEN.exec(sentence); m; m = WHEN.exec(sentence)) {
      const before = sentence.slice(Math.max(0, m.index - NEAR), m.index);
      // The date of an inspection: after its words, with no other inspection or visit named in between.
      const at = lastInspectionWord(before, words.reference.inspectionWord);
      if (at < 0) continue;
      const between = before.slice(at);
      if (words.reference.other?.test(between)) continue;
      // Only the first date after them (`the last inspection, in March 2020, until January 2025`).
      if (/\b(?:19|20)\d\d\b/.test(between)) continue;
      // `in 2019 to 2020`, `2019-20`: a span of years (a plan, a budget) is not a date of an inspection.
      if (/^\s*(?:to|-|–|\/)\s*\d/.test(sentence.slice(m.index + m[0].length))) continue;
      const from = s.from + m.index;
      out.push({ month: m[1] ? MONTHS.indexOf(m[1]) : undefined, year: Number(m[2]), written: m[0], span: text.sourceSpan(from, from + m[0].length) });
    }
  }
  return out;
}

/** Where the last word naming an inspection (`inspection`, `inspected`, `judged`: the template's words) starts, or -1. */
function lastInspectionWord(text: string, word: RegExp | undefined): number {
  if (!word) return -1;
  const re = new RegExp(word.source, word.flags.includes('g') ? word.flags : `${word.flags}g`);
  let at = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) at = m.index;
  return at;
}

/** Grades named in sentences that name the previous inspection (`when services were judged to be good`). */
export function mentionedGrades(text: MappedText, template: Template, words: { inspection: RegExp; reference: NonNullable<ReportSpec['previousReference']> }): GradeMention[] {
  const out: GradeMention[] = [];
  const t = text.text;
  const grade = new RegExp(words.reference.grade.source, words.reference.grade.flags.replace('g', '') + 'g');
  for (const s of sentences(t)) {
    const sentence = t.slice(s.from, s.to);
    if (!words.inspection.test(sentence)) continue;
    grade.lastIndex = 0;
    for (let m = grade.exec(sentence); m; m = grade.exec(sentence)) {
      if (!m[0]) {
        grade.lastIndex++;
        continue;
      }
      const after = sentence.slice(m.index + m[0].length);
      const read = readGradeLoosely(after, template);
      if (!read) continue;
      const from = s.from + m.index + m[0].length;
      out.push({
        gradeId: read.gradeId,
        written: after.slice(0, read.length),
        span: text.sourceSpan(from, from + read.length),
        // `services were judged…`, not `care leavers were judged…`, nor `judged good in help and protection`.
        oneJudgement: !!words.reference.judgement && (words.reference.judgement.test(sentence.slice(0, m.index)) || JUDGEMENT_AFTER.test(after.slice(read.length)) && words.reference.judgement.test(after.slice(read.length, read.length + 80))),
      });
    }
  }
  return out;
}

/** One word's stem, so that `requires`, `require` and `requiring` are one word. */
function stem(word: string): string {
  return word.toLowerCase().replace(/(?:es|s|ing|e)$/, '');
}

/**
 * The grade a text begins with, in the vocabulary's words or its short forms, however the verb is
 * inflected (`require improvement`, `requiring improvement to be good`): the longest that fits.
 */
export function readGradeLoosely(text: string, template: Template): { gradeId: string; length: number } | undefined {
  const words: { stem: string; end: number }[] = [];
  const re = /[\p{L}]+/gu;
  for (let m = re.exec(text); m && words.length < 8; m = re.exec(text)) {
    // Only the words at the start, separated by spaces.
    const gap = text.slice(words.length ? words[words.length - 1].end : 0, m.index);
    if (!/^\s*$/.test(gap)) break;
    words.push({ stem: stem(m[0]), end: m.index + m[0].length });
  }
  let best: { gradeId: string; length: number; n: number } | undefined;
  for (const g of template.report?.grades ?? []) {
    for (const form of [g.text, ...g.shortForms]) {
      const stems = form.split(/\s+/).map(stem);
      if (stems.length > words.length || !stems.every((x, i) => words[i].stem === x)) continue;
      if (!best || stems.length > best.n) best = { gradeId: g.id, length: words[stems.length - 1].end, n: stems.length };
    }
  }
  return best && { gradeId: best.gradeId, length: best.length };
}

/** The previous document's overall grade: its opening's sentence where its template has one (SIF), else its table's row without a section (Overall effectiveness). */
export function overallGrade(previous: Letter): { gradeId: string; written: string } | undefined {
  const sentence = previous.template.report?.overallJudgement;
  if (sentence) {
    const m = sentence.exec(previous.source.text.slice(0, 4000).replace(/\s+/g, ' '));
    const written = m ? [...m].slice(1).reverse().find((g) => g !== undefined) : undefined;
    const read = written ? readGradeLoosely(written, previous.template) : undefined;
    return read && written ? { gradeId: read.gradeId, written } : undefined;
  }
  const rows = previous.template.parts.find((p) => p.kind === 'table')?.table?.rows ?? [];
  const overallIds = new Set(rows.filter((r) => !r.section).map((r) => r.id));
  const row = previous.report?.table?.rows.find((r) => r.rowId && overallIds.has(r.rowId) && r.grade?.gradeId);
  return row?.grade?.gradeId ? { gradeId: row.grade.gradeId, written: row.grade.written } : undefined;
}

/** Every grade the previous document's table gives (a sentence on one judgement may name any of them). */
export function tableGrades(previous: Letter): Set<string> {
  return new Set((previous.report?.table?.rows ?? []).map((r) => r.grade?.gradeId).filter((g): g is string => !!g));
}
