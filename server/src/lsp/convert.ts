import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { Diagnostic, Fix, Severity, SourceText } from '../engine';

/** Conversions from the engine's located findings to LSP shapes. */

export const DIAGNOSTIC_SOURCE = 'letter-check';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspDiagnostic(d: Diagnostic, documentUri: string): LspDiagnostic {
  const result: LspDiagnostic = {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.code,
    source: DIAGNOSTIC_SOURCE,
    message: d.message,
  };
  const related = (d.relatedInformation ?? []).filter((r) => r.range);
  if (related.length) {
    result.relatedInformation = related.map((r) => ({ location: { uri: r.uri ?? documentUri, range: r.range! }, message: r.message }));
  }
  return result;
}

export function fixEdits(source: SourceText, fix: Fix): LspTextEdit[] {
  return fix.edits.map((e) => ({ range: source.rangeOf(e.span), newText: e.newText }));
}

/** Whether an LSP diagnostic sent back by the client is the one the engine produced. */
export function sameDiagnostic(a: LspDiagnostic, b: Diagnostic): boolean {
  return (
    a.code === b.code &&
    a.range.start.line === b.range.start.line &&
    a.range.start.character === b.range.start.character &&
    a.range.end.line === b.range.end.line &&
    a.range.end.character === b.range.end.character
  );
}
