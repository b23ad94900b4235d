import { builtinRegistry } from '../engine/template/registry';
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
// The ES module build: the UMD one (package main) requires its parts by computed paths a bundler cannot follow.
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import type { SeveritySetting } from '../engine/rules/rule';

/**
 * The checker's configuration file, `.letter-check.json` (or `.letter-check.jsonc`; comments and
 * trailing commas are accepted in both), read the same way by letter-check and the language server.
 * Like `.editorconfig`, every configuration file in a document's folder and the folders above it
 * applies, the nearest winning over its parents; `"root": true` stops the search upwards.
 */

export const CONFIG_FILES = ['.letter-check.json', '.letter-check.jsonc'] as const;

/** The templates a folder can name: the engine's registry's. */
export const KNOWN_TEMPLATES: readonly string[] = builtinRegistry().templates.map((t) => t.id);

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

/** The settings a configuration file may hold, with what each means (the schema generator reads these). */
export const CONFIG_KEYS = {
  $schema: 'The JSON schema of this file (editors use it for completion and checking).',
  root: 'Stop here: configuration files in the folders above this one are not read.',
  rules: 'Severity per rule id ("error", "warning", "information", "hint"), or "off" to switch the rule off, for the documents in this folder and below.',
  template: 'The template the documents in this folder follow.',
  previous: 'The previous inspection\'s document, for the follow-up checks of the drafts in this folder: a path relative to this file.',
  words: 'Words the spelling rule accepts in the documents of this folder, beyond the dictionary (a `.letter-words` file keeps working too).',
  ignore: 'Files not to check: patterns written as in .gitignore, relative to this file\'s folder.',
} as const;

/** A problem with a configuration file, in plain words, located when the file could be read. */
export interface ConfigProblem {
  file: string;
  message: string;
  /** 1-based, when the problem is at a place in the file. */
  line?: number;
  column?: number;
}

export function formatConfigProblem(p: ConfigProblem): string {
  return `${p.file}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}: ${p.message}`;
}

/** What one configuration file says, checked; a value that is wrong is left out and named in `problems`. */
export interface ConfigLayer {
  file: string;
  root: boolean;
  rules: Record<string, SeveritySetting>;
  template?: string;
  /** Absolute. */
  previous?: string;
  words: string[];
  ignore: string[];
  problems: ConfigProblem[];
}

/** The configuration that applies to one document: every layer above it merged, nearest last. */
export interface ResolvedConfig {
  /** The configuration files read, farthest first (empty when there are none). */
  files: string[];
  rules: Record<string, SeveritySetting>;
  template?: string;
  previous?: string;
  /** The configuration file that names `previous`. */
  previousFrom?: string;
  words: ReadonlySet<string>;
  /** Ignore patterns with the folder each is relative to. */
  ignore: readonly { base: string; patterns: readonly string[] }[];
  problems: ConfigProblem[];
}

export const EMPTY_CONFIG: ResolvedConfig = Object.freeze({ files: [], rules: {}, words: new Set<string>(), ignore: [], problems: [] });

/** Larger than any configuration a team would keep: a bigger file is refused, not parsed. */
const MAX_BYTES = 1024 * 1024;

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const PARSE_ERRORS: Record<string, string> = {
  InvalidSymbol: 'a character that JSON does not allow here',
  InvalidNumberFormat: 'a number written wrongly',
  PropertyNameExpected: 'a setting name (in double quotes) was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: "a ':' was expected after the setting name",
  CommaExpected: "a ',' was expected between settings",
  CloseBraceExpected: "a closing '}' was expected",
  CloseBracketExpected: "a closing ']' was expected",
  EndOfFileExpected: 'nothing more was expected after the closing brace',
  InvalidCommentToken: 'a comment written wrongly',
  UnexpectedEndOfComment: 'a comment that is never closed',
  UnexpectedEndOfString: 'a string that is never closed (a missing double quote)',
  UnexpectedEndOfNumber: 'a number cut short',
  InvalidUnicode: 'a \\u escape written wrongly',
  InvalidEscapeCharacter: 'a backslash escape that JSON does not know (write \\\\ for a backslash)',
  InvalidCharacter: 'a character that JSON does not allow in a string',
};

/**
 * Reads the text of one configuration file. Never throws: a syntax error or a wrong value becomes a
 * problem naming the file and the place, and the rest of the file still applies.
 */
export function parseConfig(text: string, file: string, knownRuleIds: ReadonlySet<string>, knownTemplates: readonly string[] = KNOWN_TEMPLATES): ConfigLayer {
  const layer: ConfigLayer = { file, root: false, rules: {}, words: [], ignore: [], problems: [] };
  const problem = (message: string, offset?: number) => layer.problems.push({ file, message, ...(offset === undefined ? {} : position(text, offset)) });
  const errors: ParseError[] = [];
  const body = text.replace(/^\uFEFF/, '');
  const shift = text.length - body.length;
  const tree = parseTree(body, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  if (errors.length) {
    const first = errors[0];
    const code = printParseErrorCode(first.error);
    problem(`this is not valid JSON: ${PARSE_ERRORS[code] ?? code}; the file is not used until it is corrected`, first.offset + shift);
    return layer;
  }
  if (!tree) return layer;
  const raw: unknown = nodeValue(tree);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problem('the configuration should be an object, such as { "rules": { "bullet-style": "off" } }');
    return layer;
  }
  /** Where a setting is written (its name), for the problem's line and column. */
  const at = (...path: string[]) => {
    const node = findNodeAtLocation(tree, path);
    return node ? (node.parent?.type === 'property' ? node.parent.offset : node.offset) + shift : undefined;
  };
  const folder = dirname(file);
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    switch (key) {
      case '$schema':
        break;
      case 'root':
        if (typeof value === 'boolean') layer.root = value;
        else problem(`"root" should be true or false, not ${JSON.stringify(value)}`, at(key));
        break;
      case 'rules':
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          problem('"rules" should be an object mapping rule ids to a severity or "off", such as { "bullet-style": "off" }', at(key));
          break;
        }
        for (const [id, severity] of Object.entries(value as Record<string, unknown>)) {
          if (!knownRuleIds.has(id)) problem(`there is no rule "${id}" (the rules are listed in docs/rules/README.md)`, at('rules', id));
          else if (typeof severity !== 'string' || !(SEVERITY_SETTINGS as readonly string[]).includes(severity)) {
            problem(`the rule "${id}" should be set to ${SEVERITY_SETTINGS.map((s) => `"${s}"`).join(', ')}, not ${JSON.stringify(severity)}`, at('rules', id));
          } else layer.rules[id] = severity as SeveritySetting;
        }
        break;
      case 'template':
        if (typeof value !== 'string' || !value.trim()) problem(`"template" should be the name of a template, such as "${knownTemplates[0]}"`, at(key));
        else if (!knownTemplates.includes(value.trim())) problem(`there is no template "${value}" (known: ${knownTemplates.join(', ')})`, at(key));
        else layer.template = value.trim();
        break;
      case 'previous':
        if (typeof value !== 'string' || !value.trim()) problem('"previous" should be the path of the previous inspection\'s document, relative to this file', at(key));
        else layer.previous = isAbsolute(value.trim()) ? value.trim() : resolve(folder, value.trim());
        break;
      case 'words':
        if (!Array.isArray(value) || value.some((w) => typeof w !== 'string')) problem('"words" should be a list of words, such as ["Mosaic", "signposting"]', at(key));
        else layer.words = (value as string[]).map((w) => w.trim().toLowerCase().replace(/’/g, "'")).filter(Boolean);
        break;
      case 'ignore':
        if (!Array.isArray(value) || value.some((p) => typeof p !== 'string')) problem('"ignore" should be a list of patterns, such as ["drafts/old/**", "*.txt"]', at(key));
        else layer.ignore = (value as string[]).filter((p) => p.trim());
        break;
      default:
        problem(`unknown setting "${key}" (known: ${Object.keys(CONFIG_KEYS).filter((k) => k !== '$schema').join(', ')})`, at(key));
    }
  }
  return layer;
}

/** The plain value of a parsed tree (the tree is kept for the places of problems). */
function nodeValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries((node.children ?? []).map((p) => [p.children![0].value as string, p.children![1] ? nodeValue(p.children![1]) : undefined]));
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

/** Merges layers, farthest first: rules by rule, the nearest template and previous document, words and ignores added up. */
export function mergeLayers(layers: readonly ConfigLayer[]): ResolvedConfig {
  const rules: Record<string, SeveritySetting> = {};
  const words = new Set<string>();
  const ignores: { base: string; patterns: string[] }[] = [];
  const problems: ConfigProblem[] = [];
  let template: string | undefined;
  let previous: string | undefined;
  let previousFrom: string | undefined;
  for (const layer of layers) {
    Object.assign(rules, layer.rules);
    if (layer.template) template = layer.template;
    if (layer.previous) {
      previous = layer.previous;
      previousFrom = layer.file;
    }
    for (const w of layer.words) words.add(w);
    if (layer.ignore.length) ignores.push({ base: dirname(layer.file), patterns: layer.ignore });
    problems.push(...layer.problems);
  }
  return { files: layers.map((l) => l.file), rules, template, previous, previousFrom, words, ignore: ignores, problems };
}

/**
 * Finds and reads the configuration files above documents, remembering each folder's answer until
 * `forget` (the server calls it when a configuration file changes; letter-check runs once).
 */
export class ConfigFiles {
  private readonly byFolder = new Map<string, ConfigLayer[]>();
  private readonly resolved = new Map<string, ResolvedConfig>();
  private readonly matchers = new WeakMap<object, Ignore>();

  constructor(
    private readonly knownRuleIds: ReadonlySet<string>,
    private readonly knownTemplates: readonly string[] = KNOWN_TEMPLATES,
  ) {}

  /** The configuration for a document at this path (absolute or relative to the working folder). */
  configFor(documentPath: string): ResolvedConfig {
    const folder = dirname(resolve(documentPath));
    let config = this.resolved.get(folder);
    if (!config) this.resolved.set(folder, (config = mergeLayers(this.layersFor(folder))));
    return config;
  }

  /** Whether the configuration's `ignore` patterns leave this document out. */
  isIgnored(documentPath: string, config: ResolvedConfig = this.configFor(documentPath)): boolean {
    const path = resolve(documentPath);
    for (const entry of config.ignore) {
      const rel = relative(entry.base, path);
      if (!rel || rel.startsWith('..') || isAbsolute(rel)) continue;
      let matcher = this.matchers.get(entry);
      if (!matcher) this.matchers.set(entry, (matcher = ignore().add([...entry.patterns])));
      if (matcher.ignores(rel.split(sep).join('/'))) return true;
    }
    return false;
  }

  forget(): void {
    this.byFolder.clear();
    this.resolved.clear();
  }

  /** The layers that apply in a folder, farthest first. */
  private layersFor(folder: string): ConfigLayer[] {
    const known = this.byFolder.get(folder);
    if (known) return known;
    const here = this.readFolder(folder);
    const parent = dirname(folder);
    const above = here?.root || parent === folder ? [] : this.layersFor(parent);
    const layers = here ? [...above, here] : above;
    this.byFolder.set(folder, layers);
    return layers;
  }

  private readFolder(folder: string): ConfigLayer | undefined {
    const present = CONFIG_FILES.map((name) => join(folder, name)).filter((path) => statSync(path, { throwIfNoEntry: false })?.isFile());
    if (!present.length) return undefined;
    const file = present[0];
    let layer: ConfigLayer;
    try {
      if (statSync(file).size > MAX_BYTES) {
        layer = { file, root: false, rules: {}, words: [], ignore: [], problems: [{ file, message: 'this file is far too large to be a configuration (over 1 MB); it is not read' }] };
      } else {
        layer = parseConfig(readFileSync(file, 'utf8'), file, this.knownRuleIds, this.knownTemplates);
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      layer = { file, root: false, rules: {}, words: [], ignore: [], problems: [{ file, message: `this file cannot be read (${code ?? String(error)})` }] };
    }
    if (present.length > 1) layer.problems.push({ file: present[1], message: `${CONFIG_FILES[0]} is beside it and is the one read: keep one of the two` });
    return layer;
  }
}

/** The words accepted for a document: the configuration's and the nearest `.letter-words` file's. */
export function acceptedWords(config: ResolvedConfig, wordsFile: ReadonlySet<string> | undefined): ReadonlySet<string> {
  if (!config.words.size) return wordsFile ?? config.words;
  if (!wordsFile?.size) return config.words;
  return new Set([...wordsFile, ...config.words]);
}
