import { addDays, format, isAfter, parseISO } from 'date-fns';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Range } from 'vscode-languageserver';
import { ROLE, type Letter, type PartId, type PreviousLetter, type Template, type TemplatePart } from '../engine';
import { iso } from '../engine/parse/date-ranges';
import { inPeriod } from '../engine/template/template';
import { areasOf, unaccountedAreas, type Accounting } from '../engine/followup/account';
import { countWord, monthYear, standardClaim } from '../engine/followup/claim-wording';
import type { AreaKind } from '../engine/followup/claims';
import type { WordedOutcome } from '../engine/followup/phrases';
import { followupOf } from '../engine/followup/reading';
import { followupPhrases } from '../engine/followup/phrases';
import { markerSentence } from '../engine/followup/reading';
import { areaKindName, letterName, whereIs } from './followup-text';
import { gradeItems, gradedHeadingText, paragraphNumberItem } from './report-completion';
import { SnippetText } from './snippet-text';

/**
 * Completions filled in from the draft: missing section headings and standard paragraphs where they
 * belong in the template order, in the wording of the draft's period (its letter date, else the
 * inspection's), the letter date four weeks after the inspection, the sign-off and its title for the
 * letter's date, copy-list lines and the carried-forward marker sentence; in reports, the judgement
 * sections' headings with the table's grade, the next paragraph number and the grades
 * (./report-completion.ts). Every text comes from the template data.
 */

/** Parts whose completion is written apart (the letter date, the sign-off, the copy list). */
const OWN_ITEMS: readonly string[] = [ROLE.letterDate, ROLE.addressee, ROLE.salutation, ROLE.signOff, ROLE.copyList];

export interface Context {
  letter: Letter;
  template: Template;
  /** Replaces the current line up to the cursor, so the draft's partial text is filtered against. */
  range: Range;
  /** Template order of the last part before the cursor's line and of the first one after it. */
  before: number;
  after: number;
  /** The part whose heading or text the cursor follows (for sections: the section being written). */
  currentPart?: PartId;
  council?: string;
  inspectionDates?: string;
  priorityFindings: number;
  eol: string;
  /** The draft's date (ISO) that chooses each wording's period. */
  date: string;
  /** The inspectors the draft names (in the opening), if it does. */
  inspectors?: string;
  offset: number;
}

export function completions(letter: Letter, offset: number, followup?: { previous: PreviousLetter; accounting: Accounting }): CompletionItem[] {
  const context = makeContext(letter, offset);
  const items: CompletionItem[] = [];
  let order = 0;
  const add = (item: CompletionItem, partOrder: number) => {
    item.sortText = `${String(partOrder).padStart(2, '0')}-${String(order++).padStart(3, '0')}`;
    items.push(item);
  };
  for (const part of letter.template.parts) {
    const present = letter.partsById(part.id).length > 0;
    const fits = part.order > context.before && part.order < context.after;
    if (present || !fits || !applies(letter, part.id)) continue;
    if (part.kind === 'section' || part.kind === 'list') {
      const item = headingItem(context, part);
      if (item) add(item, part.order);
      continue;
    }
    if (OWN_ITEMS.includes(part.id) || part.id === letter.template.followUp?.part) continue;
    const item = part.skeleton ? skeletonItem(context, part) : part.sentences.length ? paragraphItem(context, part.id) : undefined;
    if (item) add(item, part.order);
  }
  const number = paragraphNumberItem(context);
  if (number) add(number, 0);
  for (const item of gradeItems(context)) add(item, 0);
  const orderOf = (id: PartId) => letter.template.findPart(id)?.order ?? 0;
  const dateItem = letterDateItem(context);
  if (dateItem) add(dateItem, orderOf(ROLE.letterDate));
  for (const item of signOffItems(context)) add(item, orderOf(ROLE.signOff));
  for (const item of copyListItems(context)) add(item, orderOf(ROLE.copyList));
  const marker = markerItem(context);
  if (marker) add(marker, 0);
  if (followup) for (const item of previousAreaItems(context, followup.previous, followup.accounting)) add(item, 0);
  const previousPart = letter.template.findPart('previousInspection');
  if (previousPart) for (const item of previousInspectionItems(context, followup?.previous)) add(item, previousPart.order);
  return items;
}

/** Parts that only belong in a letter with an area for priority action are offered only then. */
function applies(letter: Letter, id: PartId): boolean {
  const { requiredWith } = letter.template.part(id);
  if (!requiredWith || id === requiredWith) return true;
  return !!letter.section(requiredWith);
}

function makeContext(letter: Letter, offset: number): Context {
  const { source } = letter;
  const line = source.lineAt(offset);
  let before = -1;
  let after = Number.POSITIVE_INFINITY;
  let currentPart: PartId | undefined;
  let currentStart = -1;
  for (const part of letter.parts) {
    const order = letter.template.part(part.id).order;
    // A section counts by its heading: the cursor may be on one of its findings.
    const span = letter.template.part(part.id).kind === 'section' ? part.blocks[0].span : part.span;
    if (span.end <= line.start) before = Math.max(before, order);
    else if (span.start >= line.end) after = Math.min(after, order);
    if (span.start < line.start && span.start > currentStart) {
      currentStart = span.start;
      currentPart = part.id;
    }
  }
  const v = letter.values;
  const priority = letter.section('priorityAction');
  return {
    letter,
    template: letter.template,
    range: { start: { line: line.index, character: 0 }, end: source.positionAt(offset) },
    before,
    after,
    currentPart,
    council: (v.council.title ?? v.council.opening ?? v.council.addressee ?? v.copyList.chiefExecutive?.council)?.value,
    inspectionDates: v.inspectionDays ? source.slice(v.inspectionDays.span).replace(/\s+/g, ' ') : undefined,
    priorityFindings: priority ? priority.findings.length : 0,
    eol: source.eol,
    date: iso(draftDate(letter)),
    inspectors: inspectorsNamed(letter),
    offset,
  };
}

/** The date that says which period's wording the draft is in: its letter date, else the inspection's, else today. */
export function draftDate(letter: Letter, today = new Date()): Date {
  return letter.values.letterDate?.value.date ?? letter.report?.fieldwork?.value.first ?? letter.values.inspectionDays?.value.last.date ?? today;
}

/**
 * The inspectors as the draft names them: the {inspectors} slot of its opening's matched wording, or
 * the words after the skeleton's text before {inspectors} (His Majesty's Inspectors for this visit were …).
 */
function inspectorsNamed(letter: Letter): string | undefined {
  for (const node of letter.parts) {
    for (const match of node.sentences) {
      const slot = match.slots.inspectors;
      if (slot && match.status !== 'missing') return slot.value;
    }
    const skeleton = letter.template.part(node.id).skeleton;
    const at = skeleton?.indexOf('{inspectors}') ?? -1;
    if (!skeleton || at < 0) continue;
    const lead = skeleton.slice(0, at).split('}').pop()!.trim();
    if (!lead) continue;
    const text = letter.source.slice(node.span).replace(/\s+/g, ' ').replace(/[’‘]/g, "'");
    const found = text.indexOf(lead);
    if (found < 0) continue;
    const names = /^\s*([^.]+?)\.(?:\s|$)/.exec(text.slice(found + lead.length));
    if (names) return names[1];
  }
  return undefined;
}

/** The heading in use at the draft's date (the standard one when it is), or undefined when no heading of the part is. */
export function headingFor(part: TemplatePart, date: string): string | undefined {
  if (!part.heading) return undefined;
  // The standard heading is listed again with its period among the variants: the period counts.
  const dated = new Set(part.headings.filter((h) => h.from || h.until).map((h) => h.text));
  const inUse = part.headings.filter((h) => (h.from || h.until || !dated.has(h.text)) && inPeriod(h, date));
  return (inUse.find((h) => h.text === part.heading) ?? inUse[0])?.text;
}

function headingItem(c: Context, part: TemplatePart): CompletionItem | undefined {
  const graded = part.gradedHeading ? gradedHeadingText(c, part) : undefined;
  if (part.gradedHeading && !graded) return undefined;
  const heading = graded?.preview ?? headingFor(part, c.date);
  if (!heading) return undefined;
  const newText = graded ? graded.snippet : heading;
  return {
    label: heading,
    kind: CompletionItemKind.Module,
    detail: `Section: ${part.name}`,
    documentation: part.description,
    filterText: heading,
    insertTextFormat: graded ? InsertTextFormat.Snippet : undefined,
    textEdit: { range: c.range, newText: newText + c.eol + c.eol },
  };
}

/** The standard paragraph of a fixed part, its slots filled from the draft and its variant chosen by the sections present. */
function paragraphItem(c: Context, id: PartId): CompletionItem | undefined {
  const part = c.template.part(id);
  const facts = {
    strengths: strengthsFact(c.letter),
    priorityAction: !!c.letter.section('priorityAction'),
  };
  const snippet = new SnippetText();
  const variants = part.sentences.map((sentence) => {
    const agrees = (v: (typeof sentence.variants)[number]) =>
      (v.facts.strengths === undefined || v.facts.strengths === facts.strengths) &&
      (v.facts.priorityAction === undefined || v.facts.priorityAction === facts.priorityAction);
    // The wording of the draft's period: today's where it is in use, else an earlier one of the period.
    const inUse = sentence.variants.filter((v) => !v.period || inPeriod(v.period, c.date));
    return inUse.find((v) => !v.until && agrees(v)) ?? inUse.find(agrees) ?? inUse[0];
  });
  // A part none of whose wordings was in use at the draft's date (a preamble of one year) is not offered.
  if (variants.some((v) => !v)) return undefined;
  variants.forEach((variant, i) => {
    if (i > 0) snippet.literal(' ');
    for (const piece of variant!.pieces) {
      if (piece.kind === 'text') snippet.literal(piece.text);
      else if (piece.kind === 'slot') snippet.value(slotValue(c, piece.name), piece.name);
      else if (isNumberChoice(piece.options)) snippet.literal(c.priorityFindings > 1 ? piece.options[1] : piece.options[0]);
      else snippet.choice(piece.options);
    }
  });
  return standardTextItem(c, part, snippet);
}

function strengthsFact(letter: Letter): 'none' | 'singular' | 'plural' {
  const n = letter.section('strengths')?.findings.length ?? 0;
  return n === 0 ? 'none' : n === 1 ? 'singular' : 'plural';
}

function slotValue(c: Context, name: string): string | undefined {
  if (name === 'council') return c.council;
  if (name === 'inspectionDates') return c.inspectionDates;
  if (name === 'inspectors') return c.inspectors;
  if (name === 'inspectorTitle') return inspectorTitleFor(c.letter);
  if (name === 'inspectorName') return c.letter.values.inspector?.name?.value ?? c.letter.report?.inspector?.line.value ?? leadOf(c.inspectors);
  return undefined;
}

/** The first of the inspectors named (the lead inspector, who signs). */
function leadOf(inspectors: string | undefined): string | undefined {
  return inspectors?.split(/,\s*|\s+and\s+/)[0]?.trim() || undefined;
}

/**
 * A part written from its skeleton (a paragraph without fixed sentences, or one whose skeleton says
 * more, such as the focused visit's opening with its inspectors sentence): slots filled from the draft,
 * the others left as [placeholders]; the inspector's title written for the draft's date.
 */
function skeletonItem(c: Context, part: TemplatePart): CompletionItem {
  const snippet = new SnippetText();
  const titles = c.template.inspectorTitle;
  const title = inspectorTitleFor(c.letter);
  let skeleton = part.skeleton!.replace(/\r?\n/g, c.eol);
  // A skeleton may spell a title out (a report's lead inspector line): the one for the draft's date.
  if (titles && title) skeleton = skeleton.replace(title === titles.after ? titles.before : titles.after, title);
  for (const piece of skeleton.split(/(\{[a-zA-Z]+\})/)) {
    const slot = /^\{([a-zA-Z]+)\}$/.exec(piece);
    if (slot) snippet.value(slotValue(c, slot[1]), slot[1]);
    else snippet.literal(piece);
  }
  return standardTextItem(c, part, snippet);
}

/** The completion of a part's standard text: its name, the first line of the text as the detail, the snippet. */
function standardTextItem(c: Context, part: TemplatePart, snippet: SnippetText): CompletionItem {
  const text = snippet.preview;
  const firstLine = text.split(/\r?\n/)[0];
  return {
    label: part.name,
    labelDetails: { description: firstLine.length > 50 ? firstLine.slice(0, 49) + '…' : firstLine },
    kind: CompletionItemKind.Snippet,
    detail: `Standard text: ${part.name}`,
    documentation: `${part.description}\n\n${text}`,
    filterText: text,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range: c.range, newText: snippet.snippet },
  };
}

/** `area|areas`: singular or plural, chosen by the number of areas for priority action. */
function isNumberChoice(options: string[]): boolean {
  return options.length === 2 && options[1] === options[0] + 's';
}

function letterDateItem(c: Context): CompletionItem | undefined {
  const days = c.letter.values.inspectionDays?.value;
  const last = days?.last.date;
  if (!last) return undefined;
  const existing = c.letter.partsById('letterDate')[0];
  const onDateLine = existing && c.letter.source.lineAt(existing.span.start).index === c.range.start.line;
  if (existing && !onDateLine) return undefined;
  const addressee = c.template.findPart(ROLE.addressee);
  if (!c.template.letterDate || !addressee) return undefined;
  if (!existing && c.before >= addressee.order) return undefined;
  const n = c.template.letterDate.daysAfterInspection;
  const text = format(addDays(last, n), 'd MMMM yyyy');
  return {
    label: text,
    kind: CompletionItemKind.Value,
    detail: `Letter date: ${n} days after the inspection ended (${format(last, 'd MMMM yyyy')})`,
    filterText: text,
    preselect: true,
    textEdit: { range: c.range, newText: text },
  };
}

/** The inspector's title that fits the letter's date (or the inspection's, or today's). */
export function inspectorTitleFor(letter: Letter, today = new Date()): string | undefined {
  if (!letter.template.inspectorTitle) return undefined;
  const { changeDate, before, after } = letter.template.inspectorTitle;
  return isAfter(draftDate(letter, today), parseISO(changeDate)) ? after : before;
}

function signOffItems(c: Context): CompletionItem[] {
  const title = inspectorTitleFor(c.letter);
  const signOffPart = c.template.findPart(ROLE.signOff);
  if (!title || !signOffPart) return [];
  const signOff = c.letter.partsById(ROLE.signOff)[0];
  const items: CompletionItem[] = [];
  // The sign-off ends the letter where there is no copy list after it.
  const copyOrder = c.template.findPart(ROLE.copyList)?.order ?? Number.POSITIVE_INFINITY;
  const signOffOrder = signOffPart.order;
  if (!signOff && signOffPart.skeleton && c.before < signOffOrder && c.after > signOffOrder) {
    const name = c.letter.values.inspector?.name?.value ?? leadOf(c.inspectors);
    const skeleton = signOffPart.skeleton;
    const snippet = new SnippetText();
    for (const piece of skeleton.replace(/\r?\n/g, c.eol).split(/(\{[a-zA-Z]+\})/)) {
      if (piece === '{inspectorName}') snippet.value(name, 'inspector name');
      else if (piece === '{inspectorTitle}') snippet.literal(title);
      else if (/^\{[a-zA-Z]+\}$/.test(piece)) snippet.placeholder(piece.slice(1, -1));
      else snippet.literal(piece);
    }
    const valediction = skeleton.split('\n')[0];
    items.push({
      label: valediction,
      kind: CompletionItemKind.Snippet,
      detail: `Sign-off, with ${title}`,
      documentation: signOffPart.description,
      filterText: valediction,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range: c.range, newText: snippet.snippet },
    });
  }
  const closingOrder = c.template.findPart('closing')?.order ?? signOffOrder - 1;
  const inSignOff = signOff && signOff.span.start < c.letter.source.offsetAt(c.range.start) && c.after >= copyOrder;
  if (inSignOff || (!signOff && c.before >= closingOrder)) {
    const { range, newText } = completeTail(c, title);
    items.push({
      label: title,
      kind: CompletionItemKind.Value,
      detail: `The inspector's title for a letter dated ${describeDate(c.letter)}`,
      filterText: newText,
      textEdit: { range, newText },
    });
  }
  return items;
}

/**
 * Completes `text` after what is already on the line (the name on the sign-off line, in letters that
 * put the title beside it): replaces only the typed start of `text`, never the words before it.
 */
function completeTail(c: Context, text: string): { range: Range; newText: string } {
  const line = c.letter.source.lines[c.range.start.line];
  const typed = line.text.slice(0, c.range.end.character);
  if (!typed.trim()) return { range: c.range, newText: text };
  const lower = text.toLowerCase();
  for (let start = 0; start < typed.length; start++) {
    if (start > 0 && !/\s/.test(typed[start - 1])) continue;
    const tail = typed.slice(start);
    if (tail && lower.startsWith(tail.toLowerCase())) {
      return { range: { start: { line: line.index, character: start }, end: c.range.end }, newText: text };
    }
  }
  const at = { start: c.range.end, end: c.range.end };
  return { range: at, newText: (/\s$/.test(typed) ? '' : ' ') + text };
}

function describeDate(letter: Letter): string {
  const date = letter.values.letterDate?.value.date;
  return date ? format(date, 'd MMMM yyyy') : 'today';
}

function copyListItems(c: Context): CompletionItem[] {
  const copy = c.letter.values.copyList;
  if (!c.template.copyList) return [];
  const { label, chiefExecutiveRole, requiredOrganisation } = c.template.copyList;
  const signOffOrder = c.template.findPart(ROLE.signOff)?.order ?? Number.POSITIVE_INFINITY;
  if (c.before < signOffOrder) return [];
  const items: CompletionItem[] = [];
  // The label as written, whether or not names follow it yet ('Copy:' alone on its line counts).
  const labelKey = label.toLowerCase();
  const hasLabel = c.letter.partsById('copyList').some((p) => c.letter.source.slice(p.span).trimStart().toLowerCase().startsWith(labelKey));
  if (!copy.chiefExecutive) {
    const snippet = new SnippetText();
    if (!hasLabel && copy.entries.length === 0) snippet.literal(label + ' ');
    snippet.placeholder('name').literal(`, ${chiefExecutiveRole}, `).value(c.council, 'council');
    items.push(copyItem(c, snippet, `Copy list: the ${chiefExecutiveRole} of ${c.council ?? 'the council'}`));
  }
  if (!copy.hasRequiredOrganisation) {
    const snippet = new SnippetText();
    if (!hasLabel && copy.entries.length === 0) snippet.literal(label + ' ');
    snippet.placeholder('name').literal(`, ${requiredOrganisation}`);
    items.push(copyItem(c, snippet, `Copy list: the ${requiredOrganisation}`));
  }
  return items;
}

function copyItem(c: Context, snippet: SnippetText, detail: string): CompletionItem {
  return {
    label: snippet.preview,
    kind: CompletionItemKind.Snippet,
    detail,
    filterText: snippet.preview,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range: c.range, newText: snippet.snippet },
  };
}

/** Inside Areas for development or Area for priority action: the sentence that marks a carried-forward finding. */
function markerItem(c: Context): CompletionItem | undefined {
  const section = c.currentPart;
  if (section !== 'areasForDevelopment' && section !== 'priorityAction') return undefined;
  const sentences = followupPhrases().markerSentence;
  const text = section === 'priorityAction' ? sentences.priorityAction : sentences.development;
  const line = c.letter.source.lines[c.range.start.line];
  const typed = line.text.slice(0, c.range.end.character);
  // Replaces only the word being typed, so the sentence can follow a finding on the same line.
  const start = typed.search(/\S*$/);
  return {
    label: text,
    kind: CompletionItemKind.Text,
    detail: 'Marks a finding carried forward from the previous inspection',
    filterText: text,
    textEdit: { range: { start: { line: c.range.start.line, character: start }, end: c.range.end }, newText: text },
  };
}

/**
 * Inside Areas for development or Area for priority action: the previous letter's areas the draft does
 * not yet account for, each as a finding with its marker sentence (the old words, to reword).
 */
function previousAreaItems(c: Context, previous: PreviousLetter, accounting: Accounting): CompletionItem[] {
  const section = c.currentPart;
  if (section !== 'areasForDevelopment' && section !== 'priorityAction') return [];
  const line = c.letter.source.lines[c.range.start.line];
  const typed = line.text.slice(0, c.range.end.character);
  // Keeps a bullet already typed; replaces the words after it.
  const start = /^\s*(?:[-*+\u2022]|\d+[.)])\s+/.exec(typed)?.[0].length ?? 0;
  const range = { start: { line: c.range.start.line, character: start }, end: c.range.end };
  return unaccountedAreas(accounting).map((match) => {
    const area = match.previous;
    const newText = `${area.text} ${markerSentence(area.kind)}`;
    const label = area.text.length > 60 ? `${area.text.slice(0, area.text.lastIndexOf(' ', 57))}...` : area.text;
    return {
      label,
      labelDetails: { description: `previous letter's ${areaKindName(area)}` },
      kind: CompletionItemKind.Reference,
      detail: `Not yet accounted for: from ${whereIs(area, previous)}`,
      documentation: `The previous letter (${letterName(previous.uri)}) had this ${areaKindName(area)}, and the draft neither carries it forward nor covers it in the previous-inspection paragraph. Inserted with the marker sentence, as a starting point to reword:\n\n${newText}`,
      filterText: area.text,
      textEdit: { range, newText },
    };
  });
}

/**
 * Where a previous-inspection paragraph belongs (after the summary, one for each kind of area): its
 * standard wordings (phrases.json), with the previous inspection's month when the draft or the previous
 * letter gives it, and the number of marked findings for `All but N`. Kinds the previous letter did not
 * have are left out.
 */
function previousInspectionItems(c: Context, previous?: PreviousLetter): CompletionItem[] {
  const order = c.template.part('previousInspection').order;
  // The part is repeatable: a second paragraph may follow the first.
  if (order < c.before || order >= c.after) return [];
  const reading = followupOf(c.letter);
  const lastDay = previous?.letter.values.inspectionDays?.value.last.date;
  const month = reading.claims.find((claim) => claim.month)?.month?.text ?? (lastDay ? monthYear(lastDay) : undefined);
  const previousAreas = previous ? areasOf(previous.letter) : undefined;
  const items: CompletionItem[] = [];
  const wordings: [AreaKind, WordedOutcome, string][] = [
    ['development', 'allAddressed', 'areas for development addressed'],
    ['development', 'allButN', 'all but some areas for development addressed'],
    ['development', 'notAddressed', 'areas for development not addressed'],
    ['priorityAction', 'allAddressed', 'area for priority action addressed'],
    ['priorityAction', 'notAddressed', 'area for priority action not addressed'],
  ];
  for (const [kind, outcome, gist] of wordings) {
    const had = previousAreas?.filter((a) => a.kind === kind).length;
    if (had === 0) continue;
    const carried = reading.markers.filter((m) => m.kind === kind).length;
    const template = standardClaim(kind, outcome);
    const snippet = new SnippetText();
    for (const piece of template.split(/(\{month\}|\{count\})/)) {
      if (piece === '{month}') snippet.value(month, 'month and year');
      else if (piece === '{count}') {
        if (carried > 0) snippet.literal(countWord(carried));
        else snippet.choice(['one', 'two', 'three']);
      } else snippet.literal(piece);
    }
    const text = snippet.preview;
    items.push({
      label: `Previous inspection: ${gist}`,
      labelDetails: { description: text.length > 50 ? text.slice(0, 49) + '…' : text },
      kind: CompletionItemKind.Snippet,
      detail: `Standard wording${month ? ` (previous inspection ${month})` : ''}`,
      documentation: `${c.template.part('previousInspection').description}\n\n${text}`,
      filterText: text,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range: c.range, newText: snippet.snippet },
    });
  }
  return items;
}
