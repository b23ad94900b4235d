// Waiting on and describing a document's diagnostics, for both e2e suites: only `vscode` is imported,
// so the web worker's suite (test/e2e/web) bundles it too.
import * as vscode from 'vscode';

/**
 * Resolves with the diagnostics of `uri` once `accept` holds for them: at once if it already does,
 * otherwise on the next diagnostics change that satisfies it. Rejects after `timeoutMs` with what it saw.
 */
export function diagnosticsWhere(
  uri: vscode.Uri,
  accept: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<readonly vscode.Diagnostic[]> {
  const now = vscode.languages.getDiagnostics(uri);
  if (accept(now)) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === uri.toString())) return;
      const current = vscode.languages.getDiagnostics(uri);
      if (!accept(current)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(current);
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} on ${uri.path}; diagnostics now:\n${describe(vscode.languages.getDiagnostics(uri))}`));
    }, timeoutMs);
  });
}

/** Waits for the next diagnostics change on `uri` (for a document whose diagnostics are not empty). */
export function nextDiagnostics(uri: vscode.Uri, what: string, timeoutMs = 20_000): Promise<readonly vscode.Diagnostic[]> {
  let first = true;
  return diagnosticsWhere(uri, () => {
    if (first) {
      first = false;
      return false;
    }
    return true;
  }, what, timeoutMs);
}

export const errorsOf = (diagnostics: readonly vscode.Diagnostic[]) =>
  diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);

export function codeOf(d: vscode.Diagnostic): string {
  const code = d.code;
  if (code === undefined) return '';
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function withCode(diagnostics: readonly vscode.Diagnostic[], code: string): vscode.Diagnostic[] {
  return diagnostics.filter((d) => codeOf(d) === code);
}

const SEVERITY = ['error', 'warning', 'info', 'hint'];

export function describe(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return '  (none)';
  return diagnostics
    .map((d) => `  ${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY[d.severity]} ${codeOf(d)} ${d.message}`)
    .join('\n');
}
