import type { Letter } from '../parse/model';
import type { Span } from '../text/source';
import { defineRule, type RelatedInformation, type TextEdit } from './rule';

/** The page residue this rule removes; footnotes and footnote references are the document's own. */
const REMOVED = new Set(['pageNumber', 'footer', 'formFeed']);
const MAX_RELATED = 30;

/**
 * The edits that remove every page number, running footer and form feed at once. Each page's end (the
 * run of blank, page-number and footer lines between two lines of text) becomes one line break where
 * the paragraph reads on across the page, and a blank line where a new one starts, so the text reads
 * afterwards as it read before; a form feed on a line of text is removed alone. Linear in the lines.
 */
function removalEdits(letter: Letter): TextEdit[] {
  const source = letter.source;
  const lines = source.lines;
  const text = source.text;
  const removedLine = new Uint8Array(lines.length);
  const residueLine = new Uint8Array(lines.length);
  for (const r of letter.residue) {
    if (r.kind === 'split' || r.kind === 'html' || r.kind === 'runTogether' || r.kind === 'footnoteRef' || r.kind === 'formFeed') continue;
    const first = source.lineAt(r.span.start).index;
    const last = source.lineAt(r.span.end).index;
    for (let l = first; l <= last; l++) {
      residueLine[l] = 1;
      if (REMOVED.has(r.kind)) removedLine[l] = 1;
    }
  }
  const blockOfLine = new Int32Array(lines.length).fill(-1);
  for (const block of letter.blocks) for (const item of block.items) blockOfLine[item.line] = block.index;
  const isBlank = (l: number) => /^[\s\f]*$/.test(lines[l].text);
  const leadingFormFeeds = (l: number) => {
    let k = 0;
    while (k < lines[l].text.length && /[\f \t]/.test(lines[l].text[k])) k++;
    return lines[l].text.slice(0, k).includes('\f') ? k : 0;
  };
  const edits: TextEdit[] = [];
  const eol = source.eol;
  // The line whose leading form feed the last page's end already took.
  let taken = -1;
  for (let l = 0; l < lines.length; ) {
    if (!(removedLine[l] || (isBlank(l) && lines[l].text.includes('\f')))) {
      if (!residueLine[l] && !isBlank(l)) {
        const feeds = leadingFormFeeds(l);
        // A page that starts a new paragraph straight under the last line of the page before gets the
        // blank line that keeps the two apart.
        const newParagraph = l > 0 && blockOfLine[l - 1] >= 0 && blockOfLine[l - 1] !== blockOfLine[l];
        if (feeds && l !== taken) edits.push({ span: { start: lines[l].start, end: lines[l].start + feeds }, newText: newParagraph ? eol : '' });
      }
      l++;
      continue;
    }
    // A page's end: widen to the blank lines around it.
    let from = l;
    while (from > 0 && isBlank(from - 1)) from--;
    let to = l;
    while (to + 1 < lines.length && (removedLine[to + 1] || isBlank(to + 1))) to++;
    const next = to + 1;
    const start = from > 0 ? lines[from - 1].end : 0;
    if (next >= lines.length) {
      edits.push({ span: { start, end: text.length }, newText: start > 0 ? eol : '' });
      break;
    }
    const end = lines[next].start + leadingFormFeeds(next);
    let before = from - 1;
    while (before >= 0 && blockOfLine[before] < 0) before--;
    const readsOn = before >= 0 && blockOfLine[before] === blockOfLine[next] && blockOfLine[next] >= 0;
    // After a footnote a blank line stays, so that the footnote ends there (the text still reads on across it).
    const afterFootnote = from > 0 && residueLine[from - 1] === 1;
    edits.push({ span: { start, end }, newText: from === 0 ? '' : readsOn && !afterFootnote ? eol : eol + eol });
    taken = next;
    l = next;
  }
  return edits;
}

export default defineRule({
  id: 'page-residue',
  description: 'Page numbers, running footers and page breaks left in the text by copying it from a PDF.',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    rationale: [
      'Text copied from a published PDF brings its pages with it: a page number alone on a line at each page\'s end, the running footer above it (`Inspection of … children\'s services` and the inspection dates, in reports from November 2021), and the form feed (`\\f`) where the next page starts. The checker reads through them (a paragraph broken across a page is read as one, and a footer is recognised as the lines that recur above the page number on several pages, whatever their words), but they are not part of the draft.',
      '',
      'One warning is given for the whole document, however many pages it has, on the first of them, with the others as related places. Its safe fix removes them all: each page\'s end becomes one line break where the paragraph reads on, and a blank line where a new paragraph starts. Footnotes and footnote markers are left where they are.',
    ].join('\n'),
    examples: [
      {
        flagged: 'The breadth of\n\nInspection of West Sussex local authority children’s services\n13 to 24 March 2023\n\n2\n\n\fwork offered by the service is impressive.',
        accepted: 'The breadth of\nwork offered by the service is impressive.',
      },
    ],
  },
  check({ letter, report }) {
    const found = letter.residue.filter((r) => REMOVED.has(r.kind));
    const visible = found.filter((r) => r.kind !== 'formFeed');
    if (!found.length) return;
    const count = (kind: string, one: string, many: string) => {
      const n = found.filter((r) => r.kind === kind).length;
      return n ? `${n} ${n === 1 ? one : many}` : '';
    };
    const parts = [count('pageNumber', 'page number', 'page numbers'), count('footer', 'running footer', 'running footers'), count('formFeed', 'page break', 'page breaks')].filter(Boolean);
    const listed = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
    const first = (visible[0] ?? found[0]).span;
    const related: RelatedInformation[] = (visible.length ? visible : found).slice(1, MAX_RELATED + 1).map((r) => ({
      message: r.kind === 'footer' ? 'A running footer.' : r.kind === 'pageNumber' ? `Page number ${r.text}.` : 'A page break.',
      span: r.span as Span,
    }));
    report({
      span: first,
      message: `The text holds ${listed} left by copying it from a PDF: remove them.`,
      related: related.length ? related : undefined,
      fixes: [{ title: 'Remove the page numbers, running footers and page breaks', edits: removalEdits(letter), safe: true }],
    });
  },
});
