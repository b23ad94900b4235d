import { readFileSync } from 'node:fs';
import { lint as markdownlint } from 'markdownlint/sync';
import { allRules, analyze, analyzeLetter, builtinRegistry, createLetterService, parseLetter, type Rule } from '../../server/src/engine';
import { loadSpeller } from '../../server/src/host/dictionary';
import type { Doc, ScaledDoc } from '../lib/corpus';
import { collectGarbage, median, now, sample, summarise, type Summary } from '../lib/stats';

/** What the editor and letter-check run: every rule, spelling included (the dictionary loaded once, before timing). */
const spelling = loadSpeller();
if (!spelling.speller) throw new Error(`bench: ${spelling.problem}`);
const ANALYZE_OPTIONS = { speller: spelling.speller };

/**
 * The engine measured in process: full analysis (parse and every rule) per real letter, the same on
 * larger documents, and beside it in the same run the floor (reading the file, one regular
 * expression pass) and the peer (markdownlint with its default rules) on the same texts.
 */

export interface Effort {
  /** How hard to try: the quick mode is for development, the full one for the recorded figures. */
  quick: boolean;
}

export interface LetterResult {
  name: string;
  bytes: number;
  diagnostics: number;
  analyze: Summary;
  /** Bytes per second at the median, in MB/s (10^6 bytes). */
  mbPerSecond: number;
  markdownlint: Summary;
  markdownlintFindings: number;
  floor: FloorResult;
}

export interface FloorResult {
  /** Median ms to read the file from disk (page cache warm), as UTF-8 text. */
  readMs: number;
  /** Median ms of one pass of /\w+/g over the text, counting matches. */
  regexMs: number;
  totalMs: number;
}

export interface ScaleResult {
  name: string;
  family: ScaledDoc['family'];
  label: string;
  bytes: number;
  diagnostics: number;
  analyzeMs: number;
  nsPerByte: number;
  floor: FloorResult;
  /** Engine time over the floor (read + regex). */
  floorRatio: number;
  markdownlintMs: number;
  markdownlintNsPerByte: number;
  /** Engine per byte over markdownlint per byte (below 1: the engine is faster). */
  peerRatio: number;
}

const WORD = /\w+/g;

/** The floor: the least any checker must do, read the text and look at every word once. */
export function floor(doc: Doc, quick: boolean): FloorResult {
  const samples = quick ? 5 : 15;
  const read = sample(() => readFileSync(doc.path, 'utf8'), { warmup: 2, minSamples: samples, minTotalMs: quick ? 20 : 100, maxSamples: 2000 });
  const regex = sample(
    () => {
      WORD.lastIndex = 0;
      let n = 0;
      while (WORD.exec(doc.text)) n++;
      return n;
    },
    { warmup: 2, minSamples: samples, minTotalMs: quick ? 20 : 100, maxSamples: 2000 },
  );
  const readMs = median(read);
  const regexMs = median(regex);
  return { readMs, regexMs, totalMs: readMs + regexMs };
}

function lintMarkdown(text: string): number {
  const results = markdownlint({ strings: { doc: text } }) as unknown as Record<string, unknown[]>;
  return results.doc.length;
}

export function benchLetters(letters: readonly Doc[], effort: Effort): LetterResult[] {
  const out: LetterResult[] = [];
  for (const doc of letters) {
    collectGarbage();
    const options = doc.templateId ? { ...ANALYZE_OPTIONS, template: builtinRegistry().get(doc.templateId) } : ANALYZE_OPTIONS;
    const diagnostics = analyze(doc.text, options).diagnostics.length;
    const times = sample(() => analyze(doc.text, options), {
      warmup: effort.quick ? 50 : 300,
      minSamples: effort.quick ? 200 : 2000,
      minTotalMs: effort.quick ? 100 : 1000,
      maxSamples: 20000,
    });
    const analyzeSummary = summarise(times);
    collectGarbage();
    const mdFindings = lintMarkdown(doc.text);
    const md = sample(() => lintMarkdown(doc.text), { warmup: effort.quick ? 10 : 50, minSamples: effort.quick ? 30 : 300, minTotalMs: effort.quick ? 100 : 500 });
    out.push({
      name: doc.name,
      bytes: doc.bytes,
      diagnostics,
      analyze: analyzeSummary,
      mbPerSecond: doc.bytes / 1e6 / (analyzeSummary.median / 1000),
      markdownlint: summarise(md),
      markdownlintFindings: mdFindings,
      floor: floor(doc, effort.quick),
    });
  }
  return out;
}

export function benchScaling(docs: readonly ScaledDoc[], effort: Effort): ScaleResult[] {
  const out: ScaleResult[] = [];
  for (const doc of docs) {
    collectGarbage();
    const big = doc.bytes > 500_000;
    const t0 = now();
    const diagnostics = analyze(doc.text, ANALYZE_OPTIONS).diagnostics.length;
    const first = now() - t0;
    // Every document is warmed as the letters above are (up to 300 untimed runs, at most a second): a
    // document exercises paths the real letters do not (a cut letter's missing parts and their fixes),
    // and with 3 runs first they were timed while V8 was still compiling them (1 KB: 0.6 ms, 0.22 ms
    // once warm), which a server checking drafts all day is not.
    warmUp(() => analyze(doc.text, ANALYZE_OPTIONS), effort.quick ? 50 : 300, effort.quick ? 200 : 1000);
    // Slow documents get few samples: enough for a median without taking minutes.
    const minSamples = big ? (effort.quick ? 1 : 3) : effort.quick ? 5 : 20;
    const analyzeMs = median(sample(() => analyze(doc.text, ANALYZE_OPTIONS), { warmup: 0, minSamples, minTotalMs: effort.quick ? 50 : 300, maxSamples: first > 2000 ? minSamples : 5000 }));
    collectGarbage();
    const mdFirst = now();
    lintMarkdown(doc.text);
    const mdOnce = now() - mdFirst;
    const markdownlintMs = median(sample(() => lintMarkdown(doc.text), { warmup: big ? 0 : 2, minSamples, minTotalMs: effort.quick ? 50 : 300, maxSamples: mdOnce > 2000 ? minSamples : 5000 }));
    const fl = floor(doc, effort.quick);
    const nsPerByte = (analyzeMs * 1e6) / doc.bytes;
    const markdownlintNsPerByte = (markdownlintMs * 1e6) / doc.bytes;
    out.push({
      name: doc.name,
      family: doc.family,
      label: doc.label,
      bytes: doc.bytes,
      diagnostics,
      analyzeMs,
      nsPerByte,
      floor: fl,
      floorRatio: analyzeMs / fl.totalMs,
      markdownlintMs,
      markdownlintNsPerByte,
      peerRatio: nsPerByte / markdownlintNsPerByte,
    });
  }
  return out;
}

/** Untimed runs until `runs` are done or `maxMs` has passed. */
function warmUp(fn: () => unknown, runs: number, maxMs: number): void {
  const until = now() + maxMs;
  for (let i = 0; i < runs && now() < until; i++) fn();
}

export function ruleCount(): number {
  return allRules.length;
}

export interface StageResult {
  /** Parse (the located model) or a rule id. */
  stage: string;
  /** Median ms per real letter, summed over the four letters, then divided by four. */
  meanOfMediansMs: number;
}

/**
 * Where a letter's analysis time goes: the parse, then each rule on its own. Each rule is timed on a
 * letter freshly parsed for it (the parse outside the timer): work memoised on a parsed letter, such
 * as the follow-up reading the previous-* rules share, is paid by whichever rule runs first, so timing
 * a rule on a letter already analysed would hide it. Such shared work shows in every rule that uses it.
 */
export function benchStages(letters: readonly Doc[], effort: Effort): StageResult[] {
  const opts = { warmup: effort.quick ? 20 : 100, minSamples: effort.quick ? 50 : 300, minTotalMs: effort.quick ? 20 : 100, maxSamples: 20000 };
  const ruleOpts = { warmup: effort.quick ? 5 : 30, samples: effort.quick ? 30 : 200 };
  const stages: StageResult[] = [];
  const mean = (f: (i: number) => number) => letters.reduce((sum, _, i) => sum + f(i), 0) / letters.length;
  stages.push({ stage: 'parse', meanOfMediansMs: mean((i) => median(sample(() => parseAs(letters[i]), opts))) });
  for (const rule of allRules) {
    // A rule that does not serve the documents' template is not run on them: no row for it.
    const serves = letters.some((d) => !rule.templates || rule.templates.includes(d.templateId ?? builtinRegistry().fallback.id));
    if (!serves) continue;
    stages.push({ stage: rule.id, meanOfMediansMs: mean((i) => median(sampleOnFreshParse(letters[i], rule, ruleOpts))) });
  }
  return stages.sort((a, b) => b.meanOfMediansMs - a.meanOfMediansMs);
}

/** The document parsed as its template (the old letters': the default). */
function parseAs(doc: Doc) {
  return parseLetter(doc.text, doc.templateId ? builtinRegistry().get(doc.templateId) : undefined);
}

/** Times one rule over a new parse of the text each time; only the rule is inside the timer. */
function sampleOnFreshParse(doc: Doc, rule: Rule, opts: { warmup: number; samples: number }): number[] {
  const samples: number[] = [];
  for (let i = 0; i < opts.warmup + opts.samples; i++) {
    const letter = parseAs(doc);
    const t0 = now();
    analyzeLetter(letter, { ...ANALYZE_OPTIONS, rules: [rule] });
    const t = now() - t0;
    if (i >= opts.warmup) samples.push(t);
  }
  return samples;
}

export interface TemplateLettersResult {
  /** What the documents are (the folder's name). */
  name: string;
  template: string;
  letters: number;
  /** The documents' mean size in bytes. */
  meanBytes: number;
  /** Each document's median ms (recognised, parsed and every rule run), summarised over the documents. */
  medianOfMedians: number;
  /** The 99th percentile of every timed run of every document. */
  p99: number;
  slowestMedian: { name: string; ms: number };
  /** The largest document's median. */
  largest: { name: string; bytes: number; ms: number };
  /** Runs timed, over all the documents. */
  runs: number;
  /**
   * CPU time of the process per timed run (user + system, process.cpuUsage, garbage collection threads
   * included): on a machine shared with other work this says more than the wall clock does.
   */
  cpuMsPerRun: number;
  diagnostics: number;
  /** Documents recognised as another template than the one most are. */
  otherTemplates: number;
}

/**
 * A folder of real documents of one template, analysed as the editor and the command line analyse
 * them: through createLetterService (the template recognised from the content, the previous-document
 * choice in an empty workspace), with the speller. Each document warm, then timed on its own: the
 * median of each document's median, and the 99th percentile of all the runs.
 */
export function benchTemplateLetters(name: string, docs: readonly Doc[], effort: Effort): TemplateLettersResult {
  const service = createLetterService({ speller: spelling.speller });
  // Every document analysed twice before any is timed: otherwise the first documents timed would be
  // timed while the code is still being compiled, and the slowest would be the first in the folder.
  for (let pass = 0; pass < 2; pass++) for (const doc of docs) service.analyze(`file:///bench/${doc.name}.txt`, doc.text);
  const medians: { name: string; ms: number }[] = [];
  const all: number[] = [];
  let diagnostics = 0;
  let cpuMs = 0;
  const templates = new Map<string, number>();
  for (const doc of docs) {
    const run = () => service.analyze(`file:///bench/${doc.name}.txt`, doc.text);
    const first = run();
    templates.set(first.template.id, (templates.get(first.template.id) ?? 0) + 1);
    diagnostics += first.diagnostics.length;
    for (let i = 0; i < (effort.quick ? 5 : 20); i++) run();
    const cpu0 = process.cpuUsage();
    const times = sample(run, { warmup: 0, minSamples: effort.quick ? 20 : 60, minTotalMs: effort.quick ? 10 : 40, maxSamples: 2000 });
    const cpu = process.cpuUsage(cpu0);
    cpuMs += (cpu.user + cpu.system) / 1000;
    all.push(...times);
    medians.push({ name: doc.name, ms: median(times) });
  }
  const sorted = [...medians].sort((a, b) => a.ms - b.ms);
  const [template, count] = [...templates].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return {
    name,
    template,
    letters: docs.length,
    meanBytes: docs.reduce((s, d) => s + d.bytes, 0) / Math.max(1, docs.length),
    medianOfMedians: sorted[Math.floor(sorted.length / 2)]?.ms ?? NaN,
    p99: summarise(all).p99,
    slowestMedian: sorted[sorted.length - 1],
    largest: ((doc) => ({ name: doc?.name ?? '', bytes: doc?.bytes ?? 0, ms: medians.find((m) => m.name === doc?.name)?.ms ?? NaN }))([...docs].sort((a, b) => b.bytes - a.bytes)[0]),
    runs: all.length,
    cpuMsPerRun: cpuMs / Math.max(1, all.length),
    diagnostics,
    otherTemplates: docs.length - count,
  };
}
