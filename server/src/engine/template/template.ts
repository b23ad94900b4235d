import Ajv from 'ajv';
import templateSchema from './template.schema.json';
import { compileVariant, type CompiledVariant, type Facts } from './sentence-pattern';
import { foldKey } from '../text/fold';

/**
 * A kind of inspection document, as data: read from a template file (see templates/ and
 * template.schema.json), validated and compiled once. Part ids are the template's own; the few that
 * generic code knows by their role are in ./roles.ts.
 */

/** A part's id, as its template names it. */
export type PartId = string;
/** The id of a part that is a section (a heading with findings under it). */
export type SectionId = string;

/** A part is required always, never, or exactly when a section is present (the parts that go with it). */
export type Requirement = 'always' | 'optional' | 'conditional';

/** The dates a wording was in use, as ISO dates (YYYY-MM or YYYY-MM-DD); open at either end. */
export interface Period {
  from?: string;
  until?: string;
}

export interface TemplateSentence {
  id: string;
  variants: CompiledVariant[];
}

export interface TemplateHeading extends Period {
  text: string;
  /** Folded and lower-cased. */
  key: string;
}

export interface TemplatePart {
  id: PartId;
  name: string;
  kind: PartKind;
  /** Position in the template order, from 0. */
  order: number;
  required: Requirement;
  /** For a conditional part: the section whose presence requires it. */
  requiredWith?: SectionId;
  /** For a conditional part: the month (YYYY-MM) from which documents must have it; earlier ones may go without. */
  requiredFrom?: string;
  repeatable: boolean;
  description: string;
  heading?: string;
  /** Accepted headings, folded and lower-cased (the heading, its variants). */
  headingKeys: string[];
  /** The accepted headings with the periods they belong to. */
  headings: TemplateHeading[];
  /** Near-miss headings that name this section but not in the standard words. */
  aliasKeys: string[];
  /** A paragraph that starts with this announces the part (for parts without fixed sentences). */
  anchor?: RegExp;
  /** For a section: whether its findings are bullets (checked by bullet-style), prose paragraphs, or either. */
  findingStyle: 'bullets' | 'prose' | 'either';
  /** Real documents put it in more than one place: its place is not checked. */
  floating: boolean;
  sentences: TemplateSentence[];
  skeleton?: string;
  /** The skeleton when the section this part goes with (requiredWith) has one finding: one area for priority action, not areas. */
  skeletonForOne?: string;
  /** A titleBlock's accepted title forms ({council} stands for the name), with their periods. */
  titleForms: (Period & { text: string })[];
  /** A section whose heading ends with a grade of the report's vocabulary. */
  gradedHeading: boolean;
  /** A table's header and rows (a report's judgement table). */
  table?: { header: string[]; rows: TableRow[] };
  /** A list's item tag and footnote (a report's areas for improvement). */
  list?: { itemTag?: RegExp; footnote?: RegExp; footnoteText?: string; tagsFrom?: string };
  /** For a conditional section: how another part's prose speaks of it, so the two can be checked to agree. */
  mentions?: SectionMentions;
}

/** How a part's prose says the document has a section (`areas for priority action`), or has none. */
export interface SectionMentions {
  /** The part whose paragraphs are read (the focused visit's headline findings). */
  in: PartId;
  says: RegExp;
  saysNone?: RegExp;
  /** A sentence matching this (or following one that does) speaks of an earlier visit or inspection. */
  earlier?: RegExp;
}

/**
 * paragraph and section are the letters' parts; the others are reports': the title block (no
 * salutation), a labelled field line of it, a table of labels and grades, a heading with bulleted
 * items, and the printed back page.
 */
export type PartKind = 'paragraph' | 'section' | 'titleBlock' | 'field' | 'table' | 'list' | 'trailer';

/** A row of a report's table: its label (and accepted other labels), the period it belongs to, its section. */
export interface TableRow extends Period {
  id: string;
  label: string;
  labelVariants: (Period & { text: string })[];
  section?: SectionId;
}

/** A grade of a report's vocabulary: its standard form, and shortened forms that stand for it. */
export interface Grade {
  id: string;
  text: string;
  shortForms: string[];
}

/** What a report template adds: its grades and the page furniture its reader knows. */
export interface ReportSpec {
  grades: Grade[];
  /** How a graded section heading writes its grade: in lower case, or as the table does. */
  sectionGradeCase: 'lower' | 'asTable';
  paragraphNumbers: 'continuous' | 'none';
  runningFooter?: RegExp;
  pageNumber?: RegExp;
  /** Words that name the previous inspection (in the summary). */
  previousInspection?: RegExp;
  /**
   * How a later document names this inspection's grade: the words before the grade (`judged to be`);
   * words naming one judgement rather than the whole; words naming another inspection or visit (a JTAI).
   */
  previousReference?: { grade: RegExp; judgement?: RegExp; other?: RegExp; inspectionWord?: RegExp };
  /** The sentence of a report without an overall row that gives its overall grade (its last matched group). */
  overallJudgement?: RegExp;
  footnotes: RegExp[];
}

export type SalutationForm = 'titleSurname' | 'forename' | 'fullName';

export interface Confusable {
  wrong: string;
  right: string;
  why: string;
}

export interface RecognitionSignal {
  pattern: RegExp;
  weight: number;
}

/** Patterns the classifier places lines by (each optional: a template without one has no such lines). */
export interface TemplatePatterns {
  copyLabel?: RegExp;
  copyEntry?: RegExp;
  followUp?: RegExp;
  letterheadHint?: RegExp;
}

export interface Template {
  /** Stable id (`annual-letter`): the template directive, settings and the command line's output use it. */
  id: string;
  name: string;
  parts: TemplatePart[];
  /** The ids of the parts that are sections, in template order. */
  sectionIds: SectionId[];
  slots: Record<string, { description: string; pattern: string }>;
  recognition: { signals: RecognitionSignal[]; threshold: number; scanChars: number };
  patterns: TemplatePatterns;
  /** Where the document follows up the previous inspection. */
  followUp?: { part: PartId; markerSentence?: string };
  /** Recognised and read (as a previous document) but not checked as a draft: no rule runs on it. */
  referenceOnly: boolean;
  decorations: string[];
  salutationTitles: string[];
  /** How the salutation may name the addressee (title and surname only, unless the template says). */
  salutationForms: SalutationForm[];
  /** Bullet marks accepted besides '- '. */
  bulletMarks: string[];
  inspectorTitle?: { changeDate: string; before: string; after: string; graceDays?: number; abbreviation?: string };
  /** For reports (documents with a title block and a table rather than a salutation). */
  report?: ReportSpec;
  letterDate?: { daysAfterInspection: number; toleranceDays?: number; latestDays?: number };
  /**
   * How the inspection dates may be written: `standard`, only the template's one form (`2 and 3 November
   * 2010`); `any`, every form of real documents (`18 to 19 October 2022`, `15, 16 and 21 July 2025`), so
   * that only a date not written as day, full month name and year is flagged.
   */
  inspectionDates: { writtenForms: 'standard' | 'any' };
  previousInspectionMonths?: { min: number; max: number };
  copyList?: { label: string; chiefExecutiveRole: string; requiredOrganisation: string };
  confusables: Confusable[];
  /** Terms with a short definition (lower case keys), shown on hover. */
  glossary: Record<string, string>;
  /** The part with this id; throws for an id the template does not have (a programming error). */
  part(id: PartId): TemplatePart;
  /** The part with this id, if the template has one. */
  findPart(id: PartId): TemplatePart | undefined;
}

interface RawVariant extends Period {
  text: string;
  facts?: Facts;
  until?: string;
}

type RawHeading = string | ({ text: string } & Period);

interface RawPart {
  id: PartId;
  name: string;
  kind?: PartKind;
  titleForms?: RawHeading[];
  gradedHeading?: boolean;
  table?: { header?: string[]; rows: { id: string; label: string; labelVariants?: RawHeading[]; from?: string; until?: string; section?: string }[] };
  list?: { itemTag?: string; footnote?: string; footnoteText?: string; tagsFrom?: string };
  mentions?: { in: PartId; says: string; saysNone?: string; earlier?: string };
  heading?: string;
  headingVariants?: RawHeading[];
  required: 'always' | 'optional' | { with: SectionId; from?: string };
  repeatable?: boolean;
  description: string;
  anchor?: string;
  findingStyle?: TemplatePart['findingStyle'];
  floating?: boolean;
  sentences?: { id: string; variants: (string | RawVariant)[] }[];
  skeleton?: string;
  skeletonForOne?: string;
}

interface RawTemplate {
  id: string;
  name: string;
  recognition?: { signals: { pattern: string; weight: number }[]; threshold: number; scanChars?: number };
  patterns?: Partial<Record<keyof TemplatePatterns, string>>;
  followUp?: Template['followUp'];
  slots: Record<string, { description: string; pattern: string }>;
  parts: RawPart[];
  headingAliases?: Record<string, string[]>;
  decorations?: string[];
  salutationTitles?: string[];
  salutationForms?: SalutationForm[];
  bulletMarks?: string[];
  inspectorTitle?: Template['inspectorTitle'];
  letterDate?: Template['letterDate'];
  inspectionDates?: Template['inspectionDates'];
  previousInspectionMonths?: Template['previousInspectionMonths'];
  copyList?: Template['copyList'];
  confusables?: Confusable[];
  glossary?: Record<string, string>;
  referenceOnly?: boolean;
  report?: {
    grades?: Grade[];
    sectionGradeCase?: ReportSpec['sectionGradeCase'];
    paragraphNumbers?: ReportSpec['paragraphNumbers'];
    runningFooter?: { pattern: string };
    pageNumber?: string;
    previousInspection?: string;
    previousReference?: { grade: string; judgement?: string; other?: string; inspectionWord?: string };
    overallJudgement?: string;
    footnotes?: string[];
  };
}

const asHeading = (h: RawHeading): Period & { text: string } => (typeof h === 'string' ? { text: h } : h);

export class TemplateError extends Error {
  constructor(readonly problems: string[]) {
    super(`The template data is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'TemplateError';
  }
}

let validateTemplate: ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };

/** Where template data breaks the schema (none: it is valid). Compiling the schema takes about 0.3 s, once. */
export function schemaProblems(data: unknown): string[] {
  if (!validateTemplate) {
    validateTemplate = new Ajv({ allErrors: true, strict: false }).compile(templateSchema);
  }
  if (validateTemplate(data)) return [];
  return (validateTemplate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`);
}

/** Text with no astral character (one that takes two UTF-16 code units, which only Unicode mode reads as one). */
const NO_ASTRAL = /^[\x20-\x7e\u00a0-\ud7ff\ue000-\uffff]*$/;
/** `\p{…}`, `\P{…}` and `\u{…}`, which only Unicode mode reads (`\\p` is a backslash and a p). */
const UNICODE_ESCAPE = /(?<!\\)(?:\\\\)*\\[pPu]\{/;

/**
 * A pattern from the data: Unicode, case-sensitive unless it starts with `(?i)` (the inline flag other
 * regex dialects have and JavaScript's lacks). Records a problem instead of throwing.
 */
function compilePattern(source: string, where: string, problems: string[], extraFlags = ''): RegExp | undefined {
  const ignoreCase = source.startsWith('(?i)');
  const body = ignoreCase ? source.slice(4) : source;
  const flags = (ignoreCase ? 'i' : '') + extraFlags;
  try {
    const unicode = new RegExp(body, 'u' + flags);
    // V8 matches `\b` and `\w` case-insensitively in Unicode mode by Unicode case folding: 10 to 40 times
    // slower over a report than without the `u` flag. A pattern with no astral character and no Unicode
    // escape means the same without it, but for a few letters whose cases only Unicode folding pairs
    // (the long s and the Kelvin sign with s and k): none is in a real document.
    return ignoreCase && NO_ASTRAL.test(body) && !UNICODE_ESCAPE.test(body) ? new RegExp(body, flags) : unicode;
  } catch (e) {
    problems.push(`${where}: ${(e as Error).message}`);
    return undefined;
  }
}

/**
 * Validates template data against the schema and compiles it; throws TemplateError naming each problem.
 * `schemaChecked`: the data is the engine's own, checked against the schema by its tests
 * (registry.test.ts), so each process and worker thread need not compile the schema to check it again.
 */
export function loadTemplate(data: unknown, options: { schemaChecked?: boolean } = {}): Template {
  const problems = options.schemaChecked ? [] : schemaProblems(data);
  if (problems.length) throw new TemplateError(problems);
  const raw = data as RawTemplate;
  const ids = new Set<string>();
  for (const p of raw.parts) {
    if (ids.has(p.id)) problems.push(`parts: ${p.id} appears twice`);
    ids.add(p.id);
    if ((p.kind === 'section' || p.kind === 'list') && !p.heading) problems.push(`parts: ${p.kind} ${p.id} has no heading`);
    if (p.kind === 'table' && !p.table) problems.push(`parts: table ${p.id} has no rows`);
    for (const row of p.table?.rows ?? []) {
      if (row.section && !raw.parts.some((q) => q.id === row.section && q.kind === 'section')) problems.push(`parts: ${p.id} row ${row.id} names ${row.section}, which is not a section`);
    }
  }
  const byRawId = new Map(raw.parts.map((p) => [p.id, p]));
  for (const p of raw.parts) {
    if (typeof p.required === 'object' && byRawId.get(p.required.with)?.kind !== 'section') problems.push(`parts: ${p.id} is required with ${p.required.with}, which is not a section`);
  }
  for (const key of Object.keys(raw.headingAliases ?? {})) {
    if (byRawId.get(key)?.kind !== 'section') problems.push(`headingAliases: ${key} is not a section`);
  }
  if (raw.followUp && !ids.has(raw.followUp.part)) problems.push(`followUp.part: ${raw.followUp.part} is not a part`);
  for (const [name, slot] of Object.entries(raw.slots)) compilePattern(slot.pattern, `slots.${name}.pattern`, problems);
  const patterns: TemplatePatterns = {};
  for (const [name, source] of Object.entries(raw.patterns ?? {})) {
    patterns[name as keyof TemplatePatterns] = compilePattern(source, `patterns.${name}`, problems);
  }
  const signals = (raw.recognition?.signals ?? []).map((s, i) => ({ pattern: compilePattern(s.pattern.startsWith('(?i)') ? s.pattern : '(?i)' + s.pattern, `recognition.signals[${i}]`, problems, 'm'), weight: s.weight }));
  const anchors = new Map(raw.parts.filter((p) => p.anchor).map((p) => [p.id, compilePattern(p.anchor!, `parts.${p.id}.anchor`, problems)]));
  const rawReport = raw.report;
  const report: ReportSpec | undefined = rawReport && {
    grades: rawReport.grades?.map((g) => ({ ...g, shortForms: g.shortForms ?? [] })) ?? [],
    sectionGradeCase: rawReport.sectionGradeCase ?? 'lower',
    paragraphNumbers: rawReport.paragraphNumbers ?? 'none',
    runningFooter: rawReport.runningFooter && compilePattern(rawReport.runningFooter.pattern, 'report.runningFooter', problems),
    pageNumber: rawReport.pageNumber !== undefined ? compilePattern(rawReport.pageNumber, 'report.pageNumber', problems) : undefined,
    previousInspection: rawReport.previousInspection !== undefined ? compilePattern(rawReport.previousInspection, 'report.previousInspection', problems) : undefined,
    previousReference: rawReport.previousReference && {
      grade: compilePattern(rawReport.previousReference.grade, 'report.previousReference.grade', problems)!,
      judgement: rawReport.previousReference.judgement !== undefined ? compilePattern(rawReport.previousReference.judgement, 'report.previousReference.judgement', problems) : undefined,
      other: rawReport.previousReference.other !== undefined ? compilePattern(rawReport.previousReference.other, 'report.previousReference.other', problems) : undefined,
      inspectionWord:
        rawReport.previousReference.inspectionWord !== undefined ? compilePattern(rawReport.previousReference.inspectionWord, 'report.previousReference.inspectionWord', problems) : undefined,
    },
    overallJudgement: rawReport.overallJudgement !== undefined ? compilePattern(rawReport.overallJudgement, 'report.overallJudgement', problems) : undefined,
    footnotes: (rawReport.footnotes ?? []).map((f, i) => compilePattern(f, `report.footnotes[${i}]`, problems)).filter((r): r is RegExp => r !== undefined),
  };
  const lists = new Map(
    raw.parts
      .filter((p) => p.list)
      .map((p) => [
        p.id,
        {
          itemTag: p.list!.itemTag !== undefined ? compilePattern(p.list!.itemTag, `parts.${p.id}.list.itemTag`, problems) : undefined,
          footnote: p.list!.footnote !== undefined ? compilePattern(p.list!.footnote, `parts.${p.id}.list.footnote`, problems) : undefined,
          footnoteText: p.list!.footnoteText,
          tagsFrom: p.list!.tagsFrom,
        },
      ]),
  );
  const mentions = new Map(
    raw.parts
      .filter((p) => p.mentions)
      .map((p) => {
        const m = p.mentions!;
        const at = `parts.${p.id}.mentions`;
        return [p.id, { in: m.in, says: compilePattern(m.says, `${at}.says`, problems)!, saysNone: m.saysNone !== undefined ? compilePattern(m.saysNone, `${at}.saysNone`, problems) : undefined, earlier: m.earlier !== undefined ? compilePattern(m.earlier, `${at}.earlier`, problems) : undefined }];
      }),
  );
  if (problems.length) throw new TemplateError(problems);

  const slotPatterns = Object.fromEntries(Object.entries(raw.slots).map(([k, v]) => [k, v.pattern]));
  const parts: TemplatePart[] = raw.parts.map((p, order) => {
    const headings: TemplateHeading[] = p.heading ? [p.heading, ...(p.headingVariants ?? [])].map((h) => (typeof h === 'string' ? { text: h, key: foldKey(h) } : { ...h, key: foldKey(h.text) })) : [];
    return {
      id: p.id,
      name: p.name,
      kind: p.kind ?? 'paragraph',
      order,
      required: typeof p.required === 'object' ? 'conditional' : p.required,
      requiredWith: typeof p.required === 'object' ? p.required.with : undefined,
      requiredFrom: typeof p.required === 'object' ? p.required.from : undefined,
      repeatable: p.repeatable ?? false,
      description: p.description,
      heading: p.heading,
      headingKeys: headings.map((h) => h.key),
      headings,
      aliasKeys: (raw.headingAliases?.[p.id] ?? []).map(foldKey),
      anchor: anchors.get(p.id),
      findingStyle: p.findingStyle ?? 'bullets',
      floating: p.floating ?? false,
      sentences: (p.sentences ?? []).map((s) => ({
        id: s.id,
        variants: s.variants.map((v) =>
          typeof v === 'string' ? compileVariant(v, {}, slotPatterns) : compileVariant(v.text, v.facts ?? {}, slotPatterns, { from: v.from, until: v.until }),
        ),
      })),
      skeleton: p.skeleton,
      skeletonForOne: p.skeletonForOne,
      titleForms: (p.titleForms ?? []).map(asHeading),
      gradedHeading: p.gradedHeading ?? false,
      table: p.table && {
        header: p.table.header ?? [],
        rows: p.table.rows.map((r) => ({ id: r.id, label: r.label, labelVariants: (r.labelVariants ?? []).map(asHeading), from: r.from, until: r.until, section: r.section })),
      },
      list: lists.get(p.id),
      mentions: mentions.get(p.id),
    };
  });
  const byId = new Map(parts.map((p) => [p.id, p]));
  return {
    id: raw.id,
    name: raw.name,
    parts,
    sectionIds: parts.filter((p) => p.kind === 'section').map((p) => p.id),
    slots: raw.slots,
    recognition: { signals: signals as RecognitionSignal[], threshold: raw.recognition?.threshold ?? Infinity, scanChars: raw.recognition?.scanChars ?? 4000 },
    patterns,
    followUp: raw.followUp,
    referenceOnly: raw.referenceOnly ?? false,
    decorations: raw.decorations ?? [],
    salutationTitles: raw.salutationTitles ?? [],
    salutationForms: raw.salutationForms ?? ['titleSurname'],
    bulletMarks: raw.bulletMarks ?? [],
    inspectorTitle: raw.inspectorTitle,
    report,
    letterDate: raw.letterDate,
    inspectionDates: raw.inspectionDates ?? { writtenForms: 'standard' },
    previousInspectionMonths: raw.previousInspectionMonths,
    copyList: raw.copyList,
    confusables: raw.confusables ?? [],
    glossary: raw.glossary ?? {},
    part: (id) => {
      const part = byId.get(id);
      if (!part) throw new Error(`The template ${raw.id} has no part ${id}`);
      return part;
    },
    findPart: (id) => byId.get(id),
  };
}

/** Whether a date (ISO YYYY-MM-DD) falls in a period given as YYYY-MM or YYYY-MM-DD at either end. */
export function inPeriod(period: Period, isoDate: string): boolean {
  if (period.from && isoDate < period.from) return false;
  if (period.until && isoDate.slice(0, period.until.length) > period.until) return false;
  return true;
}
