// Issue 14, item 2: a sign-off without the inspector's title is reported, and the fix adds the title.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { clientApi, closeAllEditors, describe as describeDiagnostics, diagnosticsWhere, errorsOf, openSeedCopy, settledDiagnostics, withCode } from './helpers';

describe("a sign-off without the inspector's title (issue 14, item 2)", () => {
  before(clientApi);
  after(closeAllEditors);

  it("Doncaster without 'Her Majesty's Inspector' under Yours sincerely: an inspector-signature error on the name, fixed by adding the title", async () => {
    // test/fixtures/seeds/004_1afa487b62b78d22.txt (Doncaster, 2011): Yours sincerely, Sheena Doyle, Her Majesty's Inspector.
    const editor = await openSeedCopy('doncaster', 'sign-off.letter');
    const document = editor.document;
    const uri = document.uri;
    const before = await settledDiagnostics(editor);
    assert.deepEqual(withCode(before, 'inspector-signature'), [], describeDiagnostics(before));
    const original = document.getText();

    const lines = original.split('\n');
    const titleLine = lines.indexOf("Her Majesty's Inspector");
    assert.ok(titleLine > 0 && lines[titleLine - 1] === 'Sheena Doyle', 'the title is under the name');
    assert.ok(await editor.edit((e) => e.delete(new vscode.Range(titleLine - 1, lines[titleLine - 1].length, titleLine, lines[titleLine].length))));

    const broken = await diagnosticsWhere(uri, (d) => withCode(d, 'inspector-signature').length > 0, 'the inspector-signature error');
    const [d, ...rest] = withCode(broken, 'inspector-signature');
    assert.equal(rest.length, 0, describeDiagnostics(broken));
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(document.getText(d.range), 'Sheena Doyle');
    assert.match(d.message, /add 'Her Majesty's Inspector'/);

    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fixes = (actions ?? []).filter((a): a is vscode.CodeAction => 'edit' in a && !!a.edit);
    const add = fixes.find((a) => a.title === "Add 'Her Majesty's Inspector' under the name");
    assert.ok(add?.edit, `the fix is offered; actions: ${fixes.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(add.edit));
    assert.equal(document.getText(), original, 'the letter is as it was');

    const after = await settledDiagnostics(editor);
    assert.deepEqual(withCode(after, 'inspector-signature'), [], describeDiagnostics(after));
    assert.equal(errorsOf(after).length, errorsOf(before).length, describeDiagnostics(after));
  });
});
