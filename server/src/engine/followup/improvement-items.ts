/**
 * The improvement items of a modern inspection document, read from its text (pdftotext-style, as the
 * corpus holds it or as host/pdf.ts reads a PDF): the bullets under `What needs to improve…` of ILACS
 * reports and focused-visit letters, and the numbered `Recommendations` or bulleted `Areas for
 * improvement` of SIF reports. Pure: text in, items with their offsets out.
 */

export interface ImprovementItem {
  /** The item's words, line breaks folded to spaces, without its bullet or number. */
  text: string;
  /** Offsets [start, end) of the item (its bullet or number included) in the text. */
  span: { start: number; end: number };
}

interface TextLine {
  text: string;
  start: number;
  end: number;
}

const BULLET = /^[\u25fc\uf06e\uf0b7\u2022\uf0a7]\s*/;
const NUMBER = /^\d{1,2}\.(?:\s+|$)/;
/** Headings that end a list (the next part of a letter or report). */
const NEXT_PART = /^(?:Findings|Main findings|Headline findings|Overview|Areas for priority action|The experiences and progress|The impact of leaders|Summary for children|Information about|Inspection findings|The local authority|The Local Safeguarding|Executive summary|Contents|Ofsted will take)/;

function linesOf(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const end = start + raw.length;
    // A form feed starts a page: the line's text is after it.
    const lead = raw.length - raw.replace(/^[\f\s]+/, '').length;
    lines.push({ text: raw.slice(lead).trimEnd(), start: start + lead, end });
    start = end + 1;
  }
  return lines;
}

/** The next non-blank line's text after line i. */
function nextText(lines: readonly TextLine[], i: number): string {
  for (let j = i + 1; j < lines.length; j++) if (lines[j].text !== '') return lines[j].text;
  return '';
}

const isPageNumber = (line: string) => /^\d{1,3}$/.test(line);
const endsItem = (line: string) => /[.;)\]]$/.test(line);

/** Items of the list that starts after line `from`: bullets or numbers, each running to the next. */
function readList(lines: readonly TextLine[], from: number, numbered: boolean): ImprovementItem[] {
  const items: { parts: string[]; start: number; end: number }[] = [];
  let current: { parts: string[]; start: number; end: number } | undefined;
  let blankRun = 0;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    const text = line.text;
    if (text === '') {
      blankRun++;
      // Bullet lists end at a blank line after an item unless another bullet follows (a PDF read may
      // put a blank line between bullets); numbered lists run across blank lines.
      if (!numbered && current && !BULLET.test(nextText(lines, i))) break;
      continue;
    }
    if (isPageNumber(text) || /^Inspection of .* children.s services/.test(text)) continue;
    const bullet = BULLET.exec(text);
    const number = numbered ? NUMBER.exec(text) : null;
    if ((!numbered && bullet) || number) {
      if (current) items.push(current);
      const rest = text.slice((bullet ?? number)![0].length);
      current = { parts: rest ? [rest] : [], start: line.start, end: line.end };
      blankRun = 0;
      continue;
    }
    if (NEXT_PART.test(text) && (!current || current.parts.length)) break;
    if (numbered && bullet && current) {
      // Sub-bullets of a numbered recommendation belong to it.
      current.parts.push(text.slice(bullet[0].length));
      current.end = line.end;
      continue;
    }
    if (!current) break;
    const previous = current.parts[current.parts.length - 1] ?? '';
    // After an item has ended (a full stop) a short line without one is a heading, not more of the item.
    if (current.parts.length && endsItem(previous) && (blankRun > 0 || (text.length < 60 && !endsItem(text) && /^[A-Z]/.test(text)))) break;
    current.parts.push(text);
    current.end = line.end;
    blankRun = 0;
  }
  if (current) items.push(current);
  return items
    .map((it) => ({ text: it.parts.join(' ').replace(/\s+/g, ' ').trim(), span: { start: it.start, end: it.end } }))
    .filter((it) => it.text.length > 0);
}

/**
 * The items of the documents read last, by text: a document's items are read as a draft's list (its
 * units, a rule) and again as the next document's previous one (the command line checks a council's
 * documents one after another).
 */
const recent = new Map<string, readonly ImprovementItem[]>();
const RECENT = 8;

/** The improvement items of a document; none when it has no list. */
export function improvementItems(text: string): ImprovementItem[] {
  let items = recent.get(text);
  if (!items) {
    items = readImprovementItems(text);
    if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
    recent.set(text, items);
  }
  // A copy of the list (the items themselves are not changed by any reader).
  return [...items];
}

function readImprovementItems(text: string): ImprovementItem[] {
  const lines = linesOf(text);
  const improve = lines.findIndex((l) => /^What needs to improve/i.test(l.text));
  if (improve >= 0) return readList(lines, improve + 1, false);
  // SIF: the local authority's list (the first one that is followed by an item, not the contents page).
  for (let i = 0; i < lines.length; i++) {
    if (!/^(?:Recommendations|Areas for improvement)$/.test(lines[i].text)) continue;
    let j = i + 1;
    while (j < lines.length && lines[j].text === '') j++;
    const first = lines[j]?.text ?? '';
    if (NUMBER.test(first)) return readList(lines, i + 1, true);
    if (BULLET.test(first)) return readList(lines, i + 1, false);
  }
  return [];
}
