import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeLetter, type AnalyzeOptions } from '../engine/analyze';
import type { Speller } from '../engine/spelling/speller';
import { loadSpeller } from '../host/dictionary';
import { WordsFiles } from '../host/words-file';
import { CandidateIndex, selectPreviousLetter, previousLink, resolveLinkPath } from '../engine/followup/previous-letter';
import { parseLetter } from '../engine/parse/letter';
import type { Letter } from '../engine/parse/model';
import type { PreviousLetter } from '../engine/rules/rule';
import packageJson from '../../../package.json';
import { parseCliArgs, USAGE, type CliOptions } from './args';
import { discoverFiles } from './discover';
import { decodeLetter, encodeLetter, type Encoding } from './encoding';
import { fixText, writeAtomically } from './fix';
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

export interface LoadedFile {
  path: string;
  text: string;
  encoding: Encoding;
}

function readLetterFile(path: string): { ok: true; file: LoadedFile } | { ok: false; error: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : 'cannot be read';
    return { ok: false, error: `${path}: ${why}` };
  }
  const decoded = decodeLetter(bytes);
  if (!decoded.ok) return { ok: false, error: `${path}: ${decoded.error}` };
  return { ok: true, file: { path, text: decoded.text, encoding: decoded.encoding } };
}

/** The files as previous-letter candidates, indexed once per list (each draft then looks at its council's letters only). */
const indexes = new WeakMap<readonly LoadedFile[], CandidateIndex>();

function candidateIndex(files: readonly LoadedFile[]): CandidateIndex {
  let index = indexes.get(files);
  if (!index) indexes.set(files, (index = new CandidateIndex(files.map((f) => ({ uri: f.path, text: f.text })))));
  return index;
}

/** The previous letter for one draft: --previous, else one found among the files or by its link directive. */
export function previousFor(file: LoadedFile, files: readonly LoadedFile[], explicit: PreviousLetter | undefined, parsed?: Letter): PreviousLetter | undefined {
  if (explicit) return resolve(explicit.uri) === resolve(file.path) ? undefined : explicit;
  const draft = parsed ?? parseLetter(file.text);
  if (!draft.looksLikeLetter) return undefined;
  const found = selectPreviousLetter(draft, candidateIndex(files), { draftUri: file.path });
  if (found) return found;
  const link = previousLink(draft);
  if (!link) return undefined;
  const linked = resolveLinkPath(file.path, link.path);
  if (!existsSync(linked)) return undefined;
  const read = readLetterFile(linked);
  return read.ok ? { uri: linked, letter: parseLetter(read.file.text) } : undefined;
}

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

  let explicitPrevious: PreviousLetter | undefined;
  if (options.previous !== undefined) {
    const read = readLetterFile(options.previous);
    if (!read.ok) {
      complain(`--previous ${read.error}`);
      return EXIT_USAGE;
    }
    explicitPrevious = { uri: options.previous, letter: parseLetter(read.file.text) };
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

  const reports: FileReport[] = [];
  for (const file of files) {
    // Parsed once for both the previous-letter choice and the analysis.
    const letter = parseLetter(file.text);
    const analyzeOptions: AnalyzeOptions = {
      severities: options.severities,
      previous: previousFor(file, files, explicitPrevious, letter),
      speller,
      acceptedWords: speller ? wordsFiles.wordsFor(resolve(file.path)) : undefined,
      onRuleError: (ruleId, error) => io.stderr.write(`letter-check: ${file.path}: rule ${ruleId} failed (${error instanceof Error ? error.message : String(error)}); its findings are left out\n`),
    };
    if (!options.fix) {
      reports.push({ file: file.path, diagnostics: analyzeLetter(letter, analyzeOptions).diagnostics });
      continue;
    }
    const result = fixText(file.text, analyzeOptions);
    if (result.text !== file.text) {
      try {
        writeAtomically(file.path, encodeLetter(result.text, file.encoding));
      } catch (error) {
        complain(`${file.path}: could not save the fixes (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
        reports.push({ file: file.path, diagnostics: analyzeLetter(parseLetter(file.text), analyzeOptions).diagnostics });
        continue;
      }
    }
    reports.push({ file: file.path, diagnostics: result.analysis.diagnostics, fixed: result.fixed });
  }

  const colour = Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
  if (usageProblem && !reports.length) return EXIT_USAGE;
  io.stdout.write(options.format === 'json' ? formatJson(reports) : formatText(reports, colour));
  if (usageProblem) return EXIT_USAGE;
  return countSeverities(reports).error > 0 ? EXIT_ERRORS : EXIT_OK;
}
