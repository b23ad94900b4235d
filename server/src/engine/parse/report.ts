import { matchParagraph } from '../match/sentences';
import type { Recognition } from '../template/registry';
import { ROLE } from '../template/roles';
import { inPeriod, type PartId, type SectionId, type Template, type TemplatePart } from '../template/template';
import { countsBeyond, foldKey } from '../text/fold';
import { MappedText } from '../text/mapped';
import { SourceText, type Span } from '../text/source';
import type { Block } from './blocks';
import { iso, parseDateRanges } from './date-ranges';
import { MONTHS } from './dates';
import { lexLines, type LineItem } from './lines';
import type { HeadingNode, Letter, LetterValues, Located, PartNode, SectionNode } from './model';
import { reportLines, type ReportLine } from './report-lines';
import type { GradeNode, ImprovementItem, NumberedParagraph, ReportModel, RunningFooter, TableRowNode } from './report-model';
import { isAsciiDigit, isAsciiLetter } from '../text/chars';

/**
 * Parses a report: a document whose template has a title block and a table instead of a letter's
 * head (see template kinds titleBlock, field, table, list, trailer and graded sections). Reads the
 * lines in the template's order: the title block and its fields, the table's rows of label and grade,
 * the unheaded summary, the list, the graded sections with their numbered paragraphs, the back page;
 * running footers, page numbers and footnotes are page furniture wherever they fall. Never throws.
 */

const NUMBERED = /^(\d{1,3})[.)](?=\s|$)\s*/;
/** A dates line's month and year wrapped onto the next line (`… 28 – 30` / `January 2014`). */
const MONTH_YEAR_LINE = new RegExp(`^(?:${MONTHS.join('|')})\\s+\\d{4}\\s*$`);
const ENDS_SENTENCE = /[.!?:;]["'’”)\]]?$/;
/** A heading's opening, for a quick test of each line: its first word and the first letters of its second. */
function headingStart(words: readonly string[]): string {
  return `${words[0] ?? ''} ${(words[1] ?? '').slice(0, 4)}`;
}

/** Words of a text, folded and lower-cased, for comparing labels. */
function wordsOf(text: string): string[] {
  return plainWordsOf(text) ?? patternWordsOf(text);
}

/** wordsOf by folding and splitting with a pattern: for any text (exported for the test that the two ways agree). */
export function patternWordsOf(text: string): string[] {
  return foldKey(text).split(/[^\p{L}\p{N}']+/u).filter(Boolean);
}

/**
 * wordsOf read character by character where the text is printable ASCII without a backtick (which
 * folds to an apostrophe): runs of letters, digits and apostrophes, lower-cased. Undefined otherwise.
 */
export function plainWordsOf(text: string): string[] | undefined {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c > 126 || c === 96 || (c < 32 && c !== 9 && c !== 10 && c !== 13)) return undefined;
    const inWord = c === 39 || isAsciiDigit(c) || isAsciiLetter(c);
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      words.push(text.slice(start, i).toLowerCase());
      start = -1;
    }
  }
  return words;
}

/** 2 × common words in order / total words: 1 for the same words, 0 for none alike. */
export function wordSimilarity(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let prev = 0;
    for (let j = 1; j <= b.length; j++) {
      const keep = row[j];
      row[j] = a[i - 1] === b[j - 1] ? prev + 1 : Math.max(row[j], row[j - 1]);
      prev = keep;
    }
  }
  return (2 * row[b.length]) / (a.length + b.length);
}

interface GradeMatch {
  gradeId?: string;
  form: GradeNode['form'];
}

/** The template's grade vocabulary, folded, for reading a cell or the end of a heading. */
class Grades {
  private readonly byKey = new Map<string, { id: string; standard: string; short: boolean }>();
  /** Every form, longest first, lower case. */
  readonly forms: string[];
  constructor(template: Template) {
    for (const g of template.report?.grades ?? []) {
      this.byKey.set(foldKey(g.text), { id: g.id, standard: g.text, short: false });
      for (const s of g.shortForms) this.byKey.set(foldKey(s), { id: g.id, standard: g.text, short: true });
    }
    this.forms = [...this.byKey.keys()].sort((a, b) => b.length - a.length);
    this.longestForm = this.forms[0]?.length ?? 0;
  }
  /** The longest form's length (folded). */
  private readonly longestForm: number;
  /** Reads a grade as written; `lower` when the place wants it in lower case (a section heading). */
  read(written: string, lower: boolean): GradeMatch | undefined {
    const text = written.trim().replace(/[.;]$/, '').trim();
    const known = this.byKey.get(foldKey(text));
    if (!known) return undefined;
    if (known.short) return { gradeId: known.id, form: 'short' };
    const standard = lower ? known.standard.toLowerCase() : known.standard;
    return { gradeId: known.id, form: text.replace(/['’]/g, "'") === standard.replace(/['’]/g, "'") ? 'standard' : 'case' };
  }
  isGrade(text: string): boolean {
    // Text with more characters than the longest form (one more for a final full stop) folds to no
    // form: most lines of a table are labels, and folding each (twice a line) was most of reading it.
    if (countsBeyond(text, this.longestForm + 1, '')) return false;
    return this.byKey.has(foldKey(text.trim().replace(/[.;]$/, '').trim()));
  }
}

interface Compiled {
  grades: Grades;
  sections: { part: TemplatePart; headings: string[][] }[];
  /** A grade at the end of a heading, after its connector (`: `, ` is `, ` are: `, a space), longest first. */
  gradeEndings: RegExp[];
  /** The first words of any graded heading (a line starting so may open one). */
  headingStarts: Set<string>;
  headingFirstWords: Set<string>;
  /** The first characters of those words, as codes with bit 5 set (`| 32`: lower case for a letter), for text starting in ASCII. */
  headingFirstLetters: Set<number>;
  listFirstWords: Set<string>;
  table?: TemplatePart;
  list?: TemplatePart;
  listHeadings: string[];
  trailer?: TemplatePart;
  titleBlock?: TemplatePart;
  fields: TemplatePart[];
  summary?: TemplatePart;
  rowLabels: { id: string; section?: SectionId; labels: { words: string[]; variant: boolean }[] }[];
  titleForms: { regex: RegExp; form: { text: string; from?: string; until?: string } }[];
}

const compiledCache = new WeakMap<Template, Compiled>();

function compile(template: Template): Compiled {
  let c = compiledCache.get(template);
  if (c) return c;
  const sections = template.parts.filter((p) => p.kind === 'section').map((part) => ({ part, headings: part.headings.map((h) => wordsOf(h.text)) }));
  const headingStarts = new Set(sections.flatMap((s) => s.headings.map(headingStart)));
  const table = template.parts.find((p) => p.kind === 'table');
  const list = template.parts.find((p) => p.kind === 'list');
  const order = (p?: TemplatePart) => p?.order ?? -1;
  const grades = new Grades(template);
  c = {
    grades,
    gradeEndings: grades.forms.map((g) => new RegExp(`(?:\\s*:\\s*|\\s+(?:is|are)\\s*:?\\s*|\\s+-\\s+|\\s+)(${g.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})\\.?$`, 'u')),
    sections,
    headingStarts,
    headingFirstWords: new Set(sections.flatMap((s) => s.headings.map((h) => h[0]))),
    headingFirstLetters: new Set(sections.flatMap((s) => s.headings.map((h) => (h[0] ?? '').charCodeAt(0) | 32))),
    listFirstWords: new Set(list ? list.headings.map((h) => wordsOf(h.text)[0]) : []),
    table,
    list,
    listHeadings: list ? list.headings.map((h) => wordsOf(h.text).join(' ')) : [],
    trailer: template.parts.find((p) => p.kind === 'trailer'),
    titleBlock: template.parts.find((p) => p.kind === 'titleBlock'),
    fields: template.parts.filter((p) => p.kind === 'field'),
    summary: template.parts.find((p) => p.kind === 'paragraph' && !p.anchor && p.order > order(table)),
    rowLabels: (table?.table?.rows ?? []).map((r) => ({
      id: r.id,
      section: r.section,
      labels: [{ words: wordsOf(r.label), variant: false }, ...r.labelVariants.map((v) => ({ words: wordsOf(v.text), variant: true }))],
    })),
    titleForms: (template.parts.find((p) => p.kind === 'titleBlock')?.titleForms ?? []).map((form) => ({
      regex: new RegExp(
        '^' +
          foldKey(form.text)
            .split('{council}')
            .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
            .join('(.+?)') +
          '$',
        'u',
      ),
      form,
    })),
  };
  compiledCache.set(template, c);
  return c;
}

export function parseReport(text: string, template: Template): Letter {
  const c = compile(template);
  const spec = template.report!;
  const source = new SourceText(text);
  const lexed = lexLines(source);
  const lines = reportLines(source, lexed);
  const report: ReportModel = { gradedSections: [], paragraphs: [], footers: [], pageNumbers: [], summary: [] };
  const parts: PartNode[] = [];
  const sections: SectionNode[] = [];
  const blocks: Block[] = [];
  const decorations: Block[] = [];
  const unrecognised: Block[] = [];
  const values: LetterValues = { council: {}, previousInspections: [], copyList: { entries: [], hasRequiredOrganisation: false } };

  const block = (ls: ReportLine[], cut?: { from: number }): Block => {
    const spans: Span[] = [];
    // (Loops, not flatMap, which was the most of this function's time.)
    const items: LineItem[] = [];
    for (const l of ls) {
      for (const s of l.spans) spans.push(s);
      for (const item of l.items) items.push(item);
    }
    if (cut && spans.length) spans[0] = { start: Math.min(cut.from, spans[0].end), end: spans[0].end };
    const usable = spans.filter((s) => s.end > s.start);
    const first = ls[0];
    const last = ls[ls.length - 1];
    const b: Block = {
      index: blocks.length,
      items,
      span: { start: cut ? usable[0]?.start ?? first.span.start : first.span.start, end: last.span.end },
      text: MappedText.fromSpans(text, usable),
      marker: first.bullet ? { text: text.slice(first.bullet.start, first.bullet.end), span: first.bullet } : undefined,
      firstLine: first.index,
      lastLine: last.index,
      joins: [],
    };
    blocks.push(b);
    return b;
  };
  const addPart = (id: PartId, bs: Block[], by: PartNode['recognisedBy'] = 'pattern'): PartNode => {
    const node: PartNode = { id, blocks: bs, span: { start: bs[0].span.start, end: bs[bs.length - 1].span.end }, sentences: [], recognisedBy: by };
    parts.push(node);
    return node;
  };
  const located = (b: Block, from = 0, to = b.text.text.length): Located => ({ value: b.text.text.slice(from, to), span: b.text.sourceSpan(from, to) });

  // Page furniture and the back page, wherever they are.
  const furniture = new Set<ReportLine>();
  let trailerAt = lines.length;
  if (c.trailer?.anchor) {
    const anchor = c.trailer.anchor;
    for (let i = lines.length - 1; i >= 0; i--) if (anchor.test(lines[i].text)) trailerAt = i;
  }
  const footnote = c.list?.list?.footnote;
  let footnoteSpan: Span | undefined;
  const isPageNumber = (l: ReportLine) => !l.bullet && spec.pageNumber !== undefined && spec.pageNumber.test(l.text);
  // The title block ends at the first field or table line: footers are looked for after it.
  let titleEnd = lines.findIndex((l) => c.fields.some((f) => f.anchor?.test(l.text)) || isTableHeader(l, c));
  if (titleEnd < 0) titleEnd = 0;
  for (let i = titleEnd + 1; i < trailerAt; i++) {
    const l = lines[i];
    if (isPageNumber(l)) {
      furniture.add(l);
      report.pageNumbers.push(l.span);
      continue;
    }
    if (footnote?.test(l.text)) {
      // The footnote runs to its last sentence.
      let j = i;
      while (j < trailerAt && (j === i || !ENDS_SENTENCE.test(lines[j - 1].text)) && j - i < 6) furniture.add(lines[j++]);
      const fb = block(lines.slice(i, j));
      decorations.push(fb);
      footnoteSpan ??= fb.span;
      i = j - 1;
      continue;
    }
    if (spec.runningFooter?.test(l.text) && !ENDS_SENTENCE.test(l.text) && l.text.length < 160) {
      const next = lines[i + 1];
      const own = parseDateRanges(l.text);
      const nextDates = next && !furniture.has(next) && next.text.length < 80 && /\d/.test(next.text) && !NUMBERED.test(next.text) ? parseDateRanges(next.text) : undefined;
      if (own.ranges.length || nextDates?.ranges.length || (next && isPageNumber(next)) || !next) {
        furniture.add(l);
        const titleBlock = block([l]);
        decorations.push(titleBlock);
        const footer: RunningFooter = { title: located(titleBlock), span: l.span };
        if (nextDates?.ranges.length) {
          furniture.add(next);
          const datesBlock = block([next]);
          decorations.push(datesBlock);
          footer.dates = located(datesBlock);
          footer.parsed = nextDates;
          footer.span = { start: l.span.start, end: next.span.end };
          i++;
        } else if (own.ranges.length) {
          footer.dates = { value: l.text.slice(own.ranges[0].from), span: { start: l.span.start + own.ranges[0].from, end: l.span.end } };
          footer.parsed = own;
        }
        report.footers.push(footer);
      }
    }
  }
  const content = lines.slice(0, trailerAt).filter((l) => !furniture.has(l));

  // The title block: up to the table (or the first line after the fields).
  let cursor = 0;
  const tableStart = content.findIndex((l, i) => isTableHeader(l, c) || (i < 15 && rowLabelStart(l, c)));
  let headEnd = tableStart >= 0 ? tableStart : -1;
  if (headEnd < 0) {
    let lastField = -1;
    content.forEach((l, i) => {
      if (i < 12 && c.fields.some((f) => f.anchor?.test(l.text))) lastField = i;
    });
    headEnd = lastField + 1;
    // The last field's month and year wrapped onto the next line belong to it.
    if (lastField >= 0 && content[headEnd] && MONTH_YEAR_LINE.test(content[headEnd].text)) headEnd++;
  }
  const titleLines: ReportLine[] = [];
  for (let i = 0; i < headEnd; i++) {
    const l = content[i];
    const field = c.fields.find((f) => f.anchor?.test(l.text));
    if (!field) {
      titleLines.push(l);
      continue;
    }
    const fieldLines = [l];
    // A field's value wraps: dates ending in `to`/`and`, or a line of dates; the inspector's title.
    while (i + 1 < headEnd && !c.fields.some((f) => f.anchor?.test(content[i + 1].text))) {
      const next = content[i + 1].text;
      const cur = fieldLines[fieldLines.length - 1].text;
      if (/(?:\bto|\band|[-–,])\s*$/.test(cur) || /^\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}\b/.test(next) || MONTH_YEAR_LINE.test(next) || /^(?:(?:Her|His)\s+Majesty|HMI\b)/.test(next)) {
        fieldLines.push(content[++i]);
      } else break;
    }
    const b = block(fieldLines);
    addPart(field.id, [b]);
    const valueFrom = b.text.text.indexOf(':') + 1;
    if (/dates?\s*:/i.test(b.text.text.slice(0, valueFrom))) {
      const ranges = parseDateRanges(b.text.text.slice(valueFrom));
      const valueStart = valueFrom + (b.text.text.slice(valueFrom).length - b.text.text.slice(valueFrom).trimStart().length);
      report.fieldwork = { value: parseDateRanges(b.text.text.slice(valueStart)), span: b.text.sourceSpan(valueStart, b.text.text.length) };
      // Not values.inspectionDays: that is a letter's two days, checked in a letter's form; report rules read report.fieldwork.
      void ranges;
    } else if (/inspectors?\s*:/i.test(b.text.text.slice(0, valueFrom))) {
      const t = /\b(?:Her|His|Her\/His|His\/Her)\s+Majesty['’]?s\s+Inspectors?\b|\bHMI\b/.exec(b.text.text);
      report.inspector = { line: located(b) };
      const nameEnd = t ? t.index : b.text.text.length;
      const name = trimEndOf(b.text.text.slice(valueFrom, nameEnd), ' ,').trim();
      values.inspector = { name: name ? located(b, b.text.text.indexOf(name, valueFrom), b.text.text.indexOf(name, valueFrom) + name.length) : undefined };
      if (t) {
        report.inspector.title = located(b, t.index, t.index + t[0].length);
        values.inspector.title = report.inspector.title;
      }
    }
  }
  if (titleLines.length) {
    const b = block(titleLines);
    addPart(c.titleBlock?.id ?? ROLE.title, [b]);
    const key = foldKey(b.text.text);
    for (const { regex, form } of c.titleForms) {
      const m = regex.exec(key);
      if (!m) continue;
      report.titleForm = form;
      if (m[1] !== undefined) {
        const at = key.indexOf(m[1], form.text.startsWith('{council}') ? 0 : 1);
        values.council.title = located(b, at, at + m[1].length);
      }
      break;
    }
  }
  cursor = headEnd;

  // The table: a header, then rows of label lines and a grade.
  if (c.table && tableStart >= 0) {
    const rows: TableRowNode[] = [];
    const tableBlocks: Block[] = [];
    let i = tableStart;
    while (i < content.length && isTableHeader(content[i], c)) tableBlocks.push(block([content[i++]]));
    let label: ReportLine[] = [];
    let end = i;
    for (; i < content.length; i++) {
      const l = content[i];
      const pipe = /^\|(.*)\|\s*$/.exec(l.text);
      if (pipe) {
        const cells = pipe[1].split('|').map((s) => s.trim());
        if (cells.every((s) => /^:?-{2,}:?$/.test(s) || !s)) {
          end = i + 1;
          continue;
        }
        const b = block([l]);
        const row = readRow(b, cells, c, template);
        if (row) rows.push(row);
        tableBlocks.push(b);
        end = i + 1;
        continue;
      }
      if (isListHeading(l, c)) break;
      let gradeLines = [l];
      if (content[i + 1] && c.grades.isGrade(`${l.text} ${content[i + 1].text}`)) gradeLines = [l, content[i + 1]];
      const gradeText = gradeLines.map((g) => g.text).join(' ');
      if (c.grades.isGrade(gradeText) && label.length) {
        const lb = block(label);
        const gb = block(gradeLines);
        const grade = c.grades.read(gb.text.text, false)!;
        const row = classifyRow(lb, c);
        rows.push({ ...row, grade: { written: gb.text.text, span: gb.span, ...grade }, block: lb, span: { start: lb.span.start, end: gb.span.end } });
        tableBlocks.push(lb, gb);
        i += gradeLines.length - 1;
        end = i + 1;
        label = [];
        continue;
      }
      label.push(l);
      if (label.length > 4 || (ENDS_SENTENCE.test(l.text) && l.text.length > 60)) break;
    }
    // A last row whose grade is not a grade of the vocabulary (or is missing): its label, and the short cell after it.
    const ungraded = label.length ? lastUngradedRow(label, c) : undefined;
    if (ungraded) {
      const lb = block(label.slice(0, ungraded.labelLines));
      const cell = label[ungraded.labelLines];
      const gb = cell && ungraded.hasCell ? block([cell]) : undefined;
      rows.push({ ...classifyRow(lb, c), grade: gb && { written: gb.text.text, span: gb.span, form: 'unknown' }, block: lb, span: { start: lb.span.start, end: (gb ?? lb).span.end } });
      tableBlocks.push(...(gb ? [lb, gb] : [lb]));
      end = content.indexOf(label[ungraded.labelLines - 1 + (gb ? 1 : 0)]) + 1;
    }
    if (tableBlocks.length) {
      addPart(c.table.id, tableBlocks);
      report.table = { span: { start: tableBlocks[0].span.start, end: tableBlocks[tableBlocks.length - 1].span.end }, rows };
      cursor = end;
    }
  }

  // The rest: summary, list, sections with numbered paragraphs.
  let listNode: PartNode | undefined;
  let section: SectionNode | undefined;
  let sectionNode: PartNode | undefined;
  let paragraph: { lines: ReportLine[]; number?: NumberedParagraph; cut?: number } | undefined;
  let item: ReportLine[] | undefined;
  const items: ImprovementItem[] = [];
  let summaryLines: ReportLine[] = [];
  let summaryNode: PartNode | undefined;
  const flushSummary = () => {
    if (!summaryLines.length) return;
    const b = block(summaryLines);
    report.summary.push(b);
    if (c.summary) {
      if (summaryNode) {
        summaryNode.blocks.push(b);
        summaryNode.span = { start: summaryNode.span.start, end: b.span.end };
      } else summaryNode = addPart(c.summary.id, [b], 'position');
    } else unrecognised.push(b);
    summaryLines = [];
  };
  const flushItem = () => {
    if (!item || !listNode) return;
    const b = block(item);
    const tagPattern = c.list?.list?.itemTag;
    const m = tagPattern?.exec(b.text.text);
    items.push({ block: b, tag: m ? located(b, m.index, m.index + m[0].length) : undefined });
    listNode.blocks.push(b);
    listNode.span = { start: listNode.span.start, end: b.span.end };
    item = undefined;
  };
  const flushParagraph = () => {
    if (!paragraph) return;
    const ls = paragraph.lines;
    const b = ls.length && (paragraph.cut === undefined || paragraph.cut < ls[ls.length - 1].span.end || ls.length > 1) ? block(ls, paragraph.cut !== undefined ? { from: paragraph.cut } : undefined) : undefined;
    const usable = b && b.text.text.length > 0 ? b : undefined;
    if (paragraph.number) {
      paragraph.number.block = usable;
      report.paragraphs.push(paragraph.number);
    }
    if (usable && section && sectionNode) {
      section.findings.push({ block: usable, span: usable.span, text: usable.text, section: section.id });
      section.span = { start: section.span.start, end: usable.span.end };
      sectionNode.blocks.push(usable);
      sectionNode.span = { start: sectionNode.span.start, end: usable.span.end };
    } else if (usable) {
      unrecognised.push(usable);
    }
    paragraph = undefined;
  };
  for (let i = cursor; i < content.length; i++) {
    const l = content[i];
    const heading = startsSection(content, i, c);
    if (heading) {
      flushSummary();
      flushItem();
      flushParagraph();
      const hb = block(content.slice(i, i + heading.lines));
      const node: HeadingNode = { block: hb, text: hb.text.text, span: hb.span, match: heading.match };
      section = { id: heading.section, heading: node, findings: [], span: { ...hb.span } };
      sections.push(section);
      sectionNode = addPart(heading.section, [hb]);
      const gradeFrom = heading.gradeAt;
      report.gradedSections.push({
        section,
        label: located(hb, 0, heading.labelEnd),
        grade:
          gradeFrom !== undefined
            ? (() => {
                const written = hb.text.text.slice(gradeFrom).replace(/[.;]$/, '');
                const read = c.grades.read(written, spec.sectionGradeCase === 'lower');
                return { written, span: hb.text.sourceSpan(gradeFrom, gradeFrom + written.length), gradeId: read?.gradeId, form: read?.form ?? 'unknown' };
              })()
            : undefined,
      });
      listNode = undefined;
      i += heading.lines - 1;
      continue;
    }
    // The list heading, where it belongs or (the first time) misplaced among the sections: part-order says so.
    if ((!section || !report.improvements) && isListHeading(l, c)) {
      flushSummary();
      flushParagraph();
      section = undefined;
      sectionNode = undefined;
      const hb = block([l]);
      listNode = addPart(c.list!.id, [hb]);
      report.improvements = { heading: located(hb), items };
      continue;
    }
    if (listNode && !section) {
      if (footnote?.test(l.text)) {
        // A footnote typed in the draft (not at a page's foot): the footnote, not an item.
        const fb = block([l]);
        decorations.push(fb);
        report.improvements!.footnote = fb.span;
        continue;
      }
      const prev = content[i - 1];
      if (l.bullet || !item || (prev && ENDS_SENTENCE.test(prev.text) && /^\p{Lu}/u.test(l.text) && !tagContinues(prev.text, l.text))) {
        flushItem();
        item = [l];
      } else item.push(l);
      continue;
    }
    const lexedNumber = l.number;
    const numbered = lexedNumber ? ([`${lexedNumber.value}.`, String(lexedNumber.value)] as unknown as RegExpExecArray) : NUMBERED.exec(l.text);
    const prev = content[i - 1];
    const expected = (paragraph?.number?.number ?? report.paragraphs[report.paragraphs.length - 1]?.number ?? 0) + 1;
    const paragraphEnded = !paragraph || !prev || l.blankBefore || ENDS_SENTENCE.test(prev.text) || paragraph.lines.length === 0 || (numbered !== null && Number(numbered[1]) === expected);
    if (numbered && paragraphEnded && !l.bullet && (section || report.paragraphs.length || Number(numbered[1]) === 1)) {
      flushSummary();
      flushParagraph();
      if (lexedNumber) {
        // The lexer read the number off the line (or from a line of its own above): the text is the paragraph's.
        paragraph = { lines: [l], number: { number: lexedNumber.value, numberSpan: lexedNumber.span } };
        continue;
      }
      const numberSpan = { start: l.spans[0].start, end: l.spans[0].start + numbered[0].trimEnd().length };
      paragraph = { lines: [l], number: { number: Number(numbered[1]), numberSpan }, cut: l.spans[0].start + numbered[0].length };
      if (numbered[0].length >= l.text.length) paragraph.lines = [];
      continue;
    }
    if (paragraph) {
      paragraph.lines.push(l);
      if (paragraph.lines.length === 1 && paragraph.cut !== undefined && paragraph.cut <= l.span.start) paragraph.cut = undefined;
      continue;
    }
    if (section) {
      paragraph = { lines: [l] };
      continue;
    }
    // The summary: its paragraphs split at blank lines and where a line ends a sentence and the next is indented alike.
    if (summaryLines.length && hasBlankBetween(source, summaryLines[summaryLines.length - 1], l)) flushSummary();
    summaryLines.push(l);
  }
  flushSummary();
  flushItem();
  flushParagraph();

  if (report.improvements && footnoteSpan) report.improvements.footnote ??= footnoteSpan;
  if (trailerAt < lines.length) {
    const tb = block(lines.slice(trailerAt));
    addPart(c.trailer!.id, [tb]);
    report.trailer = tb.span;
  }
  blocks.sort((a, b) => a.span.start - b.span.start);
  blocks.forEach((b, i) => (b.index = i));
  parts.sort((a, b) => a.span.start - b.span.start);
  for (const part of parts) {
    const sentences = template.part(part.id).sentences;
    if (sentences.length) part.sentences = matchParagraph(part.blocks[0].text, sentences);
  }
  // The summary's mentions of the previous inspection, by month and year.
  const byId = new Map<PartId, PartNode[]>();
  for (const p of parts) byId.set(p.id, [...(byId.get(p.id) ?? []), p]);
  const distinct = new Set(parts.map((p) => p.id));
  const letter: Letter = {
    source,
    template,
    blocks,
    parts,
    sections,
    strayFindings: [],
    unrecognised,
    decorations,
    residue: lexed.residue,
    directives: lexed.directives,
    values,
    looksLikeLetter: distinct.size >= 3,
    recognition: { template, by: 'given' } satisfies Recognition,
    report,
    partsById: (id) => byId.get(id) ?? [],
    section: (id: SectionId) => sections.find((s) => s.id === id && s.heading.match !== 'unknown'),
  };
  return letter;
}

/** The text without the given characters at its end (a loop: an end-anchored pattern is tried from every position). */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

function hasBlankBetween(source: SourceText, a: ReportLine, b: ReportLine): boolean {
  for (let k = a.index + 1; k < b.index; k++) if (!source.lines[k].text.trim() || source.lines[k].text.trim() === '\f') return true;
  return false;
}

/** A tag wrapped onto the next line: `(outcome` / `4, national framework)`. */
function tagContinues(prev: string, next: string): boolean {
  return /\([^)]*$/.test(prev) || /^\d/.test(next);
}

function isTableHeader(l: ReportLine, c: Compiled): boolean {
  const header = c.table?.table?.header ?? [];
  if (!header.length) return false;
  const key = foldKey(l.text).replace(/[|\s]+/g, ' ').trim();
  return header.some((h) => foldKey(h) === key) || key === header.map(foldKey).join(' ');
}

/** A line opening a table row (a typed table without its header, a numbered judgement list). */
function rowLabelStart(l: ReportLine, c: Compiled): boolean {
  const start = wordsOf(l.text).slice(0, 3).join(' ');
  return c.rowLabels.some((r) => r.labels.some((x) => start === x.words.slice(0, 3).join(' ')));
}

/** The lines (1 to 3) that make a row label of the template, and whether a short cell follows them: a row read without its grade. */
function lastUngradedRow(label: ReportLine[], c: Compiled): { labelLines: number; hasCell: boolean } | undefined {
  let best: { n: number; similarity: number } | undefined;
  for (let n = 1; n <= Math.min(3, label.length); n++) {
    const words = wordsOf(label.slice(0, n).map((l) => l.text).join(' '));
    for (const r of c.rowLabels) for (const x of r.labels) {
      const similarity = wordSimilarity(words, x.words);
      if (similarity >= 0.8 && (!best || similarity > best.similarity)) best = { n, similarity };
    }
  }
  if (!best) return undefined;
  const next = label[best.n];
  return { labelLines: best.n, hasCell: !!next && next.text.length <= 40 && !ENDS_SENTENCE.test(next.text) && !rowLabelStart(next, c) };
}

function isListHeading(l: ReportLine, c: Compiled): boolean {
  if (!c.list || l.text.length > 40) return false;
  const space = l.text.indexOf(' ');
  if (!c.listFirstWords.has((space < 0 ? l.text : l.text.slice(0, space)).toLowerCase())) return false;
  const key = wordsOf(trimEndOf(trimEndOf(l.text, ' '), '0123456789')).join(' ');
  return c.listHeadings.includes(key);
}

function classifyRow(label: Block, c: Compiled): Omit<TableRowNode, 'grade' | 'block' | 'span'> {
  const words = wordsOf(label.text.text);
  const loc = { value: label.text.text, span: label.span };
  let best: { id: string; similarity: number } | undefined;
  for (const r of c.rowLabels) {
    for (const l of r.labels) {
      if (l.words.join(' ') === words.join(' ')) return { label: loc, rowId: r.id, match: l.variant ? 'variant' : 'exact' };
      const s = wordSimilarity(words, l.words);
      if (!best || s > best.similarity) best = { id: r.id, similarity: s };
    }
  }
  if (best && best.similarity >= 0.8) return { label: loc, rowId: best.id, match: 'near' };
  return { label: loc, match: 'unknown' };
}

function readRow(b: Block, cells: string[], c: Compiled, template: Template): TableRowNode | undefined {
  void template;
  if (cells.length < 2) return undefined;
  const labelEnd = b.text.text.indexOf(cells[0]) + cells[0].length;
  const labelBlock = { ...b, text: b.text } as Block;
  const row = classifyRow({ ...labelBlock, text: MappedText.fromSpans(cells[0], [{ start: 0, end: cells[0].length }]) } as Block, c);
  const gradeAt = b.text.text.lastIndexOf(cells[1]);
  const read = c.grades.read(cells[1], false);
  void labelEnd;
  return {
    ...row,
    label: { value: cells[0], span: b.text.sourceSpan(b.text.text.indexOf(cells[0]), b.text.text.indexOf(cells[0]) + cells[0].length) },
    grade: cells[1] ? { written: cells[1], span: b.text.sourceSpan(gradeAt, gradeAt + cells[1].length), gradeId: read?.gradeId, form: read?.form ?? 'unknown' } : undefined,
    block: b,
    span: b.span,
  };
}

/**
 * Whether a graded section heading starts at content[i]: its words (over up to three lines), then a
 * grade after a colon, `is`, `are`, or nothing. Returns the lines it takes and where its grade is.
 */
function startsSection(content: ReportLine[], i: number, c: Compiled): { section: SectionId; match: HeadingNode['match']; lines: number; labelEnd: number; gradeAt?: number } | undefined {
  const first = content[i];
  if (first.bullet || first.number) return undefined;
  // Most lines are told apart by their first letter, then by their first word (plain lower case: no
  // folding for every line).
  const letter = first.text.charCodeAt(0);
  if (letter < 128 && !c.headingFirstLetters.has(letter | 32)) return undefined;
  if (NUMBERED.test(first.text)) return undefined;
  const space = first.text.indexOf(' ');
  if (space < 0 || !c.headingFirstWords.has(first.text.slice(0, space).toLowerCase())) return undefined;
  if (!c.headingStarts.has(headingStart(wordsOf(first.text.slice(0, 40))))) return undefined;
  const prev = content[i - 1];
  if (prev && !first.blankBefore && !ENDS_SENTENCE.test(prev.text) && !/^\d{1,3}$/.test(prev.text) && !c.grades.isGrade(prev.text) && !/\?\d?$/.test(prev.text) && !/improve\s*$/i.test(prev.text) && !/\)$/.test(prev.text)) return undefined;
  let text = '';
  for (let n = 1; n <= 3 && i + n - 1 < content.length; n++) {
    const l = content[i + n - 1];
    if (n > 1 && (NUMBERED.test(l.text) || l.bullet || l.number)) break;
    text = n === 1 ? l.text : `${text} ${l.text}`;
    const m = matchGradedHeading(text, c);
    if (m) {
      if (m.gradeAt === undefined && n < 3 && content[i + n] && !NUMBERED.test(content[i + n].text)) {
        // The grade may be on the next line.
        const more = matchGradedHeading(`${text} ${content[i + n].text}`, c);
        if (more?.gradeAt !== undefined) return { ...more, lines: n + 1 };
      }
      return { ...m, lines: n };
    }
    if (text.length > 200) break;
  }
  return undefined;
}

/** Reads `<heading>[: | is | are] <grade>` (folded text), exact or in close words. */
function matchGradedHeading(raw: string, c: Compiled): { section: SectionId; match: HeadingNode['match']; labelEnd: number; gradeAt?: number } | undefined {
  const text = foldKey(raw).replace(/\s+/g, ' ').trim();
  // The grade at the end, with its connector.
  let gradeAt: number | undefined;
  let labelEnd = text.length;
  for (let k = 0; k < c.gradeEndings.length; k++) {
    // Only a text ending with the grade can match its pattern, which (anchored at the end) would be
    // tried from every position of the text.
    const form = c.grades.forms[k];
    if (!text.endsWith(form) && !(text.endsWith('.') && text.endsWith(form, text.length - 1))) continue;
    const m = c.gradeEndings[k].exec(text);
    if (m) {
      labelEnd = m.index;
      gradeAt = m.index + m[0].indexOf(m[1], m[0].length - m[1].length - 1);
      break;
    }
  }
  const label = text.slice(0, labelEnd).replace(/[:.]$/, '').trim();
  const labelWords = wordsOf(label);
  let best: { section: SectionId; similarity: number } | undefined;
  for (const s of c.sections) {
    for (const h of s.headings) {
      if (h.join(' ') === labelWords.join(' ')) return { section: s.part.id, match: 'exact', labelEnd: mapBack(raw, labelEnd, text), gradeAt: gradeAt === undefined ? undefined : mapBack(raw, gradeAt, text) };
      const sim = wordSimilarity(labelWords, h);
      if (!best || sim > best.similarity) best = { section: s.part.id, similarity: sim };
    }
  }
  if (gradeAt !== undefined && best && best.similarity >= 0.8) return { section: best.section, match: 'near', labelEnd: mapBack(raw, labelEnd, text), gradeAt: mapBack(raw, gradeAt, text) };
  return undefined;
}

/**
 * The offset in the block text of an offset in its folded, space-collapsed form. The block's text is
 * already folded with single spaces, so the two agree but for case: the offset stands.
 */
function mapBack(_raw: string, offset: number, _folded: string): number {
  return offset;
}

/** The periods of a template's rows that fit a report's fieldwork, for rules. */
export function rowsFor(template: Template, fieldworkStart?: Date): { id: string; label: string; section?: SectionId }[] {
  const rows = template.parts.find((p) => p.kind === 'table')?.table?.rows ?? [];
  return rows.filter((r) => !fieldworkStart || inPeriod(r, iso(fieldworkStart)));
}
