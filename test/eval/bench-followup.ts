// Times the follow-up of the service's analysis (documentFollowup: the previous document's items read,
// the draft's units, every item scored, its status) on the 16 labelled real pairs of test/eval/real-pairs
// and on the old-letter evaluation cases. Warm: after three rounds over every pair and two runs of the pair; median and slowest of 9 runs per pair.
// "editor" keeps the previous document's items (read once per parsed previous document, as while the
// draft is typed); "with items read" reads them from its text again each run (a new pair).
// Usage: node --import tsx test/eval/bench-followup.ts      (numbers in docs/followup.md)
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { documentFollowup } from '../../server/src/engine/followup/document-followup';
import { improvementItems } from '../../server/src/engine/followup/improvement-items';
import { parseDocument } from '../../server/src/engine/parse/letter';
import { buildCase, loadCases } from './build';

const FIXTURES = join(__dirname, '..', 'fixtures', 'corpus');
const RUNS = 9;

/** Wall-clock median and slowest, and the mean CPU time of the process a run (less sensitive to a loaded machine). */
function time(f: () => void): { median: number; max: number; cpu: number } {
  f();
  f();
  const ms: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    f();
    ms.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(RUNS / 2)], max: ms[RUNS - 1], cpu: (cpu.user + cpu.system) / 1000 / RUNS };
}

// Warm the code (the JIT) on every pair first: otherwise the first pair timed pays for compiling the matcher.
const pairFiles = readdirSync(join(__dirname, 'real-pairs')).filter((f) => f.endsWith('.json')).sort();
for (let round = 0; round < 3; round++) {
  for (const file of pairFiles) {
    const [earlier, later] = file.replace(/\.json$/, '').split('__').map((p) => p.replace('--', '/') + '.txt');
    documentFollowup(parseDocument(readFileSync(join(FIXTURES, later), 'utf8')), { uri: earlier, letter: parseDocument(readFileSync(join(FIXTURES, earlier), 'utf8')) });
  }
}

type Timing = ReturnType<typeof time>;
const rows: { name: string; items: number; editor: Timing; fresh: Timing }[] = [];
for (const file of pairFiles) {
  const [earlier, later] = file.replace(/\.json$/, '').split('__').map((p) => p.replace('--', '/') + '.txt');
  const previousText = readFileSync(join(FIXTURES, earlier), 'utf8');
  const draftText = readFileSync(join(FIXTURES, later), 'utf8');
  const draft = parseDocument(draftText);
  const previous = { uri: earlier, letter: parseDocument(previousText) };
  const items = documentFollowup(draft, previous).items.length;
  rows.push({
    name: `${earlier} → ${later}`,
    items,
    editor: time(() => documentFollowup(draft, previous)),
    // The items read again from the previous text (the accounting of a new pair), without parsing it as a letter.
    fresh: time(() => {
      improvementItems(previousText);
      documentFollowup(draft, previous);
    }),
  });
}
for (const spec of loadCases()) {
  const built = buildCase(spec);
  const previous = { uri: 'previous', letter: built.previous };
  rows.push({
    name: `old letters: ${spec.id}`,
    items: documentFollowup(built.draft, previous).items.length,
    editor: time(() => documentFollowup(parseDocument(built.draftText), previous)),
    fresh: time(() => documentFollowup(parseDocument(built.draftText), { uri: 'previous', letter: parseDocument(built.previousText) })),
  });
}
const f = (n: number) => n.toFixed(1).padStart(6);
console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`${'pair'.padEnd(100)} items  editor median/max/cpu ms   with items read median/max/cpu ms`);
for (const r of rows) console.log(`${r.name.padEnd(100)} ${String(r.items).padStart(5)}  ${f(r.editor.median)} ${f(r.editor.max)} ${f(r.editor.cpu)}   ${f(r.fresh.median)} ${f(r.fresh.max)} ${f(r.fresh.cpu)}`);
const modern = rows.filter((r) => !r.name.startsWith('old'));
const stats = (xs: number[]) => `mean ${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}`;
console.log(`modern pairs (${modern.length}): editor median ${stats(modern.map((r) => r.editor.median))} ms, cpu ${stats(modern.map((r) => r.editor.cpu))} ms; with items read median ${stats(modern.map((r) => r.fresh.median))} ms, cpu ${stats(modern.map((r) => r.fresh.cpu))} ms`);
const old = rows.filter((r) => r.name.startsWith('old'));
console.log(`old-letter cases (${old.length}, draft parsed each run): median ${stats(old.map((r) => r.editor.median))} ms, cpu ${stats(old.map((r) => r.editor.cpu))} ms`);
