import Ajv from 'ajv';
import templateData from './template.json';
import templateSchema from './template.schema.json';
import { compileVariant, type CompiledVariant, type Facts } from './sentence-pattern';
import { foldKey } from '../text/fold';

/** The template's parts, in the order the letter must have them. */
export type PartId =
  | 'letterhead'
  | 'letterDate'
  | 'addressee'
  | 'salutation'
  | 'title'
  | 'opening'
  | 'evidence'
  | 'summary'
  | 'previousInspection'
  | 'leadIn'
  | 'strengths'
  | 'meetsRequirements'
  | 'areasForDevelopment'
  | 'priorityActionLeadIn'
  | 'priorityAction'
  | 'closing'
  | 'consequenceRating'
  | 'consequenceFurtherInspection'
  | 'signOff'
  | 'copyList';

export type SectionId = 'strengths' | 'meetsRequirements' | 'areasForDevelopment' | 'priorityAction';

export type Requirement = 'always' | 'optional' | 'withPriorityAction';

export interface TemplateSentence {
  id: string;
  variants: CompiledVariant[];
}

export interface TemplatePart {
  id: PartId;
  name: string;
  kind: 'paragraph' | 'section';
  /** Position in the template order, from 0. */
  order: number;
  required: Requirement;
  repeatable: boolean;
  description: string;
  heading?: string;
  /** Accepted headings, folded and lower-cased (the heading, its variants). */
  headingKeys: string[];
  /** Near-miss headings that name this section but not in the standard words. */
  aliasKeys: string[];
  sentences: TemplateSentence[];
  skeleton?: string;
}

export interface Confusable {
  wrong: string;
  right: string;
  why: string;
}

export interface Template {
  name: string;
  parts: TemplatePart[];
  slots: Record<string, { description: string; pattern: string }>;
  decorations: string[];
  salutationTitles: string[];
  inspectorTitle: { changeDate: string; before: string; after: string };
  letterDate: { daysAfterInspection: number; toleranceDays: number };
  previousInspectionMonths: { min: number; max: number };
  copyList: { label: string; chiefExecutiveRole: string; requiredOrganisation: string };
  confusables: Confusable[];
  /** Terms with a short definition (lower case keys), shown on hover. */
  glossary: Record<string, string>;
  part(id: PartId): TemplatePart;
}

interface RawVariant {
  text: string;
  facts?: Facts;
  until?: string;
}

interface RawPart {
  id: PartId;
  name: string;
  kind?: 'paragraph' | 'section';
  heading?: string;
  headingVariants?: string[];
  required: Requirement;
  repeatable?: boolean;
  description: string;
  sentences?: { id: string; variants: (string | RawVariant)[] }[];
  skeleton?: string;
}

interface RawTemplate {
  name: string;
  slots: Record<string, { description: string; pattern: string }>;
  parts: RawPart[];
  headingAliases: Record<string, string[]>;
  decorations: string[];
  salutationTitles: string[];
  inspectorTitle: Template['inspectorTitle'];
  letterDate: Template['letterDate'];
  previousInspectionMonths: Template['previousInspectionMonths'];
  copyList: Template['copyList'];
  confusables: Confusable[];
  glossary?: Record<string, string>;
}

export class TemplateError extends Error {
  constructor(readonly problems: string[]) {
    super(`The template data is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'TemplateError';
  }
}

let validateTemplate: ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };

function schemaProblems(data: unknown): string[] {
  if (!validateTemplate) {
    validateTemplate = new Ajv({ allErrors: true, strict: false }).compile(templateSchema);
  }
  if (validateTemplate(data)) return [];
  return (validateTemplate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`);
}

const PART_ORDER: PartId[] = [
  'letterhead',
  'letterDate',
  'addressee',
  'salutation',
  'title',
  'opening',
  'evidence',
  'summary',
  'previousInspection',
  'leadIn',
  'strengths',
  'meetsRequirements',
  'areasForDevelopment',
  'priorityActionLeadIn',
  'priorityAction',
  'closing',
  'consequenceRating',
  'consequenceFurtherInspection',
  'signOff',
  'copyList',
];

/** Validates template data against the schema and compiles it; throws TemplateError naming each problem. */
export function loadTemplate(data: unknown): Template {
  const problems = schemaProblems(data);
  if (problems.length) throw new TemplateError(problems);
  const raw = data as RawTemplate;
  const ids = raw.parts.map((p) => p.id);
  const missing = PART_ORDER.filter((id) => !ids.includes(id));
  if (missing.length) problems.push(`parts: missing ${missing.join(', ')}`);
  if (ids.some((id, i) => PART_ORDER.indexOf(id) !== i)) problems.push(`parts: must be in the order ${PART_ORDER.join(', ')}`);
  for (const key of Object.keys(raw.headingAliases)) {
    const part = raw.parts.find((p) => p.id === key);
    if (!part || part.kind !== 'section') problems.push(`headingAliases: ${key} is not a section`);
  }
  for (const [name, slot] of Object.entries(raw.slots)) {
    try {
      new RegExp(slot.pattern);
    } catch (e) {
      problems.push(`slots.${name}.pattern: ${(e as Error).message}`);
    }
  }
  if (problems.length) throw new TemplateError(problems);
  const slotPatterns = Object.fromEntries(Object.entries(raw.slots).map(([k, v]) => [k, v.pattern]));
  const parts: TemplatePart[] = raw.parts.map((p, order) => ({
    id: p.id,
    name: p.name,
    kind: p.kind ?? 'paragraph',
    order,
    required: p.required,
    repeatable: p.repeatable ?? false,
    description: p.description,
    heading: p.heading,
    headingKeys: p.heading ? [p.heading, ...(p.headingVariants ?? [])].map(foldKey) : [],
    aliasKeys: (raw.headingAliases[p.id] ?? []).map(foldKey),
    sentences: (p.sentences ?? []).map((s) => ({
      id: s.id,
      variants: s.variants.map((v) =>
        typeof v === 'string' ? compileVariant(v, {}, slotPatterns) : { ...compileVariant(v.text, v.facts ?? {}, slotPatterns), until: v.until },
      ),
    })),
    skeleton: p.skeleton,
  }));
  const byId = new Map(parts.map((p) => [p.id, p]));
  return {
    name: raw.name,
    parts,
    slots: raw.slots,
    decorations: raw.decorations,
    salutationTitles: raw.salutationTitles,
    inspectorTitle: raw.inspectorTitle,
    letterDate: raw.letterDate,
    previousInspectionMonths: raw.previousInspectionMonths,
    copyList: raw.copyList,
    confusables: raw.confusables,
    glossary: raw.glossary ?? {},
    part: (id) => byId.get(id)!,
  };
}

let standard: Template | undefined;

/** The standard template shipped with the engine (loaded once). */
export function standardTemplate(): Template {
  standard ??= loadTemplate(templateData);
  return standard;
}

export const SECTION_IDS: SectionId[] = ['strengths', 'meetsRequirements', 'areasForDevelopment', 'priorityAction'];
