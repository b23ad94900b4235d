import { CodeActionKind, type CodeAction, type CodeActionParams, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { applyFixes, type Analysis, type Fix } from '../engine';
import { fixEdits, sameDiagnostic, toLspDiagnostic } from './convert';
import { ADD_TEAM_WORD_COMMAND } from './protocol';

/** Quick fixes for the diagnostics under the cursor, a directive to switch a rule off, and fix-all. */

export interface EditTarget {
  uri: string;
  version: number;
  /** Whether the client accepts versioned document changes (so a fix never lands on a newer text). */
  versioned: boolean;
  /** The team's words file a misspelt word can be added to (the nearest, or where one would go), if any. */
  teamWordsFile?: { uri: string; name: string };
}

export function codeActions(analysis: Analysis, params: CodeActionParams, target: EditTarget): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
  const actions: CodeAction[] = [];
  const source = analysis.letter.source;

  if (wants(CodeActionKind.QuickFix)) {
    const asked = params.context.diagnostics.filter((d) => d.source === undefined || d.source === 'letter-check');
    for (const d of analysis.diagnostics) {
      const sent = asked.find((a) => sameDiagnostic(a, d));
      if (!sent) continue;
      const lsp = toLspDiagnostic(d, target.uri);
      d.fixes.forEach((fix, i) => {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [lsp],
          isPreferred: i === 0 && (fix.safe || d.fixes.length === 1),
          edit: workspaceEdit(target, fixEdits(source, fix)),
        });
      });
      if (d.code === 'spelling' && target.teamWordsFile) {
        const word = source.slice(d.span).toLowerCase();
        actions.push({
          title: `Add '${word}' to the team's words (${target.teamWordsFile.name})`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [lsp],
          command: { title: `Add '${word}' to the team's words`, command: ADD_TEAM_WORD_COMMAND, arguments: [target.teamWordsFile.uri, word] },
        });
      }
      // The line's own directive goes just above it (the engine passes over blank lines to find its line).
      const line = d.range.start.line;
      actions.push({
        title: `Disable '${d.code}' for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [lsp],
        edit: workspaceEdit(target, [
          { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `<!-- letter-check disable-next-line ${d.code} -->${source.eol}` },
        ]),
      });
      if (!analysis.disabledByDirective.includes(d.code)) {
        actions.push({
          title: `Switch off '${d.code}' for this letter`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [lsp],
          edit: workspaceEdit(target, [
            { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `<!-- letter-check disable ${d.code} -->${source.eol}` },
          ]),
        });
      }
    }
  }

  if (wants(CodeActionKind.SourceFixAll)) {
    const fixAll = fixAllEdits(analysis);
    if (fixAll.length) {
      actions.push({ title: 'Fix all safe letter problems', kind: CodeActionKind.SourceFixAll, edit: workspaceEdit(target, fixAll) });
    }
  }
  return actions;
}

/** The edits of every safe fix that does not overlap another (first fix per diagnostic). */
export function fixAllEdits(analysis: Analysis): TextEdit[] {
  const safe: Fix[] = [];
  for (const d of analysis.diagnostics) {
    const fix = d.fixes.find((f) => f.safe);
    if (fix) safe.push(fix);
  }
  const { applied } = applyFixes(analysis.letter.source.text, safe);
  return applied.flatMap((f) => fixEdits(analysis.letter.source, f));
}

function workspaceEdit(target: EditTarget, edits: TextEdit[]): WorkspaceEdit {
  if (target.versioned) return { documentChanges: [{ textDocument: { uri: target.uri, version: target.version }, edits }] };
  return { changes: { [target.uri]: edits } };
}
