import { addDays, formatDate } from '../../parse/dates';
import type { Letter } from '../../parse/model';
import { placeholderText } from '../../placeholders';
import type { CompiledVariant, Facts } from '../../template/sentence-pattern';
import type { TemplatePart, TemplateSentence } from '../../template/template';
import { foldKey, foldText } from '../../text/fold';

/**
 * Writes template text out for a draft: slots filled with the draft's own values (council,
 * inspection dates, names), alternatives chosen to agree with the draft, unknown slots left as
 * [name] placeholders so the inspector sees what to fill in.
 */

export interface Rendered {
  text: string;
  /** Slots the draft gave no value for (left as placeholders). */
  placeholders: string[];
}


/** Values for the template's slots and skeletons, read from the draft. */
export function draftValues(letter: Letter): Record<string, string | undefined> {
  let values = valuesCache.get(letter);
  if (!values) valuesCache.set(letter, (values = readValues(letter)));
  return values;
}

const valuesCache = new WeakMap<Letter, Record<string, string | undefined>>();

function readValues(letter: Letter): Record<string, string | undefined> {
  const v = letter.values;
  const council = [v.council.title, v.council.opening, v.council.addressee].find((c) => c && fitsSlot(letter, 'council', c.value))?.value;
  const inspectionDates = v.inspectionDays ? foldText(letter.source.slice(v.inspectionDays.span)) : undefined;
  let letterDate = v.letterDate ? foldText(letter.source.slice(v.letterDate.span)) : undefined;
  const lastDay = v.inspectionDays?.value.last.date;
  const daysAfter = letter.template.letterDate?.daysAfterInspection ?? 0;
  if (!letterDate && lastDay) letterDate = formatDate(addDays(lastDay, daysAfter));
  const courtesy = v.addressee?.courtesyTitle?.value;
  const surname = v.addressee?.surname?.value;
  const sentOn = v.letterDate?.value.date ?? (lastDay ? addDays(lastDay, daysAfter) : undefined);
  const titles = letter.template.inspectorTitle;
  const inspectorTitle = v.inspector?.title?.value ?? (sentOn && titles ? (sentOn > new Date(titles.changeDate) ? titles.after : titles.before) : undefined);
  return {
    council,
    inspectionDates,
    letterDate,
    addresseeName: v.addressee?.fullName.value,
    addresseeSalutation: courtesy && surname ? `${courtesy} ${surname}` : undefined,
    inspectorName: v.inspector?.name?.value,
    inspectorTitle,
  };
}

const slotPatterns = new WeakMap<Letter['template'], Map<string, RegExp>>();

/** Whether a value has the form the template expects of the slot (a near miss can stretch a slot over a neighbouring word). */
export function fitsSlot(letter: Letter, slot: string, value: string): boolean {
  let patterns = slotPatterns.get(letter.template);
  if (!patterns) slotPatterns.set(letter.template, (patterns = new Map()));
  let pattern = patterns.get(slot);
  if (!pattern) {
    const source = letter.template.slots[slot]?.pattern;
    pattern = source ? new RegExp(`^(?:${source})$`) : /[\s\S]/;
    patterns.set(slot, pattern);
  }
  return pattern.test(value);
}

/** A variant written out: each alternative as the draft has it (`hint`), else the first; slots filled. */
export function renderVariantFor(variant: CompiledVariant, values: Record<string, string | undefined>, hint = ''): Rendered {
  const placeholders: string[] = [];
  const key = foldKey(hint);
  const text = variant.pieces
    .map((p) => {
      if (p.kind === 'text') return p.text;
      if (p.kind === 'choice') {
        const used = [...p.options].sort((a, b) => b.length - a.length).find((o) => key.includes(o.toLowerCase()));
        return used ?? p.options[0];
      }
      const value = values[p.name];
      if (value) return value;
      placeholders.push(p.name);
      return placeholderText(p.name);
    })
    .join('');
  return { text, placeholders };
}

/** Fills a skeleton's {slots} from values. */
export function renderSkeleton(skeleton: string, values: Record<string, string | undefined>): Rendered {
  const placeholders: string[] = [];
  const text = skeleton.replace(/\{([a-zA-Z]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value) return value;
    placeholders.push(name);
    return placeholderText(name);
  });
  return { text, placeholders };
}

/** What the sections of the draft say about the summary and closing variants. */
export function sectionFacts(letter: Letter): Facts {
  const strengths = letter.section('strengths');
  const priorityAction = Boolean(letter.section('priorityAction') || letter.partsById('priorityActionLeadIn').length);
  return {
    strengths: !strengths ? 'none' : strengths.findings.length === 1 ? 'singular' : 'plural',
    priorityAction,
  };
}

/** The variant whose facts agree with the draft's sections (the first when none say otherwise). */
export function variantForSections(letter: Letter, sentence: TemplateSentence): CompiledVariant {
  const facts = sectionFacts(letter);
  const agrees = (v: CompiledVariant) =>
    (v.facts.strengths === undefined || v.facts.strengths === facts.strengths) &&
    (v.facts.priorityAction === undefined || v.facts.priorityAction === facts.priorityAction);
  // Earlier wordings (with `until`) are accepted in their period, never offered.
  return sentence.variants.find((v) => !v.until && agrees(v)) ?? sentence.variants[0];
}

/** A whole part written out for insertion: its heading, its skeleton (the whole part), or its fixed sentences. */
/** Whether renderPart writes something for this part (a heading, a skeleton, or fixed sentences). */
export function canRender(part: TemplatePart): boolean {
  return part.kind === 'section' || Boolean(part.skeleton) || part.sentences.length > 0;
}

export function renderPart(letter: Letter, part: TemplatePart): Rendered | undefined {
  const values = draftValues(letter);
  if (part.kind === 'section') return { text: part.heading!, placeholders: [] };
  if (part.skeleton) {
    // One finding in the section the part goes with: its singular wording, where the data has one.
    const one = part.skeletonForOne !== undefined && part.requiredWith !== undefined && letter.section(part.requiredWith)?.findings.length === 1;
    return renderSkeleton(one ? part.skeletonForOne! : part.skeleton, values);
  }
  if (part.sentences.length) {
    const plural = (letter.section('priorityAction')?.findings.length ?? 0) > 1 ? 'areas' : '';
    const pieces = part.sentences.map((s) => renderVariantFor(variantForSections(letter, s), values, plural));
    return { text: pieces.map((p) => p.text).join(' '), placeholders: pieces.flatMap((p) => p.placeholders) };
  }
  return undefined;
}
