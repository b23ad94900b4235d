// Reads every PDF of ../shared/corpus/pdf (or $LETTER_CORPUS/pdf) twice, cold then warm, and prints
// the time per document and per page and the word similarity to pdftotext's text. See docs/followup.md.
// Usage: node --import tsx test/eval/bench-pdf.ts
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPdfFile } from '../../server/src/host/pdf';
import { words, wordSimilarity } from './pdf-compare';

const corpus = [process.env.LETTER_CORPUS, join(__dirname, '..', '..', '..', 'shared', 'corpus'), join(__dirname, '..', '..', '..', '..', 'shared', 'corpus')].find((c) => c && existsSync(join(c, 'pdf')));

async function main(): Promise<void> {
  if (!corpus) throw new Error('No corpus with a pdf/ folder found; set LETTER_CORPUS.');
  const files = readdirSync(join(corpus, 'pdf')).filter((f) => f.endsWith('.pdf')).sort();
  for (const round of ['cold', 'warm']) {
    let pages = 0;
    let total = 0;
    let slowest = { name: '', ms: 0, pages: 0 };
    const sims: number[] = [];
    for (const f of files) {
      const t0 = performance.now();
      const read = await readPdfFile(join(corpus, 'pdf', f));
      const ms = performance.now() - t0;
      pages += read.pages;
      total += ms;
      if (ms > slowest.ms) slowest = { name: f, ms, pages: read.pages };
      if (round === 'warm') sims.push(wordSimilarity(words(read.text), words(readFileSync(join(corpus, f.replace('--', '/').replace(/\.pdf$/, '.txt')), 'utf8'))));
    }
    console.log(`${round}: ${files.length} PDFs, ${pages} pages, ${total.toFixed(0)} ms, ${(total / pages).toFixed(1)} ms a page; slowest ${slowest.name} ${slowest.pages} pages ${slowest.ms.toFixed(0)} ms`);
    if (sims.length) console.log(`word similarity to pdftotext: min ${Math.min(...sims).toFixed(4)}, mean ${(sims.reduce((a, b) => a + b, 0) / sims.length).toFixed(4)}`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
