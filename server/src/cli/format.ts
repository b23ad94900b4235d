import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../engine/rules/rule';
import type { ReportedDiagnostic, ReportedFollowup } from './check';
import { formatFollowupTable } from './format-followup';

/** Output formats: compiler-style text lines with a summary, or JSON in LSP terms (SARIF, GitHub and JUnit beside). */

export interface FileReport {
  file: string;
  /** The id of the template the document was checked as. */
  template?: string;
  diagnostics: ReportedDiagnostic[];
  /** With --fix: the diagnostics whose fixes were applied and saved. */
  fixed?: ReportedDiagnostic[];
  /** With --fix --dry-run: the fixes as a unified diff ('' when there are none). */
  diff?: string;
  /** The previous document's items accounted for in the file, when it has a previous document. */
  followup?: ReportedFollowup;
}

const COLOURS: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[90m' };
const RESET = '\x1b[0m';
const BOLD = '\x1b[1m';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Counts by severity. */
export function countSeverities(reports: readonly FileReport[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of reports) for (const d of r.diagnostics) counts[d.severity]++;
  return counts;
}

function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ');
}

export function formatText(reports: readonly FileReport[], colour: boolean, options: TextOptions = {}): string {
  return reports.map((r) => formatTextReport(r, colour, options)).join('') + formatTextSummary(reports);
}

export interface TextOptions {
  /** Print the follow-up table after each file's lines (--followup). */
  followup?: boolean;
}

/** One file's lines (none when it is clean): written as soon as the file and all before it are checked. */
export function formatTextReport(report: FileReport, colour: boolean, options: TextOptions = {}): string {
  const paint = (code: string, s: string) => (colour ? code + s + RESET : s);
  const lines: string[] = [];
  if (report.fixed?.length) {
    const byRule = new Map<string, number>();
    for (const d of report.fixed) byRule.set(d.code, (byRule.get(d.code) ?? 0) + 1);
    const rules = [...byRule].map(([code, n]) => (n > 1 ? `${code} ×${n}` : code)).join(', ');
    lines.push(`${paint(BOLD, report.file)}: fixed ${plural(report.fixed.length, 'problem', 'problems')} (${rules})`);
  }
  for (const d of report.diagnostics) {
    const where = `${report.file}:${d.range.start.line + 1}:${d.range.start.character + 1}:`;
    lines.push(`${colour ? paint(BOLD, where) : where} ${paint(COLOURS[d.severity], d.severity)} ${d.code} ${oneLine(d.message)}`);
  }
  return lines.map((l) => l + '\n').join('') + (options.followup ? formatFollowupTable(report.file, report.followup) : '');
}

export function formatTextSummary(reports: readonly FileReport[]): string {
  const c = countSeverities(reports);
  return `${plural(c.error, 'error', 'errors')}, ${plural(c.warning, 'warning', 'warnings')}, ${c.information} information, ${plural(c.hint, 'hint', 'hints')} in ${plural(reports.length, 'file', 'files')}\n`;
}

/** A path as a file: URI, as LSP locations have them; URIs pass through. */
export function toUri(pathOrUri: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(pathOrUri) ? pathOrUri : pathToFileURL(resolve(pathOrUri)).href;
}

export function formatJson(reports: readonly FileReport[]): string {
  const out = reports.map((r) => ({
    file: r.file,
    ...(r.template ? { template: r.template } : {}),
    diagnostics: r.diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      message: d.message,
      range: d.range,
      ...(d.relatedInformation?.length
        ? {
            relatedInformation: d.relatedInformation.map((info) => ({
              location: { uri: toUri(info.uri ?? r.file), range: info.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
              message: info.message,
            })),
          }
        : {}),
    })),
    ...(r.followup ? { followup: r.followup } : {}),
    ...(r.fixed ? { fixed: r.fixed.length } : {}),
    ...(r.diff !== undefined ? { diff: r.diff } : {}),
  }));
  return JSON.stringify(out, null, 2) + '\n';
}
