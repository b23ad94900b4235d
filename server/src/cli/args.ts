import { parseArgs } from 'node:util';
import { ruleById } from '../engine/rules';
import type { SeveritySetting } from '../engine/rules/rule';

/** The command line, parsed and checked: what `main` acts on. */
export const FORMATS = ['text', 'json', 'sarif', 'github', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  format: Format;
  fix: boolean;
  /** With --fix: show the changes as a unified diff and write nothing. */
  dryRun: boolean;
  /** The name standard input (`-`) goes by, for the configuration and the output. */
  stdinFilename?: string;
  /** Worker threads (default: defaultJobs in main.ts). */
  jobs?: number;
  /** Leave out .gitignore, .letter-checkignore and the configuration's ignore patterns. */
  noIgnore: boolean;
  previous?: string;
  /** With --format text: print each file's follow-up of its previous document as a table. */
  followup: boolean;
  severities: Record<string, SeveritySetting>;
  paths: string[];
  help: boolean;
  version: boolean;
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; error: string };

const SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

export const USAGE = `Usage: letter-check [options] PATH...

Checks drafts of inspection letters against the standard template.
PATH is a file, a folder (every *.letter and *.txt file inside, recursively), a glob in
quotes ('letters/**/*.letter'), a glob starting with ! to leave files out ('!**/old/**'),
or - for standard input. Files matched by .gitignore, .letter-checkignore or the "ignore"
of a .letter-check.json are left out. The nearest .letter-check.json (or .jsonc) above
each file configures it (see docs/configuration.md).

Options:
  --format FORMAT         text (default), json, sarif (SARIF 2.1.0), github (workflow
                          annotations) or junit
  --fix                   Apply the safe fixes and save the files (in JSON, each file
                          then says how many problems were fixed: "fixed"); with -,
                          the fixed text is written to standard output
  --dry-run               With --fix: print the fixes as a unified diff, write nothing
  --previous FILE         The previous inspection's document (a letter, a report, or the
                          PDF Ofsted published), for the follow-up checks
  --followup              With --format text: print each file's follow-up of its previous
                          document as a table (item, status, where); --format json always
                          gives it as "followup"
  --rule ID=SEVERITY      Set a rule's severity: error, warning, information, hint or off
                          (may be repeated; goes over the configuration files)
  --stdin-filename NAME   The file name standard input stands for (configuration, output)
  --no-ignore             Check files even when an ignore file or pattern leaves them out
  --jobs N                Check on N threads (default: one; with more than 2 cores,
                          one per core, at most one per 100 files: a thread costs
                          about as much to start as checking 50 letters)
  -h, --help              Show this help
  -v, --version           Show the version

Colour is used at a terminal; NO_COLOR switches it off and FORCE_COLOR on.
Exit status: 0 no errors, 1 errors found, 2 bad usage, a bad configuration file or a file
that cannot be read.`;

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let values: {
    format?: string;
    fix?: boolean;
    'dry-run'?: boolean;
    previous?: string;
    followup?: boolean;
    rule?: string[];
    'stdin-filename'?: string;
    'no-ignore'?: boolean;
    jobs?: string;
    help?: boolean;
    version?: boolean;
  };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        fix: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        'no-ignore': { type: 'boolean' },
        jobs: { type: 'string' },
        previous: { type: 'string' },
        followup: { type: 'boolean' },
        rule: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    }));
  } catch (error) {
    return { ok: false, error: plainParseError(error) };
  }
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) return { ok: false, error: `unknown format '${format}': use --format ${FORMATS.join(', ')}` };
  if (values.followup && format !== 'text' && format !== 'json') return { ok: false, error: `--followup prints a table in the text format (json always gives the follow-up), not in ${format}` };
  if (values['dry-run'] && !values.fix) return { ok: false, error: '--dry-run goes with --fix (it shows what --fix would change)' };
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) return { ok: false, error: `--jobs needs a whole number from 1 to 256, not '${values.jobs}'` };
  }
  const severities: Record<string, SeveritySetting> = {};
  for (const setting of values.rule ?? []) {
    const m = /^([^=\s]+)\s*=\s*(\S+)$/.exec(setting);
    if (!m) return { ok: false, error: `--rule needs ID=SEVERITY (such as split-paragraph=off), not '${setting}'` };
    const [, id, severity] = m;
    if (!ruleById(id)) return { ok: false, error: `unknown rule '${id}' in --rule ${setting}` };
    if (!SETTINGS.includes(severity as SeveritySetting)) {
      return { ok: false, error: `unknown severity '${severity}' in --rule ${setting}: use ${SETTINGS.join(', ')}` };
    }
    severities[id] = severity as SeveritySetting;
  }
  const options: CliOptions = {
    format: format as Format,
    fix: values.fix ?? false,
    dryRun: values['dry-run'] ?? false,
    stdinFilename: values['stdin-filename'],
    jobs,
    noIgnore: values['no-ignore'] ?? false,
    previous: values.previous,
    followup: values.followup ?? false,
    severities,
    paths: positionals,
    help: values.help ?? false,
    version: values.version ?? false,
  };
  if (!options.help && !options.version && !options.paths.some((p) => !p.startsWith('!'))) return { ok: false, error: 'no files or folders to check' };
  if (options.paths.filter((p) => p === '-').length > 1) return { ok: false, error: "standard input ('-') can be read once" };
  return { ok: true, options };
}

/** util.parseArgs errors name the option but add advice meant for programmers: keep the first sentence. */
function plainParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `unknown option '${unknown[1]}'`;
  const missing = /Option '([^']+)' argument missing/.exec(message);
  if (missing) return `option '${missing[1].replace(/^-\w, /, '').replace(/ <value>$/, '')}' needs a value`;
  return message.split(/\.\s/)[0].replace(/\.$/, '');
}
