// The follow-up of the previous inspection as an inspector meets it: the previous letter named on the
// paragraph, an area of it the draft dropped flagged, and the quick fix that puts it back.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { clientApi, closeAllEditors, describe as describeDiagnostics, diagnosticsWhere, openSeedCopy, replaceOnce, withCode, workspaceFile } from './helpers';

/**
 * Derby a year on, built from the real 2010 letter (derby.letter in the workspace, which becomes the
 * previous letter, named by a link line): new dates, a paragraph saying the areas have not been
 * fully addressed, and the Thresholds area dropped.
 */
function derby2011(previous: string): string {
  let text = replaceOnce(previous, '2 and 3 November 2010', '8 and 9 November 2011');
  text = replaceOnce(text, '1 December 2010', '6 December 2011');
  const from = text.indexOf('The areas of development identified at the previous inspection');
  const to = text.indexOf('\nFrom the evidence gathered', from);
  if (from < 0 || to < 0) throw new Error('no previous-inspection paragraphs in the Derby letter');
  text =
    text.slice(0, from) +
    'The areas of development identified at the previous inspection of contact, referral and assessment arrangements in November 2010 have not been fully addressed.\n' +
    text.slice(to);
  const line = text.split('\n').find((l) => l.startsWith('- Thresholds are not clearly understood'));
  if (!line) throw new Error('no Thresholds finding in the Derby letter');
  // Other suites leave Derby letters of their own in the workspace: the link names the real one.
  return `<!-- letter-check previous: derby.letter -->\n${replaceOnce(text, `${line}\n`, '')}`;
}

const unaccounted = (diagnostics: readonly vscode.Diagnostic[]) =>
  withCode(diagnostics, 'previous-area-unaccounted').filter((d) => d.message.includes("'Thresholds are not clearly understood"));

describe('follow-up of the previous inspection', () => {
  before(clientApi);
  after(closeAllEditors);

  it("names the previous letter, flags its dropped area, and the quick fix puts the area back", async () => {
    const editor = await openSeedCopy('derby', 'derby-2011-draft.letter', derby2011);
    const uri = editor.document.uri;
    const previousUri = workspaceFile('derby.letter').toString();

    const broken = await diagnosticsWhere(uri, (d) => unaccounted(d).length > 0, "the previous-area-unaccounted warning for Derby 2010's Thresholds area");
    const [d] = unaccounted(broken);
    assert.deepEqual(withCode(broken, 'previous-area-unaccounted'), [d], 'the only previous area not accounted for');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(d.relatedInformation?.[0]?.location.uri.toString(), previousUri, describeDiagnostics(broken));

    // The code lens on the first line (a place that does not move while typing) names the letter used, and its command opens it.
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
    const lens = lenses.find((l) => l.command?.title.startsWith('Previous letter:'));
    assert.ok(lens?.command, `a previous-letter lens; lenses: ${lenses.map((l) => l.command?.title).join(' | ')}`);
    assert.equal(lens.command.title, 'Previous letter: derby.letter (inspection 2 and 3 November 2010)');
    assert.equal(lens.range.start.line, 0);
    await vscode.commands.executeCommand(lens.command.command, ...(lens.command.arguments ?? []));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), previousUri, 'the lens opened the previous letter');
    await vscode.window.showTextDocument(editor.document);

    const actions =
      (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    const fix = actions.find((a): a is vscode.CodeAction => 'edit' in a && a.title.endsWith('as a new area for development (to reword)'));
    assert.ok(fix?.edit, `the insert fix is offered; actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(
      editor.document.getText(),
      /\n- Thresholds are not clearly understood amongst partner agencies\.[^\n]* This was an area for development at the previous inspection\.\n/,
    );
    const after = await diagnosticsWhere(uri, (x) => unaccounted(x).length === 0, 'the previous-area-unaccounted warning to go');
    assert.deepEqual(withCode(after, 'previous-area-unaccounted'), [], describeDiagnostics(after));
  });
});
