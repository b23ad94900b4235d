import { parseArgs } from 'node:util';
import { ruleById } from '../engine/rules';
import type { SeveritySetting } from '../engine/rules/rule';

/** The command line, parsed and checked: what `main` acts on. */
export interface CliOptions {
  format: 'text' | 'json';
  fix: boolean;
  previous?: string;
  severities: Record<string, SeveritySetting>;
  paths: string[];
  help: boolean;
  version: boolean;
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; error: string };

const SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

export const USAGE = `Usage: letter-check [options] PATH...

Checks drafts of inspection letters against the standard template.
PATH is a file or a folder (every *.letter and *.txt file inside, recursively).

Options:
  --format text|json      Output format (default: text)
  --fix                   Apply the safe fixes and save the files (in JSON, each file
                          then says how many problems were fixed: "fixed")
  --previous FILE         The previous inspection's letter, for the follow-up checks
  --rule ID=SEVERITY      Set a rule's severity: error, warning, information, hint or off
                          (may be repeated)
  -h, --help              Show this help
  -v, --version           Show the version

Exit status: 0 no errors, 1 errors found, 2 bad usage or a file that cannot be read.`;

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let values: { format?: string; fix?: boolean; previous?: string; rule?: string[]; help?: boolean; version?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        fix: { type: 'boolean' },
        previous: { type: 'string' },
        rule: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    }));
  } catch (error) {
    return { ok: false, error: plainParseError(error) };
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') return { ok: false, error: `unknown format '${format}': use --format text or --format json` };
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
    format,
    fix: values.fix ?? false,
    previous: values.previous,
    severities,
    paths: positionals,
    help: values.help ?? false,
    version: values.version ?? false,
  };
  if (!options.help && !options.version && !options.paths.length) return { ok: false, error: 'no files or folders to check' };
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
