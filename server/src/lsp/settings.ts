import type { SeveritySetting } from '../engine';
import { acceptedWords, formatConfigProblem, type ResolvedConfig } from '../host/config';

/** The extension's settings (section `inspectionLetters`), validated: bad values fall back to defaults. */

export interface LetterSettings {
  /** Severity per rule id, or 'off'. */
  rules: Record<string, SeveritySetting>;
  debounceMs: number;
  /** Path of the previous inspection's letter (absolute, or relative to the workspace folder). */
  previousLetter: string;
  /** The template documents are checked as (its id), whatever their content; empty: recognised from the content. */
  template: string;
  maxFileSizeKb: number;
}

export const DEFAULT_SETTINGS: Readonly<LetterSettings> = Object.freeze({
  rules: {},
  debounceMs: 250,
  previousLetter: '',
  template: '',
  maxFileSizeKb: 512,
});

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

export interface SettingsResult {
  settings: LetterSettings;
  /** One plain sentence per invalid value, naming the setting and the default used instead. */
  problems: string[];
}

/**
 * Reads the raw configuration the client sends. Never throws: every invalid value is named in
 * `problems` and replaced by its default, so one typo does not switch the checker off.
 */
export function readSettings(raw: unknown, knownRuleIds: ReadonlySet<string>): SettingsResult {
  const problems: string[] = [];
  const settings: LetterSettings = { ...DEFAULT_SETTINGS, rules: {} };
  if (raw === undefined || raw === null) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push('inspectionLetters: the settings should be an object; using the defaults.');
    return { settings, problems };
  }
  const r = raw as Record<string, unknown>;

  if (r.rules !== undefined && r.rules !== null) {
    if (typeof r.rules !== 'object' || Array.isArray(r.rules)) {
      problems.push('inspectionLetters.rules should be an object mapping rule ids to a severity or "off"; using each rule\'s default.');
    } else {
      for (const [id, value] of Object.entries(r.rules as Record<string, unknown>)) {
        if (!knownRuleIds.has(id)) {
          problems.push(`inspectionLetters.rules: there is no rule "${id}"; the setting is ignored.`);
        } else if (typeof value !== 'string' || !SEVERITIES.has(value)) {
          problems.push(
            `inspectionLetters.rules.${id} should be "error", "warning", "information", "hint" or "off", not ${JSON.stringify(value)}; using the rule's default.`,
          );
        } else {
          settings.rules[id] = value as SeveritySetting;
        }
      }
    }
  }

  settings.debounceMs = readNumber(r.debounceMs, 'debounceMs', 0, 10_000, DEFAULT_SETTINGS.debounceMs, problems);
  settings.maxFileSizeKb = readNumber(r.maxFileSizeKb, 'maxFileSizeKb', 1, 100_000, DEFAULT_SETTINGS.maxFileSizeKb, problems);

  if (r.previousLetter !== undefined && r.previousLetter !== null) {
    if (typeof r.previousLetter !== 'string') {
      problems.push('inspectionLetters.previousLetter should be a file path; the previous letter is found automatically instead.');
    } else {
      settings.previousLetter = r.previousLetter.trim();
    }
  }
  if (r.template !== undefined && r.template !== null) {
    if (typeof r.template !== 'string') problems.push('inspectionLetters.template should be a template id such as "focused-visit"; each document\'s template is recognised from its content instead.');
    else settings.template = r.template.trim();
  }
  return { settings, problems };
}

function readNumber(value: unknown, name: string, min: number, max: number, fallback: number, problems: string[]): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    problems.push(`inspectionLetters.${name} should be a number from ${min} to ${max}, not ${JSON.stringify(value)}; using ${fallback}.`);
    return fallback;
  }
  return value;
}

/** What one document is checked with: the settings (the user's layer) with its configuration files over them. */
export interface DocumentSettings {
  rules: Record<string, SeveritySetting>;
  previousLetter: string;
  acceptedWords?: ReadonlySet<string>;
  /** The configuration files' problems, each naming the file and the place. */
  problems: string[];
}

/**
 * Lays a document's configuration (.letter-check.json files, nearest last) over the settings: its
 * rules go over the setting's rule by rule, its previous document over the setting's, its words join
 * the .letter-words file's; a document its `ignore` leaves out has every rule off.
 */
export function withConfigFile(
  settings: LetterSettings,
  config: ResolvedConfig | undefined,
  wordsFile: ReadonlySet<string> | undefined,
  ignored: boolean,
  ruleIds: ReadonlySet<string>,
): DocumentSettings {
  if (!config) return { rules: settings.rules, previousLetter: settings.previousLetter, acceptedWords: wordsFile, problems: [] };
  const rules: Record<string, SeveritySetting> = ignored ? Object.fromEntries([...ruleIds].map((id) => [id, 'off' as const])) : { ...settings.rules, ...config.rules };
  return {
    rules,
    previousLetter: config.previous ?? settings.previousLetter,
    acceptedWords: acceptedWords(config, wordsFile),
    problems: config.problems.map(formatConfigProblem),
  };
}
