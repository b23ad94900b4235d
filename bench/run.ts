/**
 * `npm run bench`: measures the checker (engine, language server, command line) against the targets
 * of issue 5 and against the floor and a peer, in one run. Prints tables, writes the figures to
 * bench/results/latest.json (and latest.md), and compares them with bench/baseline.json.
 *
 *   --quick           fewer iterations and a smaller archive (for development; not for the record)
 *   --only=a,b        run only some parts: engine, scaling, lsp, cli
 *   --save-baseline   also write this run's figures to bench/baseline.json
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { FOCUSED_VISIT_DIR, focusedVisitLetters, ilacsReports, RESULTS_DIR, ROOT, realLetters, scaledDocuments, SCALE_SIZES } from './lib/corpus';
import { machine } from './lib/machine';
import { compareWithBaseline, fmt, markdownTable, table, type Metrics, type Verdict } from './lib/report';
import { benchLetters, benchScaling, benchStages, benchTemplateLetters, ruleCount, type LetterResult, type ScaleResult, type StageResult, type TemplateLettersResult } from './sections/engine';
import { benchCli, benchCliFolder, type CliResult } from './sections/cli';
import { benchServer, type ServerResult } from './sections/lsp';
import { defaultJobs } from '../server/src/cli/main';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const wants = (part: string) => !only || only.includes(part);
const BASELINE = join(ROOT, 'bench', 'baseline.json');

interface Results {
  date: string;
  quick: boolean;
  machine: ReturnType<typeof machine>;
  loadAtEnd?: number[];
  rules: number;
  letters?: LetterResult[];
  focusedVisit?: TemplateLettersResult;
  ilacsReports?: TemplateLettersResult;
  stages?: StageResult[];
  /** The same for the modern documents, by kind. */
  modernStages?: Record<string, StageResult[]>;
  scaling?: ScaleResult[];
  server?: ServerResult | { skipped: string };
  cli?: CliResult | { skipped: string };
  /** The same run on one thread (--jobs 1), to set against every core. */
  cliOneThread?: CliResult | { skipped: string };
  /** The real focused-visit letters through the command line, on every core and on one thread. */
  cliFocusedVisit?: CliResult | { skipped: string };
  cliFocusedVisitOneThread?: CliResult | { skipped: string };
  /** The same with letter-check's own choice of threads: the median of three runs, and the three. */
  cliFocusedVisitDefault?: CliResult & { runs: number[] };
  verdicts: Verdict[];
  metrics: Metrics;
}

const out: string[] = [];
const md: string[] = [];
function section(title: string, headers: string[], rows: (string | number)[][], note?: string) {
  const text = `\n${title}\n${table(headers, rows)}${note ? `\n${note}` : ''}`;
  console.log(text);
  out.push(text);
  md.push(`\n### ${title}\n\n${markdownTable(headers, rows)}\n${note ? `\n${note}\n` : ''}`);
}

async function main(): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const results: Results = { date: new Date().toISOString(), quick, machine: machine(ROOT), rules: ruleCount(), verdicts: [], metrics: {} };
  const m = results.machine;
  const head = `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB (${m.freeMemoryGB} GB free), Node ${m.node}, ${m.platform}; load ${m.loadAtStart.join(' ')}\nCode: ${m.commit}${m.dirty ? ' (with uncommitted changes)' : ''}, ${results.rules} rules${quick ? '; QUICK run (fewer iterations)' : ''}`;
  console.log(head);
  const letters = realLetters();
  const verdict = (target: string, measured: string, pass: boolean) => results.verdicts.push({ target, measured, pass });
  const metric = (key: string, value: number, unit: string) => (results.metrics[key] = { value, unit });

  if (wants('engine')) {
    const r = (results.letters = benchLetters(letters, { quick }));
    section(
      'Engine: full analysis of each real letter (warm)',
      ['letter', 'bytes', 'diagnostics', 'runs', 'median ms', 'p99 ms', 'MB/s', 'floor ms', 'x floor', 'markdownlint ms', 'x markdownlint/byte'],
      r.map((l) => [
        l.name,
        l.bytes,
        l.diagnostics,
        l.analyze.n,
        fmt(l.analyze.median, 3),
        fmt(l.analyze.p99, 3),
        fmt(l.mbPerSecond, 1),
        fmt(l.floor.totalMs, 4),
        fmt(l.analyze.median / l.floor.totalMs, 1),
        fmt(l.markdownlint.median, 3),
        fmt(l.analyze.median / l.markdownlint.median, 2),
      ]),
      'floor = reading the file from disk + one pass of /\\w+/g over it; x markdownlint/byte below 1 means faster than markdownlint.',
    );
    // The modern documents, in the same run: every focused-visit letter and every ILACS report of the shared corpus.
    const modern: TemplateLettersResult[] = [];
    const focused = focusedVisitLetters();
    if (focused.length) modern.push((results.focusedVisit = benchTemplateLetters('focused-visit letters', focused, { quick })));
    const reports = ilacsReports();
    if (reports.length) modern.push((results.ilacsReports = benchTemplateLetters('ILACS reports', reports, { quick })));
    const oldMedians = r.map((l) => l.analyze.median).sort((a, b) => a - b);
    section(
      'Engine: each kind of document as the editor and letter-check analyse it (createLetterService, speller; warm)',
      ['documents', 'template', 'count', 'mean bytes', 'runs', 'median ms', 'p99 ms', 'CPU ms/run', 'slowest median ms', 'slowest', 'diagnostics', 'other template'],
      [
        ['old letters (seeds)', 'annual-letter', r.length, fmt(r.reduce((s, l) => s + l.bytes, 0) / r.length, 0), r.reduce((s, l) => s + l.analyze.n, 0), fmt(oldMedians[Math.floor(oldMedians.length / 2)], 3), fmt(Math.max(...r.map((l) => l.analyze.p99)), 3), '-', fmt(oldMedians[oldMedians.length - 1], 3), r.find((l) => l.analyze.median === oldMedians[oldMedians.length - 1])?.name ?? '-', r.reduce((s, l) => s + l.diagnostics, 0), 0],
        ...modern.map((m) => [m.name, m.template, m.letters, fmt(m.meanBytes, 0), m.runs, fmt(m.medianOfMedians, 3), fmt(m.p99, 3), fmt(m.cpuMsPerRun, 3), fmt(m.slowestMedian.ms, 3), m.slowestMedian.name, m.diagnostics, m.otherTemplates]),
      ],
      'median = the median over the documents of each one\'s median run; p99 = over every run of every document (the old letters: the largest of their p99s); CPU ms/run = the process\'s CPU time (user + system, garbage collection included) over the timed runs, divided by them.',
    );
    if (results.focusedVisit) {
      const fv = results.focusedVisit;
      metric('focusedVisitMedianMs', fv.medianOfMedians, 'ms');
      metric('focusedVisitP99Ms', fv.p99, 'ms');
      verdict('a focused-visit letter analysed in under 1 ms (median)', `${fmt(fv.medianOfMedians, 3)} ms`, fv.medianOfMedians < 1);
    }
    if (results.ilacsReports) {
      const il = results.ilacsReports;
      metric('ilacsReportMedianMs', il.medianOfMedians, 'ms');
      metric('ilacsReportP99Ms', il.p99, 'ms');
      verdict(`an ILACS report (~${fmt(il.meanBytes / 1000, 0)} KB) analysed in under 3 ms (median)`, `${fmt(il.medianOfMedians, 3)} ms`, il.medianOfMedians < 3);
      metric('ilacsReportLargestMedianMs', il.largest.ms, 'ms');
      verdict(`the largest ILACS report (${il.largest.name}, ${fmt(il.largest.bytes / 1000, 0)} KB) analysed in under 3 ms (median)`, `${fmt(il.largest.ms, 3)} ms`, il.largest.ms < 3);
    }
    // Where a modern document's time goes, on documents spread over each folder (every rule on every
    // document would take minutes).
    for (const [kind, docs] of [['focused-visit letters', focused], ['ILACS reports', reports]] as const) {
      if (!docs.length) continue;
      const count = quick ? 6 : 16;
      const spread = docs.filter((_, i) => i % Math.max(1, Math.floor(docs.length / count)) === 0).slice(0, count);
      const kindStages = benchStages(spread, { quick });
      const kindTotal = kindStages.reduce((sum, x) => sum + x.meanOfMediansMs, 0);
      (results.modernStages ??= {})[kind] = kindStages;
      section(
        `Where the time goes in ${kind}: the parse and each rule alone (mean over ${spread.length} of them of the median ms; top 15)`,
        ['stage', 'ms', 'share'],
        kindStages.slice(0, 15).map((x) => [x.stage, fmt(x.meanOfMediansMs, 4), `${((100 * x.meanOfMediansMs) / kindTotal).toFixed(0)}%`]),
      );
    }
    const stages = (results.stages = benchStages(letters, { quick }));
    const total = stages.reduce((s, x) => s + x.meanOfMediansMs, 0);
    section(
      'Where the time goes: the parse and each rule alone (mean over the four letters of the median ms)',
      ['stage', 'ms', 'share'],
      stages.map((x) => [x.stage, fmt(x.meanOfMediansMs, 4), `${((100 * x.meanOfMediansMs) / total).toFixed(0)}%`]),
    );
    const worst = Math.max(...r.map((l) => l.analyze.median));
    verdict('typical letter analysed in under 1 ms (median)', `slowest letter median ${fmt(worst, 3)} ms`, worst < 1);
    for (const l of r) {
      const key = l.name.split(' ')[0];
      metric(`engine.${key}.median`, l.analyze.median, 'ms');
      metric(`engine.${key}.p99`, l.analyze.p99, 'ms');
    }
  }

  if (wants('scaling')) {
    const docs = scaledDocuments(letters, quick ? SCALE_SIZES.slice(0, 4) : SCALE_SIZES);
    const r = (results.scaling = benchScaling(docs, { quick }));
    section(
      'Scaling: documents built from the real letters (more findings in one letter; letters one after another)',
      ['document', 'bytes', 'diagnostics', 'engine ms', 'ns/byte', 'floor ms', 'x floor', 'markdownlint ms', 'x markdownlint/byte'],
      r.map((s) => [s.name, s.bytes, s.diagnostics, fmt(s.analyzeMs, 3), fmt(s.nsPerByte, 1), fmt(s.floor.totalMs, 3), fmt(s.floorRatio, 1), fmt(s.markdownlintMs, 2), fmt(s.peerRatio, 2)]),
    );
    const floorRatios = [...r.map((s) => s.floorRatio), ...(results.letters ?? []).map((l) => l.analyze.median / l.floor.totalMs)];
    const worstFloor = Math.max(...floorRatios);
    verdict('within 20 times the regex floor on every size', `worst ${fmt(worstFloor, 1)}x`, worstFloor <= 20);
    for (const family of ['findings', 'letters'] as const) {
      const rows = r.filter((s) => s.family === family);
      const minNs = Math.min(...rows.map((s) => s.nsPerByte));
      const largest = rows[rows.length - 1];
      const growth = largest.nsPerByte / minNs;
      verdict(
        `linear from 1 KB to ${largest.label} (${family}): cost per byte at ${largest.label} within 2x of the lowest`,
        `${fmt(largest.nsPerByte, 1)} ns/B vs lowest ${fmt(minNs, 1)} ns/B (${fmt(growth, 2)}x)`,
        growth <= 2,
      );
      for (const s of rows) metric(`scaling.${family}.${s.label.replace(' ', '')}`, s.analyzeMs, 'ms');
    }
    const peerRatios = [...r.map((s) => s.peerRatio), ...(results.letters ?? []).map((l) => l.analyze.median / l.markdownlint.median)];
    const worstPeer = Math.max(...peerRatios);
    verdict('faster per byte than markdownlint on the same text', `worst ${fmt(worstPeer, 2)}x markdownlint's time per byte`, worstPeer < 1);
  }

  if (wants('lsp')) {
    const server = join(ROOT, 'dist', 'server.js');
    if (!existsSync(server)) results.server = { skipped: 'dist/server.js not built (no language server yet)' };
    else {
      try {
        results.server = await benchServer(server, letters, { quick });
      } catch (error) {
        results.server = { skipped: `failed: ${(error as Error).stack ?? error}` };
      }
    }
    const s = results.server;
    if ('skipped' in s) {
      console.log(`\nLanguage server: skipped: ${s.skipped}`);
      out.push(`\nLanguage server: skipped: ${s.skipped}`);
    } else {
      section(
        `Language server over stdio (${s.edits} edits typed into a real letter, debounce 0)`,
        ['measure', 'n', 'median ms', 'p95 ms', 'max ms'],
        [
          ['didChange to its diagnostics', s.editToDiagnostics.n, fmt(s.editToDiagnostics.median, 2), fmt(s.editToDiagnostics.p95, 2), fmt(s.editToDiagnostics.max, 2)],
          ['completion', s.completion.n, fmt(s.completion.median, 2), fmt(s.completion.p95, 2), fmt(s.completion.max, 2)],
          ['hover', s.hover.n, fmt(s.hover.median, 2), fmt(s.hover.p95, 2), fmt(s.hover.max, 2)],
          ['start to first diagnostics', 1, fmt(s.startToFirstDiagnosticsMs, 1), '-', '-'],
        ],
      );
      section(
        'Language server resident memory (VmRSS of the process)',
        ['letters open', 'RSS MB at once', 'peak RSS MB', 'RSS MB after 12 s idle'],
        s.memory.map((x) => [x.letters, fmt(x.rssMB, 1), fmt(x.peakMB, 1), fmt(x.idleRssMB, 1)]),
        `The workspace folder holds the ${s.memory[s.memory.length - 1].letters} generated letters, so the server knows them all from the start; "open" counts didOpen'ed documents.`,
      );
      verdict('edit-to-diagnostics p95 under 10 ms plus the debounce (0)', `${fmt(s.editToDiagnostics.p95, 2)} ms`, s.editToDiagnostics.p95 < 10);
      verdict('completion p95 under 10 ms', `${fmt(s.completion.p95, 2)} ms`, s.completion.p95 < 10);
      verdict('hover p95 under 10 ms', `${fmt(s.hover.p95, 2)} ms`, s.hover.p95 < 10);
      const known = s.memory[0];
      const most = s.memory[s.memory.length - 1];
      verdict(
        `server memory under 150 MB with ${most.letters} letters known (in the workspace, one open; RSS once idle)`,
        `${fmt(known.idleRssMB, 1)} MB idle (${fmt(known.rssMB, 1)} MB at once)`,
        known.idleRssMB < 150,
      );
      verdict(
        `server memory under 150 MB with all ${most.letters} letters open (stricter reading; RSS once idle)`,
        `${fmt(most.idleRssMB, 1)} MB idle (${fmt(most.rssMB, 1)} MB at once)`,
        most.idleRssMB < 150,
      );
      metric('server.editToDiagnostics.p95', s.editToDiagnostics.p95, 'ms');
      metric('server.completion.p95', s.completion.p95, 'ms');
      metric('server.hover.p95', s.hover.p95, 'ms');
      metric('server.startToFirstDiagnostics', s.startToFirstDiagnosticsMs, 'ms');
      for (const x of s.memory) metric(`server.rss.${x.letters}`, x.rssMB, 'MB');
      for (const x of s.memory) metric(`server.idleRss.${x.letters}`, x.idleRssMB, 'MB');
    }
  }

  if (wants('cli')) {
    const cli = join(ROOT, 'dist', 'cli.js');
    if (!existsSync(cli)) results.cli = { skipped: 'dist/cli.js not built (no command line yet)' };
    else {
      try {
        results.cliOneThread = await benchCli(cli, letters, { quick }, 1);
        results.cli = await benchCli(cli, letters, { quick });
      } catch (error) {
        results.cli = { skipped: `failed: ${(error as Error).stack ?? error}` };
      }
    }
    const focused = focusedVisitLetters();
    if (existsSync(cli) && focused.length) {
      try {
        results.cliFocusedVisitOneThread = await benchCliFolder(cli, FOCUSED_VISIT_DIR, focused.length, 1);
        results.cliFocusedVisit = await benchCliFolder(cli, FOCUSED_VISIT_DIR, focused.length);
        // The command as an inspector runs it (letter-check's own choice of threads), three times: one
        // run of two seconds moves by a tenth on a shared machine. The median is the target's figure.
        const runs: CliResult[] = [];
        for (let k = 0; k < 3; k++) {
          const run = await benchCliFolder(cli, FOCUSED_VISIT_DIR, focused.length, 'default');
          if (!('skipped' in run)) runs.push(run);
        }
        runs.sort((a, b) => a.wallSeconds - b.wallSeconds);
        if (runs.length) results.cliFocusedVisitDefault = { ...runs[Math.floor(runs.length / 2)], runs: runs.map((r) => r.wallSeconds) };
      } catch (error) {
        results.cliFocusedVisit = { skipped: `failed: ${(error as Error).stack ?? error}` };
      }
      const fv = results.cliFocusedVisit!;
      const one = results.cliFocusedVisitOneThread;
      const own = results.cliFocusedVisitDefault;
      if (!('skipped' in fv)) {
        const cell = (r: CliResult | { skipped: string } | undefined, f: (x: CliResult) => string | number) => (r && !('skipped' in r) ? f(r) : '-');
        section(
          `Command line: letter-check over the ${fv.letters} real focused-visit letters`,
          ['measure', "letter-check's default (median of 3)", 'every core', 'one thread (--jobs 1)'],
          [
            ['wall time (s)', cell(own, (r) => `${fmt(r.wallSeconds, 2)} (${own!.runs.map((w) => fmt(w, 2)).join(', ')})`), fmt(fv.wallSeconds, 2), cell(one, (r) => fmt(r.wallSeconds, 2))],
            ['CPU time, user + system (s)', cell(own, (r) => fmt(r.cpuSeconds, 2)), fmt(fv.cpuSeconds, 2), cell(one, (r) => fmt(r.cpuSeconds, 2))],
            ['peak memory (max RSS, MB)', cell(own, (r) => fmt(r.peakMB, 1)), fmt(fv.peakMB, 1), cell(one, (r) => fmt(r.peakMB, 1))],
            ['exit code', cell(own, (r) => r.exitCode ?? 'killed'), fv.exitCode ?? 'killed', cell(one, (r) => r.exitCode ?? 'killed')],
            ['diagnostics reported', cell(own, (r) => r.diagnostics ?? '-'), fv.diagnostics ?? '-', cell(one, (r) => r.diagnostics ?? '-')],
          ],
          `Measured with ${fv.method}. Commands: ${own ? `${own.command}; ` : ''}${fv.command}; the same with --jobs 1.`,
        );
        // The target is the command as it is run: with its own choice of threads (one on 2 cores: docs/cli.md).
        const target = own ?? fv;
        verdict(`the ${fv.letters} focused-visit letters through the command line in under 2 s (its default; median of 3 runs)`, `${fmt(target.wallSeconds, 2)} s`, target.wallSeconds < 2);
        metric('cli.focusedVisit.wall', fv.wallSeconds, 's');
        if (own) metric('cli.focusedVisit.defaultWall', own.wallSeconds, 's');
        if (one && !('skipped' in one)) metric('cli.focusedVisit.oneThreadWall', one.wallSeconds, 's');
      } else {
        console.log(`\nCommand line on the focused visits: skipped: ${fv.skipped}`);
      }
    }
    const c = results.cli;
    if ('skipped' in c) {
      console.log(`\nCommand line: skipped: ${c.skipped}`);
      out.push(`\nCommand line: skipped: ${c.skipped}`);
    } else {
      section(
        `Command line: letter-check over ${c.letters} letters in one invocation`,
        ['measure', 'value'],
        [
          ['wall time (s)', fmt(c.wallSeconds, 2)],
          ['CPU time, user + system (s)', fmt(c.cpuSeconds, 2)],
          ['peak memory (max RSS, MB)', fmt(c.peakMB, 1)],
          ['letters per second', fmt(c.letters / c.wallSeconds, 0)],
          ['exit code', c.exitCode ?? 'killed'],
          ['diagnostics reported', c.diagnostics ?? '-'],
          ...(results.cliOneThread && !('skipped' in results.cliOneThread)
            ? [
                ['wall time on one thread, --jobs 1 (s)', fmt(results.cliOneThread.wallSeconds, 2)],
                ['CPU time on one thread (s)', fmt(results.cliOneThread.cpuSeconds, 2)],
                ['peak memory on one thread (MB)', fmt(results.cliOneThread.peakMB, 1)],
                [`speed-up on ${availableParallelism()} cores`, fmt(results.cliOneThread.wallSeconds / c.wallSeconds, 2)],
              ]
            : []),
        ],
        `Measured with ${c.method}. Command: ${c.command}`,
      );
      // The target is the command as it is run: on the threads letter-check chooses itself (one on 2 cores).
      const one = results.cliOneThread && !('skipped' in results.cliOneThread) ? results.cliOneThread : undefined;
      const asRun = defaultJobs(c.letters, availableParallelism()) === 1 && one ? one : c;
      verdict(`${c.letters} letters through the command line in under 5 s (its default: ${asRun === c ? 'every core' : 'one thread'})`, `${fmt(asRun.wallSeconds, 2)} s`, asRun.wallSeconds < 5);
      metric('cli.wall', c.wallSeconds, 's');
      metric('cli.peakRss', c.peakMB, 'MB');
    }
  }

  results.loadAtEnd = loadavg().map((l) => Math.round(l * 100) / 100);
  section(
    'Targets (issue 5)',
    ['target', 'measured', 'verdict'],
    results.verdicts.map((v) => [v.target, v.measured, v.pass ? 'PASS' : 'MISS']),
  );
  let baseline: Results | undefined;
  try {
    baseline = JSON.parse(readFileSync(BASELINE, 'utf8'));
  } catch {
    baseline = undefined;
  }
  section(
    `Change against the baseline (bench/baseline.json${baseline ? `, ${baseline.date}, ${baseline.machine.commit}` : ': none yet'})`,
    ['figure', 'now', 'baseline', 'change'],
    compareWithBaseline(results.metrics, baseline?.metrics),
  );
  const tail = `\nLoad average at the end: ${results.loadAtEnd.join(' ')}`;
  console.log(tail);
  writeFileSync(join(RESULTS_DIR, 'latest.json'), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(join(RESULTS_DIR, 'latest.md'), `${head}\n${md.join('\n')}\n${tail}\n`);
  console.log(`\nWrote bench/results/latest.json and latest.md`);
  if (args.includes('--save-baseline')) {
    writeFileSync(BASELINE, JSON.stringify(results, null, 2) + '\n');
    console.log('Saved as bench/baseline.json');
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
