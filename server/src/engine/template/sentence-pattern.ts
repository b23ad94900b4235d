/**
 * A fixed sentence variant compiled from its template text. In the text, {slot} stands for a value
 * from the draft and [[a|b]] for accepted alternatives. The compiled form matches folded text exactly
 * (a sticky regular expression) and offers the word sequences used to describe a near miss.
 */

/** What a variant says, for rules that compare it with the document (the template's data names them). */
export interface Facts {
  strengths?: 'none' | 'singular' | 'plural';
  priorityAction?: boolean;
  [fact: string]: string | boolean | undefined;
}

export type PiecePart =
  | { kind: 'text'; text: string }
  | { kind: 'choice'; options: string[] }
  | { kind: 'slot'; name: string };

export interface CompiledVariant {
  /** The variant as written in the template. */
  source: string;
  facts: Facts;
  /** When the wording was in use (ISO dates, open at either end), if the template says. */
  period?: { from?: string; until?: string };
  /** An earlier wording: the last date it was in use (from period.until), for the rules that say a wording is out of date. */
  until?: string;
  pieces: PiecePart[];
  /** Matches at lastIndex (sticky, with indices) in folded text; slot values are groups in order of `slots`. */
  regex: RegExp;
  slots: string[];
  /** Every expansion of the alternatives, as word tokens; a slot is the token `{name}`. */
  expansions: string[][];
}

const PIECE = /\[\[([^[\]]*)\]\]|\{([a-zA-Z]+)\}/g;

export function parsePieces(source: string): PiecePart[] {
  const pieces: PiecePart[] = [];
  let last = 0;
  for (const m of source.matchAll(PIECE)) {
    if (m.index! > last) pieces.push({ kind: 'text', text: source.slice(last, m.index) });
    if (m[1] !== undefined) pieces.push({ kind: 'choice', options: m[1].split('|') });
    else pieces.push({ kind: 'slot', name: m[2] });
    last = m.index! + m[0].length;
  }
  if (last < source.length) pieces.push({ kind: 'text', text: source.slice(last) });
  return pieces;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Word tokens: runs of letters, digits and inner apostrophes or hyphens, or single punctuation marks. */
export const WORD = /\{[a-zA-Z]+\}|[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function compileVariant(source: string, facts: Facts, slotPatterns: Record<string, string>, period?: { from?: string; until?: string }): CompiledVariant {
  const pieces = parsePieces(source);
  const slots: string[] = [];
  let pattern = '';
  let expansionsText: string[] = [''];
  for (const piece of pieces) {
    if (piece.kind === 'text') {
      pattern += escapeRegex(piece.text);
      expansionsText = expansionsText.map((e) => e + piece.text);
    } else if (piece.kind === 'choice') {
      // Longest first, so "social workers and senior practitioners" wins over "social workers".
      const options = [...piece.options].sort((a, b) => b.length - a.length);
      pattern += '(?:' + options.map(escapeRegex).join('|') + ')';
      expansionsText = expansionsText.flatMap((e) => piece.options.map((o) => e + o));
    } else {
      const slotPattern = slotPatterns[piece.name] ?? '[^.]+?';
      pattern += '(' + slotPattern + ')';
      slots.push(piece.name);
      expansionsText = expansionsText.map((e) => e + '{' + piece.name + '}');
    }
  }
  return {
    source,
    facts,
    period: period?.from || period?.until ? period : undefined,
    until: period?.until,
    pieces,
    regex: new RegExp(pattern, 'yd'),
    slots,
    expansions: expansionsText.map(words),
  };
}

/** The variant as text, with slots filled from values (or shown as <slot>) and first alternatives. */
export function renderVariant(variant: CompiledVariant, values: Record<string, string | undefined> = {}): string {
  return variant.pieces
    .map((p) => (p.kind === 'text' ? p.text : p.kind === 'choice' ? p.options[0] : (values[p.name] ?? `<${p.name}>`)))
    .join('');
}
