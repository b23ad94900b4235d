import { parseLetter } from '../parse/letter';
import type { Letter } from '../parse/model';
import { ROLE } from '../template/roles';
import type { Line, Span } from '../text/source';
import { defineRule } from './rule';

/**
 * A letter's head whose columns PDF text extraction interleaved: the letter date printed beside the
 * address and read into the middle of it, or the address column's last lines read into the title. Each
 * repair is made only when it is sure: it moves or removes only lines that repeat lines of the address,
 * and the letter re-read after it has the part it lacked.
 */

const trimmed = (line: Line) => line.text.trim();

/** The lines from `start` to `end` (offsets), as the source holds them. */
function linesBetween(letter: Letter, start: number, end: number): Line[] {
  const { lines } = letter.source;
  const from = letter.source.lineAt(start).index;
  const to = letter.source.lineAt(Math.max(start, end - 1)).index;
  return lines.slice(from, to + 1);
}

interface Repair {
  span: Span;
  newText: string;
  message: string;
  title: string;
}

/**
 * The date read into the middle of the address (`kingston-upon-thames-2022-06-23`): the addressee's
 * lines above the date, the date, then the address's last lines again, then the salutation. The repair
 * puts the date above the addressee and drops the repeated lines.
 */
function dateInsideAddress(letter: Letter): Repair | undefined {
  const date = letter.partsById(ROLE.letterDate)[0];
  const addressee = letter.partsById(ROLE.addressee)[0];
  if (!date || !addressee || addressee.span.start < date.span.end) return undefined;
  const repeated = linesBetween(letter, addressee.span.start, addressee.span.end).map(trimmed).filter(Boolean);
  // The lines above the date back to the blank line before them: the addressee as printed.
  const { lines } = letter.source;
  const dateLine = letter.source.lineAt(date.span.start).index;
  let first = dateLine;
  while (first > 0 && trimmed(lines[first - 1])) first--;
  const above = lines.slice(first, dateLine);
  const hint = letter.template.patterns.letterheadHint;
  if (!repeated.length || above.length <= repeated.length || above.some((l) => hint?.test(trimmed(l)))) return undefined;
  const tail = above.slice(above.length - repeated.length).map(trimmed);
  if (tail.some((t, i) => t !== repeated[i])) return undefined;
  const eol = letter.source.eol;
  const span = { start: lines[first].start, end: letter.source.lineAt(addressee.span.end - 1).end };
  const newText = [trimmed(lines[dateLine]), ...above.map((l) => l.text)].join(eol);
  if (!rereads(letter, span, newText, (after) => after.partsById(ROLE.addressee)[0]?.blocks[0]?.text.text.startsWith(trimmed(above[0])) ?? false)) return undefined;
  return {
    span,
    newText,
    message: `The letter date sits inside the address, with the address's last ${repeated.length === 1 ? 'line' : `${repeated.length} lines`} (${repeated.map((r) => `'${r}'`).join(', ')}) repeated under it: PDF text extraction interleaved the date with the address column. The date goes above the addressee.`,
    title: 'Put the date above the addressee and remove the repeated address lines',
  };
}

/**
 * The title read among the address column's last lines (`harrow-2018-11-01`: `Harrow` / `HA1 2XF visit to
 * … children's` / `Focused` / `services.`). The repair drops the lines (and line starts) that repeat
 * address lines and puts the title's pieces back in order, its first word first.
 */
function titleInsideAddress(letter: Letter): Repair | undefined {
  if (letter.partsById(ROLE.title).length) return undefined;
  const salutation = letter.partsById(ROLE.salutation)[0];
  const addressee = letter.partsById(ROLE.addressee)[0];
  if (!salutation || !addressee) return undefined;
  const next = letter.parts.find((p) => p.span.start >= salutation.span.end && p.id !== ROLE.salutation);
  if (!next) return undefined;
  const region = linesBetween(letter, salutation.span.end + 1, next.span.start).filter((l) => l.start > salutation.span.end - 1 && l.end <= next.span.start && trimmed(l));
  if (region.length < 2) return undefined;
  const address = new Set(linesBetween(letter, addressee.span.start, addressee.span.end).map(trimmed).filter(Boolean));
  const pieces: string[] = [];
  const dropped: string[] = [];
  for (const line of region) {
    const text = trimmed(line);
    if (address.has(text)) {
      dropped.push(text);
      continue;
    }
    const prefix = [...address].find((a) => text.startsWith(a + ' '));
    if (prefix) dropped.push(prefix);
    pieces.push(prefix ? text.slice(prefix.length + 1) : text);
  }
  const firstWord = titleFirstWord(letter);
  if (!dropped.length || !firstWord) return undefined;
  const lead = pieces.findIndex((p) => p === firstWord || p.startsWith(firstWord + ' '));
  if (lead < 0) return undefined;
  const ordered = [pieces[lead], ...pieces.filter((_, i) => i !== lead)];
  const title = ordered.join(' ');
  const span = { start: region[0].start, end: region[region.length - 1].end };
  if (!rereads(letter, span, title, (after) => after.partsById(ROLE.title).length === 1)) return undefined;
  return {
    span,
    newText: title,
    message: `The title is interleaved with the address column (${dropped.map((d) => `'${d}'`).join(', ')} repeat the address), as PDF text extraction left it: it reads '${title}'.`,
    title: 'Write the title on its own line, without the address lines',
  };
}

/** The first word of the template's title (`Focused`), from its first wording. */
function titleFirstWord(letter: Letter): string | undefined {
  const title = letter.template.findPart(ROLE.title);
  const first = title?.sentences[0]?.variants[0]?.pieces[0];
  return first?.kind === 'text' ? first.text.trim().split(/\s+/)[0] : undefined;
}

/** Whether the letter, with `span` replaced by `newText`, reads as `check` wants (the repair is sure). */
function rereads(letter: Letter, span: Span, newText: string, check: (after: Letter) => boolean): boolean {
  const text = letter.source.text;
  return check(parseLetter(text.slice(0, span.start) + newText + text.slice(span.end), letter.template));
}

export default defineRule({
  id: 'letterhead-interleaved',
  description: "The letter's head as PDF text extraction can leave it: the date or the title read into the lines of the address.",
  defaultSeverity: 'warning',
  templates: ['focused-visit'],
  fixable: true,
  docs: {
    rationale:
      "A focused-visit letter prints the addressee's block beside other text, and PDF text extraction sometimes reads the two columns into each other: in `kingston-upon-thames-2022-06-23` the date comes between the address and its last two lines, which are repeated under it; in `harrow-2018-11-01` the title is broken up by the address's last lines (`Harrow` / `HA1 2XF visit to London Borough of Harrow local authority children's` / `Focused` / `services.`). Pasted into a draft, this leaves a letter whose addressee or title cannot be read (reported by salutation-names-addressee and missing-part as well). The warning says what happened; its fix is offered only where the repair is sure (it removes only lines that repeat the address, keeps every other word, and the letter re-read after it has the part it lacked) and is then safe: the date moved above the addressee, or the title written on its own line.",
    examples: [
      { flagged: 'Ian Dodds\n…\nKingston upon Thames\nKT1 1EU\n23 June 2022\nKingston upon Thames\nKT1 1EU\nDear Ian', accepted: '23 June 2022\nIan Dodds\n…\nKingston upon Thames\nKT1 1EU\nDear Ian' },
      { flagged: "Dear Mr Hewitt,\nHarrow\nHA1 2XF visit to London Borough of Harrow local authority children's\nFocused\nservices.", accepted: "Dear Mr Hewitt,\nFocused visit to London Borough of Harrow local authority children's services." },
    ],
  },
  check({ letter, report }) {
    for (const repair of [dateInsideAddress(letter), titleInsideAddress(letter)]) {
      if (!repair) continue;
      report({ span: repair.span, message: repair.message, fixes: [{ title: repair.title, edits: [{ span: repair.span, newText: repair.newText }], safe: true }] });
    }
  },
});
