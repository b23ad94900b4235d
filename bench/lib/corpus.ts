import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLetter } from '../../server/src/engine';

/**
 * The texts the bench runs on, all built from the four real letters: the letters themselves, larger
 * documents (more findings in one letter; several letters one after another) and an archive of
 * letters for the command line and the language server.
 */

export const ROOT = join(__dirname, '..', '..');
export const SEEDS_DIR = join(ROOT, 'test', 'fixtures', 'seeds');
export const RESULTS_DIR = join(ROOT, 'bench', 'results');

export const REAL_LETTERS = [
  { name: 'derby (000)', file: '000_b178a65b987369c5.txt' },
  { name: 'durham (001)', file: '001_23b9643c342e87c2.txt' },
  { name: 'staffordshire (002)', file: '002_92b9aeb5f4db8e06.txt' },
  { name: 'doncaster (004)', file: '004_1afa487b62b78d22.txt' },
] as const;

export interface Doc {
  name: string;
  text: string;
  bytes: number;
  /** Where the text is on disk (for the read-from-disk floor). */
  path: string;
  /** The template it is checked as, when not the default letter's (a report). */
  templateId?: string;
}

/** A real ILACS report (the largest of the shared corpus, ~42 KB), benched in the same run as the letters. */
export const REAL_REPORT = { name: 'ilacs report newcastle-upon-tyne-2025-06-25', file: join(ROOT, '..', '..', 'shared', 'corpus', 'ilacs-report', 'newcastle-upon-tyne-2025-06-25.txt'), fallback: '/work/shared/corpus/ilacs-report/newcastle-upon-tyne-2025-06-25.txt' };

export function bytesOf(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export function realLetters(): Doc[] {
  return REAL_LETTERS.map(({ name, file }) => {
    const path = join(SEEDS_DIR, file);
    const text = readFileSync(path, 'utf8');
    return { name, text, bytes: bytesOf(text), path };
  });
}

/** The real report, when the shared corpus is at hand. */
export function realReports(): Doc[] {
  const path = [REAL_REPORT.file, REAL_REPORT.fallback].find((p) => existsSync(p));
  if (!path) return [];
  const text = readFileSync(path, 'utf8');
  return [{ name: REAL_REPORT.name, text, bytes: bytesOf(text), path, templateId: 'ilacs-report' }];
}

/** The source text of every finding (bullet or paragraph under a section heading), and where the last one ends. */
export function findingsOf(text: string): { findings: string[]; insertAt: number } {
  const letter = parseLetter(text);
  const findings: string[] = [];
  let insertAt = -1;
  for (const section of letter.sections) {
    for (const f of section.findings) {
      findings.push(text.slice(f.block.span.start, f.block.span.end));
      insertAt = Math.max(insertAt, f.block.span.end);
    }
  }
  if (!findings.length || insertAt < 0) throw new Error('bench corpus: no findings found in a real letter; the parse changed?');
  return { findings, insertAt };
}

/** The text cut at the last line break before `bytes` (at least one line). */
function cutToBytes(text: string, bytes: number): string {
  if (bytesOf(text) <= bytes) return text;
  let cut = Buffer.from(text, 'utf8').subarray(0, bytes).toString('utf8');
  // At a line break, or at a space when the last line break would leave much less than asked.
  const nl = cut.lastIndexOf('\n');
  const space = cut.lastIndexOf(' ');
  if (nl > 0 && nl >= cut.length * 0.75) cut = cut.slice(0, nl + 1);
  else if (space > 0) cut = cut.slice(0, space) + '\n';
  return cut;
}

/** One letter made `bytes` long by repeating its real findings inside its last section (cut short below a letter's size). */
export function letterWithMoreFindings(base: string, bytes: number): string {
  if (bytesOf(base) >= bytes) return cutToBytes(base, bytes);
  const { findings, insertAt } = findingsOf(base);
  const head = base.slice(0, insertAt);
  const tail = base.slice(insertAt);
  const extra: string[] = [];
  let size = bytesOf(base);
  for (let k = 0; size < bytes; k++) {
    const f = '\n' + findings[k % findings.length];
    extra.push(f);
    size += bytesOf(f);
  }
  return head + extra.join('') + tail;
}

/** Real letters one after another (blank lines between), cut at a line break at `bytes`. */
export function lettersConcatenated(letters: readonly string[], bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let k = 0; size < bytes; k++) {
    const t = letters[k % letters.length] + '\n\n';
    parts.push(t);
    size += bytesOf(t);
  }
  return cutToBytes(parts.join(''), bytes);
}

export const SCALE_SIZES = [
  { label: '1 KB', bytes: 1024 },
  { label: '10 KB', bytes: 10 * 1024 },
  { label: '100 KB', bytes: 100 * 1024 },
  { label: '1 MB', bytes: 1024 * 1024 },
  { label: '5 MB', bytes: 5 * 1024 * 1024 },
];

export interface ScaledDoc extends Doc {
  family: 'findings' | 'letters';
  label: string;
}

/** Writes the scaled documents under bench/results/corpus/ (git-ignored) and returns them. */
export function scaledDocuments(letters: readonly Doc[], sizes = SCALE_SIZES): ScaledDoc[] {
  const dir = join(RESULTS_DIR, 'corpus');
  mkdirSync(dir, { recursive: true });
  const docs: ScaledDoc[] = [];
  for (const size of sizes) {
    for (const family of ['findings', 'letters'] as const) {
      const text =
        family === 'findings'
          ? letterWithMoreFindings(letters[0].text, size.bytes)
          : lettersConcatenated(
              letters.map((l) => l.text),
              size.bytes,
            );
      const path = join(dir, `${family}-${size.bytes}.txt`);
      writeFileSync(path, text);
      docs.push({ name: `${size.label} ${family}`, label: size.label, family, text, bytes: bytesOf(text), path });
    }
  }
  return docs;
}

/**
 * `count` letters made from the real ones: letter i is real letter i mod 4 with one of its findings
 * (chosen by i) written twice, so the archive holds many different texts of real letters' shape.
 */
export function generatedLetters(letters: readonly Doc[], count: number): { name: string; text: string }[] {
  const prepared = letters.map((l) => ({ text: l.text, ...findingsOf(l.text) }));
  const out: { name: string; text: string }[] = [];
  for (let i = 0; i < count; i++) {
    const base = prepared[i % prepared.length];
    const finding = base.findings[Math.floor(i / prepared.length) % base.findings.length];
    const text = base.text.slice(0, base.insertAt) + '\n' + finding + base.text.slice(base.insertAt);
    out.push({ name: `letter-${String(i).padStart(4, '0')}.txt`, text });
  }
  return out;
}

/** Writes the generated letters to a folder (emptied first by the caller if wanted). */
export function writeLetters(dir: string, letters: readonly { name: string; text: string }[]): void {
  mkdirSync(dir, { recursive: true });
  for (const l of letters) writeFileSync(join(dir, l.name), l.text);
}

/**
 * The archive both the command line and the language server run on: `count` generated letters as
 * *.letter files in bench/results/archive/ (rewritten when the count differs).
 */
export function ensureArchive(letters: readonly Doc[], count: number): { dir: string; files: { name: string; text: string }[] } {
  const dir = join(RESULTS_DIR, 'archive');
  const files = generatedLetters(letters, count).map((l) => ({ ...l, name: l.name.replace(/\.txt$/, '.letter') }));
  const present = existsSync(dir) ? readdirSync(dir).sort() : [];
  if (present.length !== count || files.some((f, i) => present[i] !== f.name || readFileSync(join(dir, f.name), 'utf8') !== f.text)) {
    rmSync(dir, { recursive: true, force: true });
    writeLetters(dir, files);
  }
  return { dir, files };
}

/** The shared corpus of modern documents (pdftotext text of the published PDFs): LETTER_CHECK_SHARED, else /work/shared. */
export const SHARED_CORPUS_DIR = join(process.env.LETTER_CHECK_SHARED ?? '/work/shared', 'corpus');
/** The real focused-visit letters; FOCUSED_VISIT_CORPUS names another folder. */
export const FOCUSED_VISIT_DIR = process.env.FOCUSED_VISIT_CORPUS ?? join(SHARED_CORPUS_DIR, 'focused-visit');
/** The real ILACS inspection reports. */
export const ILACS_REPORT_DIR = join(SHARED_CORPUS_DIR, 'ilacs-report');

/** Every *.txt document of a folder of the shared corpus, by name; none when it is absent. */
export function corpusDocuments(dir: string, templateId?: string): Doc[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  } catch {
    return [];
  }
  return files.map((file) => {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    return { name: file.replace(/\.txt$/, ''), text, bytes: bytesOf(text), path, ...(templateId ? { templateId } : {}) };
  });
}

export function focusedVisitLetters(): Doc[] {
  return corpusDocuments(FOCUSED_VISIT_DIR, 'focused-visit');
}

export function ilacsReports(): Doc[] {
  return corpusDocuments(ILACS_REPORT_DIR, 'ilacs-report');
}
