// Issue 14, item 1: a deleted section heading is reported where it belongs (above the findings it
// heads), and its quick fix puts it there, so the outline files the findings under it again.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { clientApi, closeAllEditors, describe as describeDiagnostics, diagnosticsWhere, errorsOf, openSeedCopy, settledDiagnostics, withCode } from './helpers';

async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
  return (actions ?? []).filter((a): a is vscode.CodeAction => 'edit' in a && !!a.edit);
}

async function outline(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  return (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
}

describe('a deleted section heading (issue 14, item 1)', () => {
  before(clientApi);
  after(closeAllEditors);

  it("Derby without 'Areas for development': the error sits above the orphaned findings, and its fix files them under the heading again", async () => {
    // test/fixtures/seeds/000_b178a65b987369c5.txt (Derby, 2010): the requirements-met findings, then 8 areas for development.
    const editor = await openSeedCopy('derby', 'missing-heading.letter');
    const document = editor.document;
    const uri = document.uri;
    const before = await settledDiagnostics(editor);
    const errorsBefore = errorsOf(before).length;
    const namesBefore = (await outline(uri)).map((s) => s.name);
    assert.ok(namesBefore.includes('Areas for development (8)'), namesBefore.join(' | '));

    // Delete the heading line and the blank line after it, as an inspector would select and delete them.
    const headingLine = document.getText().split('\n').indexOf('Areas for development');
    assert.ok(headingLine > 0, 'the letter has the heading');
    const firstFinding = document.lineAt(headingLine + 2).text;
    assert.match(firstFinding, /^The quality of initial and core assessments is variable/);
    assert.ok(await editor.edit((e) => e.delete(new vscode.Range(headingLine, 0, headingLine + 2, 0))));

    const broken = await diagnosticsWhere(uri, (d) => withCode(d, 'missing-part').length > 0, 'the missing-part error');
    const missing = withCode(broken, 'missing-part');
    assert.equal(missing.length, 1, describeDiagnostics(broken));
    const [d] = missing;
    assert.match(d.message, /Areas for development/);
    // Where the heading belongs: on the first orphaned finding, not on the closing paragraph below them.
    assert.equal(d.range.start.line, headingLine, describeDiagnostics(broken));
    assert.equal(document.lineAt(d.range.start.line).text, firstFinding);
    assert.deepEqual(withCode(broken, 'empty-section'), [], describeDiagnostics(broken));

    const fixes = await quickFixes(uri, d.range);
    const insert = fixes.find((a) => a.title.startsWith('Insert') && a.title.includes('Areas for development'));
    assert.ok(insert?.edit, `the fix is offered; actions: ${fixes.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(insert.edit));
    const lines = document.getText().split('\n');
    assert.equal(lines.indexOf('Areas for development'), headingLine, 'the heading is back where it was');
    assert.ok(lines.indexOf('Areas for development') < lines.indexOf(firstFinding), 'above the findings it heads');

    const after = await settledDiagnostics(editor);
    assert.deepEqual(withCode(after, 'missing-part'), [], describeDiagnostics(after));
    assert.deepEqual(withCode(after, 'empty-section'), [], describeDiagnostics(after));
    assert.equal(errorsOf(after).length, errorsBefore, `no new error:\n${describeDiagnostics(after)}`);

    const symbols = await outline(uri);
    const names = symbols.map((s) => s.name);
    assert.ok(names.includes('Areas for development (8)'), names.join(' | '));
    assert.deepEqual(names, namesBefore, 'the outline is the real letter\'s again (the section above keeps its own findings)');
    const areas = symbols.find((s) => s.name.startsWith('Areas for development'))!;
    assert.match(areas.children[0].name, /^The quality of initial and core assessments/);
  });
});
