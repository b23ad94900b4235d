import type { Severity } from '../engine/rules/rule';
import type { FileReport } from './format';

/** Formats for CI: GitHub Actions workflow commands (annotations) and JUnit XML. */

const GITHUB_COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** Workflow command data: %, CR and LF escaped. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow command properties: also ':' and ','. */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    const file = escapeProperty(report.file.split('\\').join('/'));
    for (const d of report.diagnostics) {
      const { start, end } = d.range;
      const props = [`file=${file}`, `line=${start.line + 1}`, `col=${start.character + 1}`, `endLine=${end.line + 1}`];
      // GitHub takes an end column only on the start line.
      if (end.line === start.line) props.push(`endColumn=${end.character + 1}`);
      props.push(`title=${escapeProperty(d.code)}`);
      lines.push(`::${GITHUB_COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message)}`);
    }
  }
  return lines.map((l) => l + '\n').join('');
}

function xml(s: string): string {
  // Characters XML 1.0 cannot hold at all are dropped; markup characters escaped.
  return s
    .replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** JUnit XML: a test suite per file, a failing test case per finding (a clean file has one passing case). */
export function formatJunit(reports: readonly FileReport[]): string {
  const total = reports.reduce((n, r) => n + Math.max(1, r.diagnostics.length), 0);
  const failures = reports.reduce((n, r) => n + r.diagnostics.length, 0);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="letter-check" tests="${total}" failures="${failures}" errors="0">`];
  for (const r of reports) {
    const file = xml(r.file);
    out.push(`  <testsuite name="${file}" tests="${Math.max(1, r.diagnostics.length)}" failures="${r.diagnostics.length}" errors="0" skipped="0">`);
    if (!r.diagnostics.length) out.push(`    <testcase classname="${file}" name="letter-check"/>`);
    for (const d of r.diagnostics) {
      const where = `${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      out.push(`    <testcase classname="${file}" name="${xml(`${d.code} at ${d.range.start.line + 1}:${d.range.start.character + 1}`)}" file="${file}" line="${d.range.start.line + 1}">`);
      out.push(`      <failure type="${d.severity}" message="${xml(d.message)}">${xml(`${where}: ${d.severity} ${d.code} ${d.message}`)}</failure>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}
