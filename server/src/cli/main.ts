import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { allRules } from '../engine/rules';
import type { SeveritySetting } from '../engine/rules/rule';
import { acceptedWords, ConfigFiles, formatConfigProblem, type ResolvedConfig } from '../host/config';
import { WordsFiles } from '../host/words-file';
import packageJson from '../../../package.json';
import { parseCliArgs, USAGE, type CliOptions } from './args';
import { Checker, type CheckResult, type CheckTask } from './check';
import { unifiedDiff } from './diff';
import { discoverFiles } from './discover';
import { encodeLetter } from './encoding';
import { decodeBytes, readLetterFile, type LoadedFile } from './files';
import { writeAtomically } from './fix';
import { formatGithub, formatJunit } from './format-ci';
import { formatSarif } from './format-sarif';
import { countSeverities, formatJson, formatTextReport, formatTextSummary, type FileReport } from './format';
import { IgnoreFiles } from './ignore-files';
import { Progress, PROGRESS_FROM, useColour, type Stream } from './output';
import { checkOnWorkers } from './workers';
import { fileProblem, isPdf, linkedPdfs, readPdfDocuments, type PdfDocuments } from './pdf-documents';

export type { LoadedFile } from './files';

/** What `main` may touch besides the file system: its streams and environment. */
export interface CliIo {
  stdout: Stream;
  stderr: Stream;
  env: Record<string, string | undefined>;
  /** Standard input's bytes, read when `-` is named (default: file descriptor 0). */
  readStdin?: () => Uint8Array;
  /** The script a worker thread runs (the bundled command line itself); without it, one thread. */
  workerScript?: string;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

/**
 * Files a worker thread must have to pay for starting it: a worker costs about 0.6 s of CPU before it
 * checks a file (the bundle, the dictionary, its share of the workspace, a cold JIT), measured as the
 * CPU time --jobs 2 takes over --jobs 1 on the 151 focused-visit letters; that is the checking of
 * about 50 letters, so a thread is given at least twice as many (docs/benchmarks.md, session 5).
 */
export const FILES_PER_THREAD = 100;

/**
 * The threads letter-check uses unless --jobs says: one per core for many files, never more than one
 * per FILES_PER_THREAD files, and one on two cores or fewer, where the workers share the cores with the
 * main thread and whatever else runs: measured there, threads cost more than they saved at every size
 * tried (151 to 346 files, 1.7 to 12 MB).
 */
export function defaultJobs(files: number, cores: number): number {
  if (cores <= 2) return 1;
  return Math.max(1, Math.min(cores, Math.floor(files / FILES_PER_THREAD)));
}

const RULE_IDS = new Set(allRules.map((r) => r.id));

/**
 * Runs the checker as the command line does; returns the exit status (a promise when the files are
 * checked on worker threads). Never throws for users' mistakes.
 */
export function main(argv: readonly string[], io: CliIo): number | Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    io.stderr.write(`letter-check: ${parsed.error}\nTry 'letter-check --help' for more information.\n`);
    return EXIT_USAGE;
  }
  const options = parsed.options;
  if (options.help) {
    io.stdout.write(USAGE + '\n');
    return EXIT_OK;
  }
  if (options.version) {
    io.stdout.write(`letter-check ${packageJson.version}\n`);
    return EXIT_OK;
  }
  const failed = (error: unknown) => {
    io.stderr.write(`letter-check: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
  };
  try {
    const result = run(options, io);
    return typeof result === 'number' ? result : result.catch(failed);
  } catch (error) {
    return failed(error);
  }
}

function run(options: CliOptions, io: CliIo): number | Promise<number> {
  let usageProblem = false;
  const complain = (message: string) => {
    usageProblem = true;
    io.stderr.write(`letter-check: ${message}\n`);
  };

  if (options.previous !== undefined) {
    // A PDF is read with the others before the checking; here only whether it is there.
    const problem = isPdf(options.previous) ? fileProblem(options.previous) : letterFileProblem(options.previous);
    if (problem) {
      complain(`--previous ${problem}`);
      return EXIT_USAGE;
    }
  }

  const configs = new ConfigFiles(RULE_IDS);
  const ignoreFiles = new IgnoreFiles();
  const discovery = discoverFiles(options.paths, {
    isIgnored: options.noIgnore ? undefined : (path) => ignoreFiles.isIgnored(path) || configs.isIgnored(path),
  });
  discovery.errors.forEach(complain);
  for (const note of discovery.notes) io.stderr.write(`letter-check: ${note}\n`);

  const files: LoadedFile[] = [];
  if (discovery.stdin) {
    const name = options.stdinFilename ?? '<stdin>';
    let bytes: Uint8Array | undefined;
    try {
      bytes = (io.readStdin ?? (() => readFileSync(0)))();
    } catch (error) {
      complain(`standard input cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    if (bytes) {
      const read = decodeBytes(name, bytes);
      if (read.ok) files.push(read.file);
      else complain(read.error);
    }
  }
  const stdinFile = files[0];
  for (const path of discovery.files) {
    const read = readLetterFile(path);
    if (read.ok) files.push(read.file);
    else complain(read.error);
  }

  // Each file's configuration (standard input's from its --stdin-filename, else the working folder).
  const configOf = (file: LoadedFile): ResolvedConfig => configs.configFor(file === stdinFile ? resolve(options.stdinFilename ?? 'stdin') : file.path);

  // The PDFs a file may follow up are read first (asynchronously); then everything is checked as before.
  const pdfPaths = [
    ...(options.previous !== undefined && isPdf(options.previous) ? [options.previous] : []),
    ...(options.previous === undefined ? files.map((f) => configOf(f).previous).filter((p): p is string => p !== undefined && isPdf(p)) : []),
    ...linkedPdfs(files),
    ...discovery.pdfs,
  ];
  if (!pdfPaths.length) return checkFiles({ documents: [], problems: new Map() });
  return readPdfDocuments(pdfPaths).then(checkFiles);

  function checkFiles(pdfs: PdfDocuments): number | Promise<number> {
    if (options.previous !== undefined && pdfs.problems.has(resolve(options.previous))) {
      complain(`--previous ${pdfs.problems.get(resolve(options.previous))}`);
      return EXIT_USAGE;
    }
    // A linked or found PDF that cannot be read: said here; a link to it is reported on its line as broken.
    for (const message of pdfs.problems.values()) io.stderr.write(`letter-check: ${message}\n`);
    const readable = (path: string) => (isPdf(path) ? pdfs.documents.some((d) => resolve(d.path) === resolve(path)) : readLetterFile(path).ok);
    const reportedProblems = new Set<string>();
    const wordsFiles = new WordsFiles();
    const tasks: CheckTask[] = files.map((file, index) => {
      const config = configOf(file);
      for (const p of config.problems) {
        const message = formatConfigProblem(p);
        if (!reportedProblems.has(message)) {
          reportedProblems.add(message);
          complain(message);
        }
      }
      let previousPath = options.previous;
      if (previousPath === undefined && config.previous !== undefined) {
        const message = `${config.previousFrom}: "previous" names ${config.previous}, which cannot be read`;
        if (readable(config.previous)) previousPath = config.previous;
        else if (!reportedProblems.has(message)) {
          reportedProblems.add(message);
          complain(message);
        }
      }
      // The command line's --rule goes over the configuration files.
      const severities: Record<string, SeveritySetting> = { ...config.rules, ...options.severities };
      const words = severities.spelling === 'off' ? [] : [...acceptedWords(config, wordsFiles.wordsFor(resolve(file.path)))];
      return { index, file, severities, acceptedWords: words, previousPath, templateId: config.template, fix: options.fix, withFixes: options.format === 'sarif' };
    });

    if (usageProblem && !files.length) return EXIT_USAGE;

    const colour = useColour(io.stdout, io.env);
    const progress = io.stderr.isTTY && files.length >= PROGRESS_FROM ? new Progress(io.stderr, files.length) : undefined;
    // Text reports go out file by file in order as soon as they are ready, so `| head` sees output early.
    const streamText = options.format === 'text' && !options.fix;
    let written = 0;
    const results: (CheckResult | undefined)[] = new Array(tasks.length);
    let done = 0;
    const onResult = (result: CheckResult) => {
      results[result.index] = result;
      progress?.update(++done);
      if (!streamText) return;
      let text = '';
      while (written < results.length && results[written]) text += formatTextReport(reportOf(results[written]!, files[written]), colour, { followup: options.followup });
      if (text) {
        progress?.clear();
        io.stdout.write(text);
      }
      function reportOf(r: CheckResult, f: LoadedFile): FileReport {
        written++;
        return { file: f.path, template: r.template, diagnostics: r.diagnostics, fixed: r.fixed, followup: r.followup };
      }
    };

    const jobs = Math.min(options.jobs ?? defaultJobs(tasks.length, availableParallelism()), tasks.length);
    const finish = (): number => {
      progress?.clear();
      return output(options, io, tasks, stdinFile, results as CheckResult[], { colour, streamed: streamText, complain, usageProblem: () => usageProblem, documents: pdfs.documents });
    };
    if (io.workerScript && jobs > 1) {
      return checkOnWorkers(io.workerScript, files, pdfs.documents, tasks, jobs, onResult).then(finish);
    }
    const checker = new Checker(files, pdfs.documents);
    for (const task of tasks) onResult(checker.check(task));
    return finish();
  }
}

interface OutputContext {
  colour: boolean;
  /** Whether the text reports were already written, file by file. */
  streamed: boolean;
  complain(message: string): void;
  usageProblem(): boolean;
  /** The PDFs read before the checking (a file checked again after a failed save sees them too). */
  documents: LoadedFile[];
}

/** Saves the fixes (or shows them), writes the reports and works out the exit status. */
function output(options: CliOptions, io: CliIo, tasks: readonly CheckTask[], stdinFile: LoadedFile | undefined, results: readonly CheckResult[], context: OutputContext): number {
  const warned = new Set<string>();
  for (const r of results) {
    for (const w of r.warnings) {
      if (!warned.has(w)) io.stderr.write(`letter-check: ${w}\n`);
      warned.add(w);
    }
  }
  const files = tasks.map((t) => t.file);
  const reports: FileReport[] = [];
  const diffs: string[] = [];
  results.forEach((result, i) => {
    const file = files[i];
    if (result.fixedText !== undefined && options.fix) {
      if (options.dryRun) {
        diffs[i] = unifiedDiff(file.path, file.text, result.fixedText);
      } else if (file !== stdinFile) {
        try {
          writeAtomically(file.path, encodeLetter(result.fixedText, file.encoding));
        } catch (error) {
          context.complain(`${file.path}: could not save the fixes (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
          const unfixed = new Checker(files, context.documents).check({ ...tasks[i], fix: false });
          reports.push({ file: file.path, template: unfixed.template, diagnostics: unfixed.diagnostics, followup: unfixed.followup });
          return;
        }
      }
    }
    reports.push({
      file: file.path,
      template: result.template,
      diagnostics: result.diagnostics,
      followup: result.followup,
      ...(options.fix && !options.dryRun ? { fixed: result.fixed } : {}),
      ...(options.dryRun ? { diff: diffs[i] ?? '' } : {}),
    });
  });

  if (options.fix && stdinFile && !options.dryRun) {
    // Fixing standard input: the fixed text goes to standard output, as formatters do; the findings that remain, to standard error.
    const result = results[files.indexOf(stdinFile)];
    io.stdout.write(result.fixedText ?? stdinFile.text);
    const remaining = reports[files.indexOf(stdinFile)];
    if (remaining.diagnostics.length) io.stderr.write(formatTextReport({ ...remaining, fixed: undefined }, false));
  } else if (options.dryRun && options.format === 'text') {
    io.stdout.write(diffs.filter(Boolean).join(''));
  } else {
    switch (options.format) {
      case 'text':
        io.stdout.write(context.streamed ? formatTextSummary(reports) : reports.map((r) => formatTextReport(r, context.colour, { followup: options.followup })).join('') + formatTextSummary(reports));
        break;
      case 'json':
        io.stdout.write(formatJson(reports));
        break;
      case 'sarif':
        io.stdout.write(formatSarif(reports, allRules, packageJson.version));
        break;
      case 'github':
        io.stdout.write(formatGithub(reports));
        break;
      case 'junit':
        io.stdout.write(formatJunit(reports));
        break;
    }
  }
  if (context.usageProblem()) return EXIT_USAGE;
  return countSeverities(reports).error > 0 ? EXIT_ERRORS : EXIT_OK;
}

/** Why a letter file cannot be read as text, or undefined when it can. */
function letterFileProblem(path: string): string | undefined {
  const read = readLetterFile(path);
  return read.ok ? undefined : read.error;
}
