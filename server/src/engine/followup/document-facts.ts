import { MONTHS } from '../parse/dates';
import { councilKey, readCouncil } from '../council-name';
import type { Recognition } from '../template/registry';

/**
 * The council and the date of a modern inspection document (focused-visit letter, ILACS report, SIF
 * report), read from its opening text as pdftotext lays the published PDF out, whatever template the
 * document is checked as: what choosing a previous document needs. Pure: text in, facts out.
 *
 * - Focused visit: `Focused visit to Oldham children’s services`; the letter's date (its first full date).
 * - ILACS report: `Inspection of Blackpool local authority children’s services` (2019 on) or the
 *   council's name above `Inspection of children’s social care services` (2018); `Inspection dates: …`.
 * - SIF report: the council's name on the first lines, above `Inspection of services for children…`;
 *   `Inspection date: 23 November 2015 – 17 December 2015`.
 */

/** The modern kinds of document, by the template ids they are (or will be) checked as. */
export type ModernKind = 'focused-visit' | 'ilacs-report' | 'sif-report';

export interface DocumentFacts {
  /** The kind the opening says (a focused-visit heading, an ILACS or SIF title), as a template id. */
  kind?: ModernKind;
  /** The council's name as the document writes it (`Blackpool local authority` → `Blackpool`). */
  council?: string;
  /** The council's key (`readCouncil` → `councilKey`): how documents are grouped by council. */
  councilKey?: string;
  /** When the inspection or visit took place: the last date of `Inspection dates`, else the letter's date. */
  date?: Date;
}

/** The opening characters read: every corpus document names its council and dates within them. */
const HEAD_CHARS = 3000;

const FULL_DATE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTHS.join('|')})\\s+(\\d{4})\\b`, 'gi');

function fullDates(text: string): Date[] {
  const out: Date[] = [];
  for (const m of text.matchAll(FULL_DATE)) {
    const month = MONTHS.findIndex((name) => name.toLowerCase() === m[2].toLowerCase());
    const day = Number(m[1]);
    if (month >= 0 && day >= 1 && day <= 31) out.push(new Date(Date.UTC(Number(m[3]), month, day)));
  }
  return out;
}

/** A council named in a heading, without `local authority` and the trailing `children's services`. */
function cleanCouncil(name: string): string | undefined {
  const cleaned = name
    .replace(/\s+/g, ' ')
    .replace(/\b(?:local authority|LA)\s*$/i, '')
    .replace(/[’'‘]s?\s*$/, '')
    .trim();
  return cleaned || undefined;
}

export function documentFacts(text: string): DocumentFacts {
  const head = text.slice(0, HEAD_CHARS).replace(/\f/g, '\n');
  const lines = head.split(/\r?\n/).map((l) => l.trim());
  const nonBlank = lines.filter(Boolean);
  // Headings wrap over lines in the PDF's layout: read the opening lines as one run of words.
  const run = nonBlank.slice(0, 40).join(' ');
  let council: string | undefined;
  // `Focused visit to Oldham children’s services`; `Focused visit to Slough Children First` (a trust) names the council later.
  const visit = /\bFocused visit to ([^.]{1,60}?)\s+(?:children[’'‘]?s\s+services|Children First|Children and Families Trust)/i.exec(run);
  // The council's name on the lines above `Inspection of (local authority) children's (social care) services` / `(Re-)inspection of services for children`.
  const above = nonBlank.slice(0, 4).findIndex((l) => /^(?:Re-?)?inspection of (?:local authority )?(?:children|services for children)/i.test(l));
  // `Inspection of Blackpool local authority children’s services`, `Inspection of Bradford Children and Families Trust`.
  const named = /^Inspection of (.{1,80}?)\s+(?:(?:local authority\s+)?children[’'‘]?s\s+services|Children and Families Trust|Children[’'‘]?s (?:Services )?Trust)/i.exec(nonBlank.slice(0, 3).join(' '));
  if (visit) council = cleanCouncil(visit[1]);
  else if (above > 0) council = cleanCouncil(nonBlank.slice(0, above).join(' '));
  else if (named) council = cleanCouncil(named[1]);
  let kind: ModernKind | undefined;
  if (visit) kind = 'focused-visit';
  else if (/\b(?:Re-?)?inspection of services for children in need of help\b/i.test(run)) kind = 'sif-report';
  else if (above >= 0 || named) kind = 'ilacs-report';
  let date: Date | undefined;
  const dated = lines.findIndex((l) => /^Inspection dates?\s*:/i.test(l));
  if (dated >= 0) {
    // The range may run onto the next line (`… 7 August 2019 to` / `9 August 2019`): its last date.
    const dates = fullDates(lines.slice(dated, dated + 2).join(' '));
    date = dates[dates.length - 1];
  }
  if (!date && visit) date = fullDates(head)[0];
  const key = council ? councilKey(readCouncil(council)) : undefined;
  return { ...(kind ? { kind } : {}), ...(council ? { council } : {}), ...(key ? { councilKey: key } : {}), ...(date ? { date } : {}) };
}

/**
 * A document's kind, for choosing its previous one and reading its items: its template's id, unless no
 * template recognised it (the default), when its opening may still say it is a focused visit, an ILACS
 * or a SIF report (until their templates are registered, and for a document none of them recognises).
 */
export function documentKind(text: string, recognition: Recognition): string {
  return recognition.by === 'default' ? (documentFacts(text).kind ?? recognition.template.id) : recognition.template.id;
}
