import * as vscode from 'vscode';

/** A letter's problems as plain text, one a line, in the order of the letter: to paste into an e-mail or a review. */

const SEVERITY = ['Error', 'Warning', 'Information', 'Hint'];

export function problemsText(document: vscode.TextDocument, diagnostics: readonly vscode.Diagnostic[]): string {
  const name = vscode.workspace.asRelativePath(document.uri, false);
  const sorted = [...diagnostics].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const header = `${name}: ${sorted.length} ${sorted.length === 1 ? 'problem' : 'problems'}`;
  const lines = sorted.map((d) => {
    const code = typeof d.code === 'object' ? d.code.value : d.code;
    const message = d.message.replace(/\s*\n\s*/g, ' ');
    return `${name}:${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY[d.severity]}${code !== undefined ? ` (${code})` : ''}: ${message}`;
  });
  return [header, ...lines].join('\n') + '\n';
}

function activeLetter(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) void vscode.window.showWarningMessage('Open a letter first: its problems are the ones copied.');
  return document;
}

/** Copies the active letter's problems to the clipboard; returns the text. */
export async function copyProblems(): Promise<string | undefined> {
  const document = activeLetter();
  if (!document) return undefined;
  const diagnostics = vscode.languages.getDiagnostics(document.uri);
  const text = problemsText(document, diagnostics);
  try {
    await vscode.env.clipboard.writeText(text);
    void vscode.window.showInformationMessage(`Copied ${diagnostics.length} ${diagnostics.length === 1 ? 'problem' : 'problems'} of ${vscode.workspace.asRelativePath(document.uri, false)}.`);
  } catch (error) {
    void vscode.window.showWarningMessage(`The problems could not be copied (${String(error)}); use "Open the Letter's Problems as a Text Document" instead.`);
  }
  return text;
}

/** Opens the active letter's problems as a new text document (to save or print); returns it. */
export async function exportProblems(): Promise<vscode.TextDocument | undefined> {
  const document = activeLetter();
  if (!document) return undefined;
  const text = problemsText(document, vscode.languages.getDiagnostics(document.uri));
  const exported = await vscode.workspace.openTextDocument({ language: 'plaintext', content: text });
  await vscode.window.showTextDocument(exported, { preview: false });
  return exported;
}
