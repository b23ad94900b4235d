import type { DocumentFollowup } from './followup/document-followup';
import { parseLetter } from './parse/letter';
import { placeholdersOf, touchesPlaceholder } from './placeholders';
import type { Speller } from './spelling/speller';
import type { Letter } from './parse/model';
import { allRules } from './rules';
import type { BrokenLink, Fix, PreviousLetter, RelatedInformation, Report, Rule, Severity, SeveritySetting } from './rules/rule';
import { standardTemplate } from './template/registry';
import type { Template } from './template/template';
import type { Range, Span } from './text/source';

/** A located finding about the draft, in LSP terms (0-based lines and UTF-16 characters). */
export interface Diagnostic {
  /** The rule id. */
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  span: Span;
  fixes: Fix[];
  relatedInformation?: (RelatedInformation & { range?: Range })[];
}

export interface AnalyzeOptions {
  template?: Template;
  rules?: readonly Rule[];
  /** Severity per rule id, or 'off'. */
  severities?: Readonly<Record<string, SeveritySetting>>;
  previous?: PreviousLetter;
  /** The document's link to its previous document, when it names nothing that can be read. */
  previousLinkBroken?: BrokenLink;
  /** The previous document's items accounted for in this one (the service computes it before the rules run). */
  followup?: DocumentFollowup;
  /** British English spelling for the spelling rule (see spelling/speller.ts); without it the rule is silent. */
  speller?: Speller;
  /** Words the spelling rule accepts beyond the dictionary (a team's words file), lower case. */
  acceptedWords?: ReadonlySet<string>;
  /** Called when a rule throws; the rule's reports are dropped and the others go on. */
  onRuleError?(ruleId: string, error: unknown): void;
}

export interface Analysis {
  letter: Letter;
  diagnostics: Diagnostic[];
  /** Rules that threw, with their errors (also passed to onRuleError). */
  ruleErrors: { ruleId: string; error: unknown }[];
  /** Rule ids switched off by directives in the letter. */
  disabledByDirective: string[];
}

/** `<!-- letter-check disable rule-a rule-b -->` switches rules off for this letter. */
export function directiveDisabled(letter: Letter): string[] {
  const ids: string[] = [];
  for (const d of letter.directives) {
    // Not `disable-next-line`, which is about one line only.
    const m = /^disable(?![-\w])[\s:]*(.*)$/i.exec(d.body);
    if (m) ids.push(...m[1].split(/[\s,]+/).filter(Boolean));
  }
  return ids;
}

/**
 * `<!-- letter-check disable-next-line rule-a rule-b -->` switches rules off for the next line that
 * holds text (blank lines and other directives between are passed over): line index → rule ids. With
 * no rule named, every rule is off on that line ('*').
 */
export function nextLineDisabled(letter: Letter): Map<number, Set<string>> {
  const byLine = new Map<number, Set<string>>();
  const lines = letter.source.lines;
  const directiveLines = new Set(letter.directives.map((d) => d.line));
  for (const d of letter.directives) {
    const m = /^disable-next-line(?![-\w])[\s:]*(.*)$/i.exec(d.body);
    if (!m) continue;
    let target = d.line + 1;
    while (target < lines.length && (directiveLines.has(target) || !lines[target].text.trim())) target++;
    if (target >= lines.length) continue;
    const ids = m[1].split(/[\s,]+/).filter(Boolean);
    const set = byLine.get(target) ?? new Set<string>();
    for (const id of ids.length ? ids : ['*']) set.add(id);
    byLine.set(target, set);
  }
  return byLine;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** Parses a draft and runs every rule over it: text in, located findings out. Never throws. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const template = options.template ?? standardTemplate();
  const letter = parseLetter(text, template);
  return analyzeLetter(letter, options);
}

export function analyzeLetter(letter: Letter, options: AnalyzeOptions = {}): Analysis {
  const rules = options.rules ?? allRules;
  const disabled = directiveDisabled(letter);
  const disabledOnLine = nextLineDisabled(letter);
  const diagnostics: Diagnostic[] = [];
  const ruleErrors: Analysis['ruleErrors'] = [];
  const placeholders = placeholdersOf(letter);
  // A kind of document no longer written is read (as a previous document), not checked.
  for (const rule of letter.template.referenceOnly ? [] : rules) {
    if (!letter.looksLikeLetter && !rule.runsOnNonLetters) continue;
    if (letter.looksLikeLetter && rule.runsOnNonLetters) continue;
    if (rule.templates && !rule.templates.includes(letter.template.id)) continue;
    const setting = options.severities?.[rule.id];
    if (setting === 'off' || disabled.includes(rule.id)) continue;
    const reports: Report[] = [];
    try {
      rule.check({ letter, template: letter.template, previous: options.previous, previousLinkBroken: options.previousLinkBroken, followup: options.followup, speller: options.speller, acceptedWords: options.acceptedWords, report: (r) => void reports.push(r) });
    } catch (error) {
      ruleErrors.push({ ruleId: rule.id, error });
      options.onRuleError?.(rule.id, error);
      continue;
    }
    for (const r of reports) {
      if (placeholders.length && !rule.reportsPlaceholders && touchesPlaceholder(r.span, placeholders)) continue;
      const diagnostic = toDiagnostic(letter, rule, r, setting);
      const offOnLine = disabledOnLine.size ? disabledOnLine.get(diagnostic.range.start.line) : undefined;
      if (offOnLine && (offOnLine.has(rule.id) || offOnLine.has('*'))) continue;
      diagnostics.push(diagnostic);
    }
  }
  diagnostics.sort(
    (a, b) => a.span.start - b.span.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.code.localeCompare(b.code),
  );
  return { letter, diagnostics, ruleErrors, disabledByDirective: disabled };
}

function toDiagnostic(letter: Letter, rule: Rule, report: Report, setting: SeveritySetting | undefined): Diagnostic {
  const length = letter.source.text.length;
  const start = clamp(report.span.start, 0, length);
  const span = { start, end: clamp(report.span.end, start, length) };
  return {
    code: rule.id,
    severity: setting && setting !== 'off' ? setting : (report.severity ?? rule.defaultSeverity),
    message: report.message,
    range: letter.source.rangeOf(span),
    span,
    fixes: report.fixes ?? [],
    relatedInformation: report.related?.map((r) => (r.span ? { ...r, range: letter.source.rangeOf(r.span) } : r)),
  };
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, Number.isFinite(n) ? n : lo));
}
