import { readFile, stat } from 'node:fs/promises';

/**
 * Reads the text of a PDF in-process (unpdf: Mozilla's PDF.js bundled for servers, no worker and
 * nothing fetched at run time), laid out the way `pdftotext` in its default mode lays it out, so the
 * engine reads a published PDF like the corpus's .txt files: one text line per printed line, a blank
 * line between blocks, a line ending in a hyphen joined to the next (`decision-` / `making` gives
 * `decisionmaking`, as pdftotext does), and a form feed after each page.
 * See docs/followup.md for the measurements (similarity to pdftotext, time per page).
 */

export { PdfReadError, type PdfProblem, type PdfReadOptions, type PdfText } from './pdf-types';
import { PdfReadError, type PdfReadOptions, type PdfText } from './pdf-types';

/** The subset of PDF.js's text item that is read here. */
interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Reads a PDF file. Every failure is a PdfReadError with a plain message. */
export async function readPdfFile(path: string, options: PdfReadOptions = {}): Promise<PdfText> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let data: Uint8Array;
  try {
    const info = await stat(path);
    if (info.size > maxBytes) throw new PdfReadError(`${path} is ${Math.round(info.size / 1024 / 1024)} MB, larger than the ${Math.round(maxBytes / 1024 / 1024)} MB a PDF may be.`, 'too-large');
    data = new Uint8Array(await readFile(path));
  } catch (error) {
    if (error instanceof PdfReadError) throw error;
    throw new PdfReadError(`${path} cannot be read: ${(error as Error).message}`, 'unreadable-file');
  }
  return readPdf(data, { ...options, name: options.name ?? path });
}

/** Reads a PDF from its bytes. Every failure is a PdfReadError with a plain message. */
export async function readPdf(data: Uint8Array, options: PdfReadOptions = {}): Promise<PdfText> {
  const name = options.name ?? 'The file';
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (data.byteLength > maxBytes) throw new PdfReadError(`${name} is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB a PDF may be.`, 'too-large');
  if (!startsLikePdf(data)) throw new PdfReadError(`${name} is not a PDF (it does not start with %PDF-).`, 'not-a-pdf');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const { getDocumentProxy } = await import('unpdf');
  let timer: NodeJS.Timeout | undefined;
  let doc: Awaited<ReturnType<typeof getDocumentProxy>> | undefined;
  let timedOut = false;
  const work = (async () => {
    // PDF.js takes ownership of the buffer it is given: pass a copy, the caller keeps theirs.
    doc = await getDocumentProxy(data.slice(), { isEvalSupported: false, verbosity: 0, stopAtErrors: false });
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      if (timedOut) break;
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(layoutPage(content.items.filter((i) => 'str' in i) as TextItem[]));
      page.cleanup();
    }
    return { text: pages.map((p) => `${p}\f`).join(''), pages: doc.numPages };
  })();
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new PdfReadError(`${name} took more than ${timeoutMs / 1000} s to read and was given up.`, 'too-slow'));
    }, timeoutMs);
  });
  try {
    return await Promise.race([work, deadline]);
  } catch (error) {
    if (error instanceof PdfReadError) throw error;
    throw explain(error, name);
  } finally {
    clearTimeout(timer);
    work.catch(() => undefined);
    void doc?.destroy().catch(() => undefined);
  }
}

function startsLikePdf(data: Uint8Array): boolean {
  // The header may follow a little junk (the PDF specification allows it within the first 1024 bytes).
  const head = Buffer.from(data.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

function explain(error: unknown, name: string): PdfReadError {
  const e = error as { name?: string; message?: string };
  if (e?.name === 'PasswordException') return new PdfReadError(`${name} is encrypted with a password; save it without the password and try again.`, 'encrypted');
  return new PdfReadError(`${name} is damaged and cannot be read as a PDF (${e?.message ?? String(error)}).`, 'damaged');
}

/** One printed line: its baseline, left edge, font size and text. */
interface Line {
  y: number;
  x: number;
  size: number;
  text: string;
}

/**
 * The lines of one page in content order (the order pdftotext's default mode follows for these
 * single-column documents): items on one baseline make a line, a gap wider than a space becomes a space.
 */
export function pageLines(items: readonly TextItem[]): Line[] {
  const lines: Line[] = [];
  let current: (Line & { end: number; longest: number }) | undefined;
  for (const item of items) {
    const [, , , scaleY, x, y] = item.transform;
    const size = Math.abs(scaleY) || item.height || 10;
    if (item.str.trim() === '') {
      // PDF.js marks a line end with an empty item; a space item can be as wide as a tab stop, so it
      // does not count towards the gap that separates columns: it only asks for a space.
      if (item.hasEOL && current) current.end = Number.POSITIVE_INFINITY;
      else if (current && item.str) current.text += ' ';
      continue;
    }
    // A gap of several characters on one baseline separates columns (the judgement table's label and grade).
    const sameLine = current && Math.abs(current.y - y) < Math.max(current.size, size) * 0.5 && x >= current.end - size * 0.5 && x - current.end < size * 2;
    if (!current || !sameLine) {
      if (current) lines.push(current);
      current = { y, x, size, text: item.str, end: x + item.width, longest: item.str.trim().length };
    } else {
      const gap = x - current.end;
      const needsSpace = gap > size * 0.15 && !current.text.endsWith(' ') && !item.str.startsWith(' ');
      current.text += (needsSpace ? ' ' : '') + item.str;
      current.end = x + item.width;
      // The line's size is its text's, not a bullet glyph's (often drawn larger, in another font).
      if (item.str.trim().length > current.longest) {
        current.size = size;
        current.longest = item.str.trim().length;
      }
    }
    if (item.hasEOL) current.end = Number.POSITIVE_INFINITY;
  }
  if (current) lines.push(current);
  for (const line of lines) line.text = line.text.replace(/\s+/g, ' ').trim();
  return lines.filter((l) => l.text !== '');
}

/** A block: lines that follow each other down the page at line spacing, printed together. */
interface Block {
  top: number;
  x: number;
  lines: Line[];
}

/**
 * A page's text. Lines are grouped into blocks (a gap of more than about one and a half lines, a move
 * up the page or a change of size starts a new one); blocks are put in reading order, top to bottom
 * and left to right (the letterhead and the page number come out where pdftotext puts them, whatever
 * order the PDF draws them in); a line ending in a hyphen is joined to the next, as pdftotext joins it.
 */
export function layoutPage(items: readonly TextItem[]): string {
  const blocks: Block[] = [];
  let block: Block | undefined;
  let previous: Line | undefined;
  for (const line of pageLines(items)) {
    const spacing = previous ? Math.max(previous.size, line.size) : 0;
    const gap = previous ? previous.y - line.y : 0;
    const sameBlock = previous && block && gap > spacing * 0.5 && gap <= spacing * 1.6 && Math.abs(previous.size - line.size) <= 1.5;
    if (!sameBlock) blocks.push((block = { top: line.y + line.size, x: line.x, lines: [] }));
    block!.lines.push(line);
    previous = line;
  }
  // Reading order: by top edge (within a third of a line counts as level), then left to right.
  blocks.sort((a, b) => (Math.abs(a.top - b.top) > 4 ? b.top - a.top : a.x - b.x));
  const out: string[] = [];
  for (const b of blocks) {
    if (out.length) out.push('');
    let start = out.length;
    for (const line of b.lines) {
      const last = out.length - 1;
      if (last >= start && /[A-Za-z0-9]-$/.test(out[last]) && !/^[\u25fc\uf06e\u2022]/.test(line.text)) out[last] = out[last].slice(0, -1) + line.text;
      else out.push(line.text);
    }
    start = out.length;
  }
  return out.length ? `${out.join('\n')}\n` : '';
}
