import { resolve } from 'node:path';
import { createLetterService, type DocumentSettings } from '../engine/service';
import type { Speller } from '../engine/spelling/speller';
import { loadSpeller } from '../host/dictionary';
import { WordsFiles } from '../host/words-file';
import packageJson from '../../../package.json';
import { parseCliArgs, USAGE, type CliOptions } from './args';
import { discoverFiles } from './discover';
import { encodeLetter } from './encoding';
import { writeAtomically } from './fix';
import { cliWorkspace, readLetterFile, type LoadedFile } from './workspace';
import { countSeverities, formatJson, formatText, type FileReport } from './format';

/** What `main` may touch besides the file system: its output streams and environment. */
export interface CliIo {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  env: Record<string, string | undefined>;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

export type { LoadedFile } from './workspace';

/** Runs the checker as the command line does; returns the exit status. Never throws for users' mistakes. */
export function main(argv: readonly string[], io: CliIo): number {
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
  try {
    return run(options, io);
  } catch (error) {
    io.stderr.write(`letter-check: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
  }
}

function run(options: CliOptions, io: CliIo): number {
  let usageProblem = false;
  const complain = (message: string) => {
    usageProblem = true;
    io.stderr.write(`letter-check: ${message}\n`);
  };

  let previousUri: string | undefined;
  if (options.previous !== undefined) {
    const read = readLetterFile(options.previous);
    if (!read.ok) {
      complain(`--previous ${read.error}`);
      return EXIT_USAGE;
    }
    previousUri = options.previous;
  }

  const discovery = discoverFiles(options.paths);
  discovery.errors.forEach(complain);
  const files: LoadedFile[] = [];
  for (const path of discovery.files) {
    const read = readLetterFile(path);
    if (read.ok) files.push(read.file);
    else complain(read.error);
  }

  // The dictionary is read only when spelling is checked and there is a letter to check.
  let speller: Speller | undefined;
  if (files.length && options.severities?.spelling !== 'off') {
    const loaded = loadSpeller();
    speller = loaded.speller;
    if (loaded.problem) io.stderr.write(`letter-check: ${loaded.problem}\n`);
  }

  // A team's own words (the nearest .letter-words above each letter), as the editor reads them.
  const wordsFiles = new WordsFiles();
  const service = createLetterService({
    workspace: cliWorkspace(files),
    speller,
    onRuleError: (uri, ruleId, error) => io.stderr.write(`letter-check: ${uri}: rule ${ruleId} failed (${error instanceof Error ? error.message : String(error)}); its findings are left out\n`),
  });

  const reports: FileReport[] = [];
  for (const file of files) {
    const settings: DocumentSettings = {
      severities: options.severities,
      // --previous is no document's own previous one: named as the document itself, the service gives it none.
      previousUri: previousUri !== undefined && resolve(previousUri) === resolve(file.path) ? file.path : previousUri,
      acceptedWords: speller ? wordsFiles.wordsFor(resolve(file.path)) : undefined,
    };
    if (!options.fix) {
      const analysis = service.analyze(file.path, file.text, settings);
      reports.push({ file: file.path, template: analysis.template.id, diagnostics: analysis.diagnostics });
      continue;
    }
    const result = service.fix(file.path, file.text, settings);
    if (result.text !== file.text) {
      try {
        writeAtomically(file.path, encodeLetter(result.text, file.encoding));
      } catch (error) {
        complain(`${file.path}: could not save the fixes (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
        const analysis = service.analyze(file.path, file.text, settings);
        reports.push({ file: file.path, template: analysis.template.id, diagnostics: analysis.diagnostics });
        continue;
      }
    }
    reports.push({ file: file.path, template: result.analysis.template.id, diagnostics: result.analysis.diagnostics, fixed: result.fixed });
  }

  const colour = Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
  if (usageProblem && !reports.length) return EXIT_USAGE;
  io.stdout.write(options.format === 'json' ? formatJson(reports) : formatText(reports, colour));
  if (usageProblem) return EXIT_USAGE;
  return countSeverities(reports).error > 0 ? EXIT_ERRORS : EXIT_OK;
}
