import type { Template } from '../template/template';
import type { Span } from '../text/source';
import type { MappedText } from '../text/mapped';
import { parseDate, parseInspectionDays, parseMonthYear, MONTHS } from './dates';
import type { Located, LetterValues, PartNode, CopyEntry } from './model';
import type { SlotValue } from '../match/sentences';

/** Reads the letter's values (dates, names, the council) out of the parts that hold them. */

const ROLE_WORD = /^(?:Director|Executive|Strategic|Corporate|Interim|Acting|Head|Chief|Assistant|Deputy|Service|Services|Children|Children's|Council|Cabinet|Lead|Senior|Group|Managing)$/;
const MONTH_YEAR = new RegExp(`\\b(${MONTHS.join('|')})\\s+(\\d{4})\\b`, 'g');
/** A line ending in a council's name: `Derby City Council`, `Brighton & Hove City Council`. */
const COUNCIL_AT_LINE_END = /([A-Z][\w'’.-]*(?:\s+(?:of|upon|on|and|with|&|the|[A-Z][\w'’.-]*))*\s+Council)\s*$/;
/** A line ending in a council named by its designation first: `London Borough of Camden`, `City of York`. */
const DESIGNATED_COUNCIL_AT_LINE_END =
  /(?<![\w'’.-])((?:(?:London|Royal|Metropolitan)\s+)?(?:Borough|City|County|District)(?:\s+and\s+County)?\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|upon|on|and|&|the|[A-Z][\w'’.-]*))*)\s*$/;
/** How far before the end of an address line a council's name can start (bounds the search's time). */
const COUNCIL_WINDOW = 300;
const INSPECTOR_TITLE = /\b(?:Her|His|Her\/His|His\/Her)\s+Majesty['’]?s\s+Inspector\b/;

function located(text: MappedText, from: number, to: number): Located {
  return { value: text.text.slice(from, to), span: text.sourceSpan(from, to) };
}

function slotValue(part: PartNode | undefined, name: string): { slot: SlotValue; text: MappedText } | undefined {
  if (!part) return undefined;
  for (const s of part.sentences) {
    const slot = s.slots[name];
    if (slot && s.status !== 'different') return { slot, text: part.blocks[0].text };
  }
  return undefined;
}

/** Whether a word is a courtesy title the template knows (`Ms`, `Dr.`): a name follows it. */
export function isCourtesyTitle(template: Template, word: string): boolean {
  return template.salutationTitles.includes(word.replace(/\.$/, ''));
}

export function extractValues(parts: PartNode[], template: Template, source: string): LetterValues {
  const first = (id: PartNode['id']) => parts.find((p) => p.id === id);
  const values: LetterValues = { council: {}, previousInspections: [], copyList: { entries: [], hasRequiredOrganisation: false } };

  const dateNode = first('letterDate');
  if (dateNode) {
    const parsed = parseDate(dateNode.blocks[0].text.text);
    if (parsed) values.letterDate = { value: parsed, span: dateNode.blocks[0].span };
  }

  const titleCouncil = slotValue(first('title'), 'council');
  if (titleCouncil) values.council.title = located(titleCouncil.text, titleCouncil.slot.from, titleCouncil.slot.to);
  const openingCouncil = slotValue(first('opening'), 'council');
  if (openingCouncil) values.council.opening = located(openingCouncil.text, openingCouncil.slot.from, openingCouncil.slot.to);
  const days = slotValue(first('opening'), 'inspectionDates');
  if (days) {
    const parsed = parseInspectionDays(days.slot.value);
    if (parsed) values.inspectionDays = { value: parsed, span: days.text.sourceSpan(days.slot.from, days.slot.to) };
  }

  const addressee = first('addressee');
  if (addressee) readAddressee(addressee, template, values);

  const salutation = first('salutation');
  if (salutation) {
    const text = salutation.blocks[0].text;
    const m = /^Dear\s+(.+?)[,.]?$/.exec(text.text);
    if (m) {
      const from = text.text.indexOf(m[1], 4);
      const name = located(text, from, from + m[1].length);
      const words = m[1].split(' ');
      const hasTitle = isCourtesyTitle(template, words[0]);
      values.salutation = {
        name,
        courtesyTitle: hasTitle ? located(text, from, from + words[0].length) : undefined,
        surname: words.length > 1 || !hasTitle ? located(text, from + m[1].length - words[words.length - 1].length, from + m[1].length) : undefined,
      };
    }
  }

  for (const node of parts) {
    if (node.id !== 'previousInspection') continue;
    const text = node.blocks[0].text;
    for (const m of text.text.matchAll(MONTH_YEAR)) {
      const date = parseMonthYear(m[0]);
      if (date) values.previousInspections.push({ value: date, span: text.sourceSpan(m.index!, m.index! + m[0].length) });
    }
  }

  const signOff = first('signOff');
  if (signOff) {
    for (const block of signOff.blocks.slice(1).concat(signOff.blocks.length === 1 ? signOff.blocks : [])) {
      const text = block.text;
      const t = INSPECTOR_TITLE.exec(text.text) ?? /\b\p{L}+\s+Maj\p{L}*['’]?s?\s+Insp\p{L}*/u.exec(text.text);
      if (t) {
        values.inspector = { ...values.inspector, title: located(text, t.index, t.index + t[0].length) };
        const before = text.text.slice(0, t.index).trim();
        if (before && !/^Yours/i.test(before)) values.inspector.name = located(text, 0, before.length);
      } else if (!/^Yours/i.test(text.text) && !values.inspector?.name) {
        values.inspector = { ...values.inspector, name: located(text, 0, text.text.length) };
      }
    }
  }

  const copy = first('copyList');
  if (copy) readCopyList(copy, template, values, source);
  return values;
}

function readAddressee(node: PartNode, template: Template, values: LetterValues): void {
  const block = node.blocks[0];
  const text = block.text;
  const words = text.text.split(' ');
  const hasTitle = words[0] !== undefined && isCourtesyTitle(template, words[0]);
  // The name runs to the end of the first line, or (all on one line) to the first word of the role.
  const firstLineLength = block.items[0].span.end - block.items[0].span.start;
  let nameWords = 0;
  let length = 0;
  for (const w of words) {
    if (nameWords > 0 && (length + w.length > firstLineLength || ROLE_WORD.test(w) || nameWords >= (hasTitle ? 5 : 4))) break;
    length += (nameWords ? 1 : 0) + w.length;
    nameWords++;
  }
  if (nameWords > 0) {
    const fullName = located(text, 0, length);
    const lastWord = words[nameWords - 1];
    values.addressee = {
      fullName,
      courtesyTitle: hasTitle ? located(text, 0, words[0].length) : undefined,
      surname: nameWords > (hasTitle ? 1 : 0) ? located(text, length - lastWord.length, length) : undefined,
    };
  }
  // The council: the title's name if the address holds it, else a line ending in Council.
  const known = values.council.title?.value ?? values.council.opening?.value;
  const all = node.blocks.map((b) => b.text);
  for (const t of all) {
    if (known) {
      const at = t.text.indexOf(known);
      if (at >= 0) {
        values.council.addressee = located(t, at, at + known.length);
        return;
      }
    }
  }
  for (const b of node.blocks) {
    // Every line of the block in one pass: one pass per line was quadratic on a long block (issue 6).
    const lines = sourceLines(b);
    for (let k = 0; k < b.items.length; k++) {
      const raw = b.items[k].span;
      const lineText = lines[k];
      // Only the end of the line can hold it: matching a long line whole backtracks (issue 6).
      const tailFrom = Math.max(0, lineText.text.length - COUNCIL_WINDOW);
      const tail = lineText.text.slice(tailFrom);
      const m = COUNCIL_AT_LINE_END.exec(tail) ?? DESIGNATED_COUNCIL_AT_LINE_END.exec(tail);
      if (m) {
        const from = tailFrom + m.index + m[0].indexOf(m[1]);
        values.council.addressee = { value: m[1], span: { start: raw.start + lineText.offsets[from], end: raw.start + lineText.offsets[from + m[1].length - 1] + 1 } };
        return;
      }
    }
  }
  // One-line address: up to three capitalised words before "Council".
  for (const t of all) {
    // Starting only at the start of a word keeps the search linear on a long block (issue 6).
    const m = /(?<![\w'’.-])((?:[A-Z][\w'’.-]*\s+){1,3}Council)\b/.exec(t.text);
    if (m) {
      // Words of the role before the council's name are not part of it ("… Services Derby City Council").
      const words = m[1].split(/\s+/);
      let skip = 0;
      while (skip < words.length - 2 && (ROLE_WORD.test(words[skip]) || /['’]s$/.test(words[skip]))) skip++;
      const from = m.index + words.slice(0, skip).reduce((n, w) => n + w.length + 1, 0);
      values.council.addressee = located(t, from, m.index + m[1].length);
      return;
    }
  }
}

/** Each item's own text with each character's offset from the item start (items are single lines, in order). */
function sourceLines(block: { text: MappedText; items: { span: Span }[] }): { text: string; offsets: number[] }[] {
  const lines = block.items.map(() => ({ text: '', offsets: [] as number[] }));
  let k = 0;
  for (let i = 0; i < block.text.length; i++) {
    const at = block.text.sourceOffset(i);
    while (k < block.items.length && at >= block.items[k].span.end) k++;
    if (k >= block.items.length) break;
    const span = block.items[k].span;
    if (at >= span.start) {
      lines[k].offsets.push(at - span.start);
      lines[k].text += block.text.text[i];
    }
  }
  return lines;
}

function readCopyList(node: PartNode, template: Template, values: LetterValues, source: string): void {
  const entries: CopyEntry[] = [];
  for (const block of node.blocks) {
    for (const item of block.items) {
      let span = item.span;
      const raw = source.slice(span.start, span.end);
      const label = template.patterns.copyLabel?.exec(raw);
      // The entry starts after the label and the space after it.
      if (label) span = { start: span.start + raw.length - raw.slice(label[0].length).trimStart().length, end: span.end };
      if (span.end > span.start) entries.push({ text: source.slice(span.start, span.end), span });
    }
  }
  values.copyList.entries = entries;
  if (!template.copyList) return;
  const { chiefExecutiveRole, requiredOrganisation } = template.copyList;
  const known = values.council.title?.value ?? values.council.opening?.value ?? values.council.addressee?.value;
  for (const entry of entries) {
    if (entry.text.includes(requiredOrganisation)) values.copyList.hasRequiredOrganisation = true;
    const at = entry.text.indexOf(`${chiefExecutiveRole},`);
    if (at < 0 || values.copyList.chiefExecutive) continue;
    const rest = entry.text.slice(at + chiefExecutiveRole.length + 1);
    const lead = rest.length - rest.trimStart().length;
    let council = rest.trim();
    if (known && council.startsWith(known)) council = known;
    else {
      // All on one line: the council ends with the word Council, or where the next person's "Name Surname," begins.
      const councilWord = /^[^,]*?\bCouncil\b/.exec(council);
      const next = /(?<!\s)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3},/.exec(council);
      if (councilWord) council = councilWord[0];
      else if (next) council = council.slice(0, next.index);
    }
    const start = entry.span.start + at + chiefExecutiveRole.length + 1 + lead;
    values.copyList.chiefExecutive = { council: { value: council, span: { start, end: start + council.length } }, span: entry.span };
  }
}
