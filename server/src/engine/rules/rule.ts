import type { DocumentFollowup } from '../followup/document-followup';
import type { Letter } from '../parse/model';
import type { Speller } from '../spelling/speller';
import type { Template } from '../template/template';
import type { Span } from '../text/source';

/**
 * What a rule is: its metadata (id, description, default severity, documentation) and its check.
 * One rule a file, in this folder, registered in ./index.ts; its tests beside it (<id>.test.ts).
 */

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export interface TextEdit {
  span: Span;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe fixes are applied by `letter-check --fix` and the editor's fix-all without review. */
  safe: boolean;
}

export interface RelatedInformation {
  message: string;
  /** A place in this letter... */
  span?: Span;
  /** ...or in another document (the previous letter), by URI or path and 0-based range. */
  uri?: string;
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export interface Report {
  span: Span;
  message: string;
  /** Overrides the rule's default severity for this report (before user configuration). */
  severity?: Severity;
  fixes?: Fix[];
  related?: RelatedInformation[];
}

/** A link line naming a previous document that cannot be found or read. */
export interface BrokenLink {
  /** The path as written. */
  path: string;
  /** The URI it resolves to. */
  uri: string;
  /** The link line. */
  span: Span;
}

/** The previous inspection's letter, when one is at hand. */
export interface PreviousLetter {
  uri: string;
  letter: Letter;
}

export interface RuleContext {
  readonly letter: Letter;
  readonly template: Template;
  readonly previous?: PreviousLetter;
  /** The document's previous-document link, when it names nothing readable. */
  readonly previousLinkBroken?: BrokenLink;
  /** The previous document's improvement items accounted for in this one, when a previous document is at hand. */
  readonly followup?: DocumentFollowup;
  /** British English spelling, when the host has loaded the dictionary (the spelling rule needs it). */
  readonly speller?: Speller;
  /** Words the host accepts for spelling beyond the dictionary (a team's `.letter-words`), lower case. */
  readonly acceptedWords?: ReadonlySet<string>;
  report(report: Report): void;
}

export interface RuleDocs {
  /** Why the rule exists, in a paragraph or two of Markdown. */
  rationale: string;
  /** Short excerpts: what the rule flags, and what it accepts. */
  examples?: { flagged: string; accepted?: string; note?: string }[];
}

export interface RuleMeta {
  /** kebab-case, stable: used in settings, directives and the CLI output. */
  id: string;
  /** One line, shown in docs and hovers. */
  description: string;
  defaultSeverity: Severity;
  /** Whether some reports come with fixes. */
  fixable: boolean;
  docs: RuleDocs;
  /**
   * The templates (ids) whose documents the rule checks; every template when absent. A generic rule
   * reads its template's data; a rule written for one kind of document names that kind here.
   */
  templates?: readonly string[];
  /** Rules whose reports this rule leaves alone (it stays silent where they report), for the docs. */
  defersTo?: readonly string[];
  /** Rules that also run on text that does not read as a letter (only not-a-letter). */
  runsOnNonLetters?: boolean;
  /**
   * Rules whose reports are about placeholders (only unfilled-placeholder). Every other rule's reports
   * on a placeholder such as `[letter date]` are dropped: the placeholder is reported once, as such.
   */
  reportsPlaceholders?: boolean;
}

export interface Rule extends RuleMeta {
  check(context: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/**
 * A fix whose title and edits are worked out the first time they are read (once): for fixes that
 * render template text, which most analyses never show (a draft checked as it is typed has its fixes
 * asked for only when the inspector opens the light bulb or runs fix-all).
 */
export function lazyFix(safe: boolean, make: () => { title: string; edits: TextEdit[] }): Fix {
  let made: { title: string; edits: TextEdit[] } | undefined;
  const get = () => (made ??= make());
  return {
    get title() {
      return get().title;
    },
    get edits() {
      return get().edits;
    },
    safe,
  };
}
